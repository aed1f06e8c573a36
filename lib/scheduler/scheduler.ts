import {
  StrategyMode,
  createEmptyCard,
  fsrs,
  generatorParameters,
  type Card,
  type FSRS,
  type FSRSParameters,
  type RecordLogItem,
} from "ts-fsrs";
import { z } from "zod";
import {
  cardFromRow,
  cardToRow,
  isGrade,
  reviewLogToRow,
  toFsrsGrade,
  type CardStateRow,
  type GradeValue,
  type ReviewLogRow,
} from "./fsrs-mapping";
import { formatIntervalMinutes } from "./format-interval";
import { separateIntervals } from "./separate-intervals";
import type { SchedulerSettings } from "./settings";
import { fromSchedulerTime, toSchedulerTime } from "./study-day";

const MINUTE_MS = 60_000;

/** The four grades in button order. */
export const GRADES: readonly GradeValue[] = Object.freeze([1, 2, 3, 4] as const);

/** What to schedule: the card's current state (null = never graded) at `now`. */
export interface ScheduleInput {
  /** Current FSRS row, or null for a card the user has never graded. */
  state: CardStateRow | null;
  /** Card id: seeds the fuzz, so a button's interval is the one applied. */
  cardId: string;
  /** The moment of the grade (or of showing the buttons). */
  now: Date;
  settings: SchedulerSettings;
  /** Interval fuzz (default on). Off only for tests and simulations. */
  fuzz?: boolean;
}

export interface GradeInput extends ScheduleInput {
  rating: GradeValue;
}

export interface GradeResult {
  /** The new `card_state` FSRS columns (real UTC dates). */
  next: CardStateRow;
  /** The `review_log` FSRS columns for this grade (real UTC dates). */
  log: ReviewLogRow;
}

export interface IntervalPreview {
  rating: GradeValue;
  /** Exactly the `next.due` that `gradeCard` stores for this rating. */
  due: Date;
  /** Interval on the study-day clock, in minutes (days × 1440 for day intervals). */
  intervalMinutes: number;
  scheduledDays: number;
  /** Korean button label, e.g. "10분", "3일", "1.5개월". */
  label: string;
}

/** ts-fsrs parameters for a user's settings (their own weights when set; short-term steps on, fuzz on by default). */
export function fsrsParameters(settings: SchedulerSettings, fuzz = true): FSRSParameters {
  return generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_fuzz: fuzz,
    enable_short_term: true,
    learning_steps: [...settings.learningSteps],
    relearning_steps: [...settings.relearningSteps],
    ...(settings.w ? { w: [...settings.w] } : {}),
  });
}

/**
 * Fuzz seed for one grade: the card id and the rep count after the grade.
 *
 * ts-fsrs' default seed is `${review ms}_${reps}_${d*s}`, so the fuzz changes
 * with every millisecond between showing the buttons and pressing one. Seeding
 * from (cardId, reps) instead keeps it fixed for a given card state, spreads
 * it across cards (siblings learned together don't all land on the same day),
 * and makes an undone-then-repeated grade land on the same day again.
 * The separator keeps ("ab", 12) and ("ab1", 2) apart — ts-fsrs'
 * `GenSeedStrategyWithCardId` concatenates `card_id + reps` and would not.
 */
export function fuzzSeed(cardId: string, reps: number): string {
  return `${cardId}#${reps}`;
}

/**
 * A ts-fsrs instance whose fuzz seed comes from `cardId`. The seed strategy
 * runs when ts-fsrs builds its per-review scheduler, after it has incremented
 * `reps`, so we seed with `reps + 1` of the stored state.
 */
export function createSeededFsrs(
  settings: SchedulerSettings,
  cardId: string,
  state: CardStateRow | null,
  fuzz = true,
): FSRS {
  const seed = fuzzSeed(cardId, (state?.reps ?? 0) + 1);
  // A fresh instance per call: ts-fsrs keeps the seed on the instance, so a
  // shared one would couple unrelated cards.
  return fsrs(fsrsParameters(settings, fuzz)).useStrategy(StrategyMode.SEED, () => seed);
}

/** The card as ts-fsrs must see it: dates moved onto the study-day clock. */
export function toSchedulerCard(state: CardStateRow | null, now: Date, settings: SchedulerSettings): Card {
  const { timezone, dayStartHour } = settings;
  if (!state) return createEmptyCard(toSchedulerTime(now, timezone, dayStartHour));
  const card = cardFromRow(state);
  card.due = toSchedulerTime(state.due, timezone, dayStartHour);
  if (state.lastReview) card.last_review = toSchedulerTime(state.lastReview, timezone, dayStartHour);
  return card;
}

function assertInput(input: ScheduleInput): void {
  if (!(input.now instanceof Date) || Number.isNaN(input.now.getTime())) {
    throw new RangeError("now must be a valid Date");
  }
  if (!input.cardId) throw new RangeError("cardId is required (it seeds the fuzz)");
}

/**
 * Moves one ts-fsrs result back from the study-day clock to real UTC.
 * - Day intervals keep the local wall time (due in 3 days at the same local
 *   time), so a due date never slips across the day-start hour over DST.
 * - Same-day learning steps keep their real length: "10m" is ten real minutes
 *   even when a DST jump happens in between.
 * - `lastReview`, `reviewedAt` and the log's `due` are taken from the real
 *   inputs rather than converted back, so they are exact.
 */
