// The optimiser proper, in plain JavaScript so it runs unchanged in a worker
// thread of the server (lib/optimizer/optimize-worker.mjs) and in the bench.
// Input items are plain [rating, deltaDays][] sequences (see fsrs-items.ts).
import { computeParameters, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { evaluateWeights } from "./evaluate-weights.mjs";

/**
 * fsrs-rs's training defaults except a stronger pull toward the default
 * weights (gamma 3, fsrs-rs uses 1): personal histories here are a few
 * thousand reviews, and on simulated learners (npm run bench -- --only
 * scheduling) gamma 3 overfit small histories less without hurting large ones.
 */
export const TRAINING_CONFIG = { numEpochs: 5, batchSize: 512, seed: 2023, maxSeqLen: 64, learningRate: 0.04, gamma: 3 };

/** Plain sequences → binding items. */
export function toBindingItems(items) {
  return items.map((reviews) => new FSRSBindingItem(reviews.map(([rating, delta]) => new FSRSBindingReview(rating, delta))));
}

/**
 * Trains on `train`, evaluates the defaults and the trained weights on the
 * later `test` items (log loss, RMSE(bins)), and — when `all` is given —
 * trains once more on everything for the weights to apply.
 * `onProgress(share)` gets 0..1.
 */
export async function optimizeAndEvaluate({ train, test, all, defaults, onProgress = () => {} }) {
  const phases = all ? 2 : 1;
  const progressOf = (phase) => (current, total) => {
    if (total > 0) onProgress(Math.min(1, (phase + current / total) / phases) * 0.98);
  };
  const started = performance.now();
  const trained = await computeParameters(toBindingItems(train), { enableShortTerm: true, trainingConfig: TRAINING_CONFIG, progress: progressOf(0) });
  const trainMs = performance.now() - started;
  const before = evaluateWeights(defaults, test);
  const after = evaluateWeights(trained, test);
  const w = all ? await computeParameters(toBindingItems(all), { enableShortTerm: true, trainingConfig: TRAINING_CONFIG, progress: progressOf(1) }) : trained;
  onProgress(1);
  return {
    w: Array.from(w),
    trained: Array.from(trained),
    trainMs,
    before: { logLoss: before.logLoss, rmseBins: before.rmseBins },
    after: { logLoss: after.logLoss, rmseBins: after.rmseBins },
  };
}
