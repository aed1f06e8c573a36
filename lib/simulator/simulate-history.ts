import { clipParameters, createEmptyCard, default_w, forgetting_curve, fsrs, type Card, type Grade } from "ts-fsrs";
import type { CardStateRow, GradeValue, ReviewLogRow } from "@/lib/scheduler/fsrs-mapping";
import { gradeCard } from "@/lib/scheduler/scheduler";
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from "@/lib/scheduler/settings";
import { createRandom, normal, pickWeighted } from "./random";

const DAY_MS = 86_400_000;

/** One simulated grade, as the app would have stored it. */
export interface SimulatedReview {
  cardId: string;
  rating: GradeValue;
  reviewedAt: Date;
  durationMs: number;
  log: ReviewLogRow;
  /** The card's state after the grade. */
  next: CardStateRow;
  /** The state before (null = new card). */
  previous: CardStateRow | null;
}

export interface HistoryOptions {
  seed: number;
  /** The learner's true memory model (FSRS-6 weights). */
  trueW: readonly number[];
  /** Stop after this many reviews. */
  reviews: number;
  newPerDay: number;
  /** The app's scheduler settings (its weights are what the app believes). */
  settings?: SchedulerSettings;
  /** First day's session start (real UTC). */
  start: Date;
  /** Probabilities of the first grade of a new card: Again, Hard, Good, Easy. */
  firstRating?: readonly [number, number, number, number];
  /** Given a recall: Hard, Good, Easy. */
  recallRating?: readonly [number, number, number];
  cardPrefix?: string;
}

/**
 * Draws a learner's true FSRS weights around the defaults: each weight is
 * multiplied by exp(N(0, spread)), then clipped to FSRS's allowed ranges.
 */
export function drawLearnerWeights(seed: number, spread = 0.35): number[] {
  const random = createRandom(seed);
  const w = default_w.map((x) => x * Math.exp(normal(random, 0, spread)));
  return clipParameters(w, 2, true);
}

/**
 * Simulates a learner studying every day under the app's scheduler
 * (`gradeCard`, fuzz on): due cards first, then new ones, learning steps on the
 * same day. Whether they recall is drawn from their *true* memory (a shadow
 * FSRS card under `trueW`, retrievability at the real elapsed time), so the
 * history carries the information an optimiser can learn from. Deterministic
 * for a given seed.
 */
export function simulateHistory(opts: HistoryOptions): SimulatedReview[] {
  const random = createRandom(opts.seed);
  const settings = opts.settings ?? { ...DEFAULT_SCHEDULER_SETTINGS, timezone: "UTC", dayStartHour: 4 };
  const truth = fsrs({ w: [...opts.trueW], enable_fuzz: false, enable_short_term: true });
  const firstRating = opts.firstRating ?? [0.25, 0.1, 0.55, 0.1];
  const recallRating = opts.recallRating ?? [0.12, 0.8, 0.08];
  const prefix = opts.cardPrefix ?? "sim";
  const cards: Array<{ id: string; state: CardStateRow | null; truth: Card }> = [];
  const out: SimulatedReview[] = [];
  for (let day = 0; out.length < opts.reviews; day++) {
    const dayStart = opts.start.getTime() + day * DAY_MS;
    const dayEnd = dayStart + DAY_MS - 6 * 3_600_000; // sessions stay clear of the next day's start
    for (let i = 0; i < opts.newPerDay; i++) {
      cards.push({ id: `${prefix}-${cards.length}`, state: null, truth: createEmptyCard(new Date(dayStart)) });
    }
    // Today's queue, kept sorted by due; a learning step re-enters it.
    const dueOf = (c: (typeof cards)[number]) => (c.state ? c.state.due.getTime() : dayStart);
    const queue = cards.filter((c) => dueOf(c) < dayEnd).sort((a, b) => dueOf(a) - dueOf(b));
    let t = dayStart;
    while (queue.length > 0 && out.length < opts.reviews) {
      const pick = queue.shift()!;
      t = Math.max(t, dueOf(pick));
      const now = new Date(t);
      let rating: GradeValue;
      if (!pick.state) rating = (pickWeighted(random, firstRating) + 1) as GradeValue;
      else {
        const last = pick.truth.last_review!.getTime();
        const r = forgetting_curve(opts.trueW[20]!, Math.max(0, (t - last) / DAY_MS), Math.max(pick.truth.stability, 0.01));
        rating = random() < r ? ((pickWeighted(random, recallRating) + 2) as GradeValue) : 1;
      }
      const durationMs = Math.round(15_000 + random() * 45_000);
      const { next, log } = gradeCard({ state: pick.state, cardId: pick.id, rating, now, settings });
      pick.truth = truth.next(pick.truth, now, rating as number as Grade).card;
      out.push({ cardId: pick.id, rating, reviewedAt: now, durationMs, log, next, previous: pick.state });
      pick.state = next;
      t += durationMs;
      const due = next.due.getTime();
      if (due < dayEnd) {
        let i = queue.length;
        while (i > 0 && dueOf(queue[i - 1]!) > due) i--;
        queue.splice(i, 0, pick);
      }
    }
  }
  return out;
}
