/**
 * Benchmark part "scheduling": does learning each user's memory help?
 * Simulates learners whose memories follow FSRS with weights drawn around the
 * defaults, each studying 1,000–5,000 reviews under the app's own scheduler
 * (gradeCard, default weights); optimises each on the first 80 % of their
 * reviews and scores default vs optimised weights on the later 20 % they never
 * saw. Prints one JSON object on stdout.
 *
 * Each true weight is the default times exp(N(0, spread)); spread 1 (weights
 * within about ×0.37–×2.7 of the defaults for two thirds of learners) is the
 * order of the variation between real users' optimised weights. At spread
 * 0.7, even the *true* weights beat the defaults on only ~90 % of learners'
 * held-out reviews (36 of 40): the rest are too close to the defaults for a
 * few hundred reviews to tell apart.
 *
 *   tsx scripts/bench-scheduling.ts [--users 200] [--spread 1]
 */
import { parseArgs } from "node:util";
import { default_w } from "ts-fsrs";
import { buildFsrsItems, splitByTime } from "@/lib/optimizer/fsrs-items";
import { optimizeAndEvaluate } from "@/lib/optimizer/run-optimizer.mjs";
import { studyDayOf } from "@/lib/scheduler/study-day";
import { createRandom } from "@/lib/simulator/random";
import { drawLearnerWeights, simulateHistory } from "@/lib/simulator/simulate-history";
import { median, round } from "../bench/lib/stats.mjs";

const { values: args } = parseArgs({ options: { users: { type: "string", default: "200" }, spread: { type: "string", default: "1" } } });
const USERS = Number(args.users);
const SPREAD = Number(args.spread);

async function main(): Promise<void> {
const rows: Array<{ reviews: number; before: { logLoss: number; rmseBins: number }; after: { logLoss: number; rmseBins: number } }> = [];
let trainMs = 0;
let trainReviews = 0;
let simMs = 0;
for (let u = 1; u <= USERS; u++) {
  const random = createRandom(u * 7919);
  const reviews = 1000 + Math.floor(random() * 4001);
  const t0 = performance.now();
  const history = simulateHistory({
    seed: u,
    trueW: drawLearnerWeights(u * 104729, SPREAD),
    reviews,
    newPerDay: 5 + Math.floor(random() * 16),
    start: new Date("2025-01-01T09:00:00Z"),
  });
  simMs += performance.now() - t0;
  const items = buildFsrsItems(history.map((h) => ({ cardId: h.cardId, rating: h.rating, reviewedAt: h.reviewedAt, studyDay: studyDayOf(h.reviewedAt, "UTC", 4) })));
  const { train, test } = splitByTime(items);
  const cutoff = items.times[train.length - 1] ?? 0;
  const outcome = await optimizeAndEvaluate({ train, test, defaults: default_w });
  trainMs += outcome.trainMs;
  trainReviews += history.filter((h) => h.reviewedAt.getTime() <= cutoff).length;
  rows.push({ reviews, before: outcome.before, after: outcome.after });
  if (process.env.BENCH_DEBUG) console.error(u, reviews, train.length, test.length, outcome.before.logLoss.toFixed(4), outcome.after.logLoss.toFixed(4), outcome.after.logLoss < outcome.before.logLoss ? "" : "WORSE");
  if (u % 20 === 0) console.error(`[bench] scheduling: ${u}/${USERS} users`);
}

const improved = rows.filter((r) => r.after.logLoss < r.before.logLoss).length;
console.log(
  JSON.stringify({
    users: USERS,
    reviewsPerUser: { min: Math.min(...rows.map((r) => r.reviews)), median: median(rows.map((r) => r.reviews)), max: Math.max(...rows.map((r) => r.reviews)) },
    spread: SPREAD,
    shareImproved: round(improved / USERS, 3),
    logLossBefore: round(median(rows.map((r) => r.before.logLoss)), 4),
    logLossAfter: round(median(rows.map((r) => r.after.logLoss)), 4),
    rmseBefore: round(median(rows.map((r) => r.before.rmseBins)), 4),
    rmseAfter: round(median(rows.map((r) => r.after.rmseBins)), 4),
    msPer10kReviews: round((trainMs / trainReviews) * 10_000, 0),
    simulationSeconds: round(simMs / 1000, 1),
  }),
);
}

void main();