function toRealResult(item: RecordLogItem, input: ScheduleInput, nowS: Date): GradeResult & { intervalMinutes: number } {
  const { settings, now, state } = input;
  const next = cardToRow(item.card);
  const intervalMs = item.card.due.getTime() - nowS.getTime();
  next.due =
    item.card.scheduled_days === 0
      ? new Date(now.getTime() + intervalMs)
      : fromSchedulerTime(item.card.due, settings.timezone, settings.dayStartHour);
  next.lastReview = new Date(now.getTime());

  const log = reviewLogToRow(item.log);
  log.reviewedAt = new Date(now.getTime());
  // ts-fsrs logs the previous last_review (or due, for a new card).
  const prev = state ? (state.lastReview ?? state.due) : now;
  log.due = new Date(prev.getTime());

  return { next, log, intervalMinutes: intervalMs / MINUTE_MS };
}

/**
 * All four outcomes in button order, each strictly longer than the one to
 * its left (see separateIntervals): grading and the preview share this, so a
 * button's label is exactly what the grade stores.
 */
function scheduleButtons(input: ScheduleInput, nowS: Date): RecordLogItem[] {
  const { settings, now, state, cardId, fuzz = true } = input;
  const record = createSeededFsrs(settings, cardId, state, fuzz).repeat(toSchedulerCard(state, now, settings), nowS);
  return separateIntervals(GRADES.map((rating) => record[toFsrsGrade(rating)]), nowS, settings.maximumInterval);
}

/**
 * Grades a card: the next FSRS state and the review-log row, both in real
 * UTC. Elapsed and scheduled days are counted in the user's study days.
 * Deterministic: same input → same output (fuzz included).
 */
export function gradeCard(input: GradeInput): GradeResult {
  assertInput(input);
  if (!isGrade(input.rating)) throw new RangeError(`rating must be 1-4, got ${String(input.rating)}`);
  const { settings, now } = input;
  const nowS = toSchedulerTime(now, settings.timezone, settings.dayStartHour);
  const item = scheduleButtons(input, nowS)[input.rating - 1]!;
  const { next, log } = toRealResult(item, input, nowS);
  return { next, log };
}

/**
 * What each button would do: for ratings 1–4 (in order) the due date that
 * `gradeCard` would store for the same state and `now`, with a Korean label.
 * The fuzz seed does not depend on `now`, so a grade made a little later on
 * the same study day gets the same day interval as shown.
 */
export function previewIntervals(input: ScheduleInput): IntervalPreview[] {
  assertInput(input);
  const { settings, now } = input;
  const nowS = toSchedulerTime(now, settings.timezone, settings.dayStartHour);
  const items = scheduleButtons(input, nowS);
  return GRADES.map((rating) => {
    const item = items[rating - 1]!;
    const { next, intervalMinutes } = toRealResult(item, input, nowS);
    return {
      rating,
      due: next.due,
      intervalMinutes,
      scheduledDays: next.scheduledDays,
      label: formatIntervalMinutes(intervalMinutes),
    };
  });
}

/** Follow-up gating columns of `card_state` (see queue.ts). */
export interface CardProgressFields {
  /** Last rating given, 0 = never graded. */
  lastRating: number;
  /** First Good/Easy; follow-ups unlock from then on. */
  passedAt: Date | null;
}

/**
 * `lastRating` / `passedAt` after a grade: `passedAt` is set on the first
 * Good or Easy and never cleared by later failures (a lapse hides follow-ups
 * through `lastRating`, it doesn't re-lock them).
 */
export function progressAfterGrade(
  prev: CardProgressFields | null,
  rating: GradeValue,
  now: Date,
): CardProgressFields {
  const passedAt = prev?.passedAt ?? (rating >= 3 ? new Date(now.getTime()) : null);
  return { lastRating: rating, passedAt: passedAt ? new Date(passedAt.getTime()) : null };
}

// ── Undo snapshots ───────────────────────────────────────────────────────

/**
 * A `card_state` row as kept in `review_log.previousState` / `nextState`.
 * The follow-up columns ride along when given, since undo must restore them.
 */
export type StateSnapshot = CardStateRow & Partial<CardProgressFields & { suspended: boolean }>;

const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const snapshotSchema = z.object({
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: isoDate.nullable(),
  lastRating: z.number().int().min(0).max(4).optional(),
  passedAt: isoDate.nullable().optional(),
  suspended: z.boolean().optional(),
});

/** Serializes a state row to JSON (dates as ISO strings). Exact inverse of {@link parseSnapshot}. */
export function snapshotState(row: StateSnapshot): string {
  // Explicit fields: a Prisma row passed in whole must not leak ids/versions.
  const out: Record<string, unknown> = {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
  };
  if (row.lastRating !== undefined) out.lastRating = row.lastRating;
  if (row.passedAt !== undefined) out.passedAt = row.passedAt ? row.passedAt.toISOString() : null;
  if (row.suspended !== undefined) out.suspended = row.suspended;
  return JSON.stringify(out);
}

/** Parses a snapshot written by {@link snapshotState}; throws on anything malformed. */
export function parseSnapshot(json: string): StateSnapshot {
  const parsed = snapshotSchema.parse(JSON.parse(json));
  const row: StateSnapshot = {
    due: parsed.due,
    stability: parsed.stability,
    difficulty: parsed.difficulty,
    elapsedDays: parsed.elapsedDays,
    scheduledDays: parsed.scheduledDays,
    learningSteps: parsed.learningSteps,
    reps: parsed.reps,
    lapses: parsed.lapses,
    state: parsed.state,
    lastReview: parsed.lastReview,
  };
  if (parsed.lastRating !== undefined) row.lastRating = parsed.lastRating;
  if (parsed.passedAt !== undefined) row.passedAt = parsed.passedAt;
  if (parsed.suspended !== undefined) row.suspended = parsed.suspended;
  return row;
}
