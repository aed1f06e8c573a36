// How well a set of FSRS weights predicts reviews: log loss and RMSE(bins),
// unweighted, with the app's own FSRS model (ts-fsrs). Plain JavaScript so the
// optimiser's worker thread can run it too. (The binding's `evaluate` weights
// items by their position in the list — fsrs-rs's recency weighting — which
// would make a comparison depend on how the test set is ordered.)
import { FSRSAlgorithm, forgetting_curve, generatorParameters } from "ts-fsrs";

const EPS = 1e-6;

/** Predicted recall probability of each item's last review, and whether it passed. */
export function predictItems(w, items) {
  const alg = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
  return items.map((reviews) => {
    let memory = alg.next_state(null, 0, reviews[0][0]);
    let lapses = 0;
    for (let i = 1; i < reviews.length - 1; i++) {
      const [rating, delta] = reviews[i];
      if (rating === 1 && delta > 0) lapses++;
      memory = alg.next_state(memory, delta, rating);
    }
    const [rating, delta] = reviews[reviews.length - 1];
    const p = forgetting_curve(w[20], delta, memory.stability);
    return { p: Math.min(1 - EPS, Math.max(EPS, p)), y: rating > 1 ? 1 : 0, delta, reviews: reviews.length - 1, lapses };
  });
}

/** FSRS benchmark bins: interval, number of earlier reviews and lapses on log scales. */
function binKey({ delta, reviews, lapses }) {
  const d = Math.round(2.48 * 3.62 ** Math.floor(Math.log(delta) / Math.log(3.62)) * 100) / 100;
  const n = Math.round(1.99 * 1.89 ** Math.floor(Math.log(reviews) / Math.log(1.89)));
  const l = lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)));
  return `${d}|${n}|${l}`;
}

/** { logLoss, rmseBins } of weights `w` on `items` ([rating, deltaDays][] sequences). */
export function evaluateWeights(w, items) {
  const predictions = predictItems(w, items);
  if (predictions.length === 0) return { logLoss: NaN, rmseBins: NaN };
  let loss = 0;
  const bins = new Map();
  for (const x of predictions) {
    loss += x.y ? -Math.log(x.p) : -Math.log(1 - x.p);
    const key = binKey(x);
    const bin = bins.get(key) ?? { p: 0, y: 0, n: 0 };
    bin.p += x.p;
    bin.y += x.y;
    bin.n += 1;
    bins.set(key, bin);
  }
  let sq = 0;
  for (const b of bins.values()) sq += ((b.p - b.y) / b.n) ** 2 * b.n;
  return { logLoss: loss / predictions.length, rmseBins: Math.sqrt(sq / predictions.length) };
}
