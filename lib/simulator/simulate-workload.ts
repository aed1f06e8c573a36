import { FSRSAlgorithm, default_w, forgetting_curve, generatorParameters, type FSRSState } from "ts-fsrs";
import { createRandom, pickWeighted } from "./random";

/** A studied card as the simulator starts from it. */
export interface SimCard {
  stability: number;
  difficulty: number;
  /** Days from today to its due day (≤ 0: due today). */
  dueIn: number;
  /** Days since its last review (≥ 0). */
  elapsed: number;
}

export interface WorkloadInput {
  cards: readonly SimCard[];
  /** New cards waiting to be introduced. */
  newCards: number;
  newPerDay: number;
  w?: readonly number[];
  desiredRetention: number;
  maximumInterval: number;
  horizonDays: number;
  /** Seconds one review takes, and one new card (the user's own averages when known). */
  secondsPerReview: number;
  secondsPerNew: number;
  seed: number;
  /** First grade of a new card: Again, Hard, Good, Easy. */
  firstRating?: readonly [number, number, number, number];
  /** Grade given when recalled: Hard, Good, Easy. */
  recallRating?: readonly [number, number, number];
}

export interface WorkloadDay {
  reviews: number;
  newCards: number;
  minutes: number;
}

export interface WorkloadResult {
  days: WorkloadDay[];
  /** Averages over the horizon. */
  reviewsPerDay: number;
  minutesPerDay: number;
  /** Expected cards remembered at the end (sum of R over every introduced card). */
  remembered: number;
}

interface Live {
  memory: FSRSState;
  last: number;
}

/**
 * Simulates `horizonDays` of daily study under FSRS: each due card is recalled
 * with its retrievability (drawn from a seeded PRNG), graded, and rescheduled
 * at `desiredRetention`; a forgotten card relearns and returns the next day;
 * `newPerDay` new cards are introduced while any remain. Deterministic for a
 * given input (seed included).
 */
export function simulateWorkload(input: WorkloadInput): WorkloadResult {
  const w = [...(input.w ?? default_w)];
  const alg = new FSRSAlgorithm(generatorParameters({ w, request_retention: input.desiredRetention, maximum_interval: input.maximumInterval, enable_fuzz: false, enable_short_term: true }));
  const random = createRandom(input.seed);
  const firstRating = input.firstRating ?? [0.25, 0.1, 0.55, 0.1];
  const recallRating = input.recallRating ?? [0.12, 0.8, 0.08];
  const H = input.horizonDays;
  const buckets: number[][] = Array.from({ length: H }, () => []);
  const live: Live[] = [];
  const schedule = (id: number, day: number) => {
    if (day < H) buckets[day]!.push(id);
  };
  for (const c of input.cards) {
    live.push({ memory: { stability: c.stability, difficulty: c.difficulty }, last: -c.elapsed });
    schedule(live.length - 1, Math.max(0, c.dueIn));
  }
  let waiting = input.newCards;
  const days: WorkloadDay[] = [];
  const interval = (s: number) => Math.min(input.maximumInterval, Math.max(1, Math.round(alg.next_interval(s, 0))));
  for (let day = 0; day < H; day++) {
    let reviews = 0;
    for (const id of buckets[day]!) {
      const card = live[id]!;
      const elapsed = day - card.last;
      const r = forgetting_curve(w[20]!, elapsed, card.memory.stability);
      const rating = random() < r ? pickWeighted(random, recallRating) + 2 : 1;
      card.memory = alg.next_state(card.memory, elapsed, rating);
      card.last = day;
      reviews++;
      schedule(id, day + (rating === 1 ? 1 : interval(card.memory.stability)));
    }
    buckets[day] = [];
    const introduce = Math.min(waiting, input.newPerDay);
    for (let i = 0; i < introduce; i++) {
      const rating = pickWeighted(random, firstRating) + 1;
      const memory = alg.next_state(null, 0, rating);
      live.push({ memory, last: day });
      schedule(live.length - 1, day + (rating === 1 ? 1 : interval(memory.stability)));
    }
    waiting -= introduce;
    days.push({ reviews, newCards: introduce, minutes: (reviews * input.secondsPerReview + introduce * input.secondsPerNew) / 60 });
  }
  const remembered = live.reduce((sum, c) => sum + forgetting_curve(w[20]!, H - c.last, c.memory.stability), 0);
  return {
    days,
    reviewsPerDay: days.reduce((a, d) => a + d.reviews, 0) / H,
    minutesPerDay: days.reduce((a, d) => a + d.minutes, 0) / H,
    remembered,
  };
}

/** Desired retentions the settings curve shows: 0.70, 0.73, …, 0.97. */
export const CURVE_RETENTIONS: readonly number[] = Array.from({ length: 10 }, (_, i) => Math.round((0.7 + i * 0.03) * 100) / 100);

export interface CurvePoint {
  retention: number;
  minutesPerDay: number;
  reviewsPerDay: number;
  remembered: number;
}

/** The workload curve: one simulation per desired retention, same cards and seed. */
export function workloadCurve(input: Omit<WorkloadInput, "desiredRetention">, retentions: readonly number[] = CURVE_RETENTIONS): CurvePoint[] {
  return retentions.map((retention) => {
    const r = simulateWorkload({ ...input, desiredRetention: retention });
    return { retention, minutesPerDay: r.minutesPerDay, reviewsPerDay: r.reviewsPerDay, remembered: r.remembered };
  });
}

/** Minutes per day at `retention`, read off the curve by linear interpolation. */
export function minutesAt(curve: readonly CurvePoint[], retention: number): number {
  if (curve.length === 0) return 0;
  const sorted = [...curve].sort((a, b) => a.retention - b.retention);
  if (retention <= sorted[0]!.retention) return sorted[0]!.minutesPerDay;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (retention <= b.retention) return a.minutesPerDay + ((retention - a.retention) / (b.retention - a.retention)) * (b.minutesPerDay - a.minutesPerDay);
  }
  return sorted[sorted.length - 1]!.minutesPerDay;
}
