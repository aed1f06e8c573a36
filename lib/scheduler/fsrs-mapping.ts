import { Rating, State, type Card, type Grade, type ReviewLog } from "ts-fsrs";

/**
 * The FSRS columns of a `card_state` row (Prisma `CardState`), camelCased as
 * Prisma returns them. Per-user bookkeeping columns (suspended, lastRating,
 * passedAt, version) live beside it and are not the scheduler's business.
 */
export interface CardStateRow {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: State;
  lastReview: Date | null;
}

/** The FSRS columns of a `review_log` row (Prisma `ReviewLog`). */
export interface ReviewLogRow {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy (the app never writes Manual). */
  rating: Rating;
  /** State before the grade, as ts-fsrs logs it. */
  state: State;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

/** The four grades a user can give, as stored in `review_log.rating`. */
export type GradeValue = 1 | 2 | 3 | 4;

// Dates are copied on every crossing so a caller mutating one side can never
// reach into the other (ts-fsrs hands back Date objects it may share).
const copy = (d: Date): Date => new Date(d.getTime());

/** A `card_state` row → ts-fsrs `Card`. `lastReview: null` becomes `undefined`. */
export function cardFromRow(row: CardStateRow): Card {
  return {
    due: copy(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview ? copy(row.lastReview) : undefined,
  };
}

/** ts-fsrs `Card` → `card_state` columns. `last_review: undefined` becomes `null`. */
export function cardToRow(card: Card): CardStateRow {
  return {
    due: copy(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? copy(card.last_review) : null,
  };
}

/** ts-fsrs `ReviewLog` → `review_log` columns (`review` is stored as `reviewedAt`). */
export function reviewLogToRow(log: ReviewLog): ReviewLogRow {
  return {
    rating: log.rating,
    state: log.state,
    due: copy(log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: copy(log.review),
  };
}

/** `review_log` columns → ts-fsrs `ReviewLog` (e.g. for `fsrs().rollback`). */
export function reviewLogFromRow(row: ReviewLogRow): ReviewLog {
  return {
    rating: row.rating,
    state: row.state,
    due: copy(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    last_elapsed_days: row.lastElapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    review: copy(row.reviewedAt),
  };
}

/** Narrows an untrusted number (request body, DB) to a grade 1–4. */
export function isGrade(value: unknown): value is GradeValue {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** `GradeValue` and ts-fsrs `Grade` are the same numbers; this keeps the cast in one place. */
export function toFsrsGrade(rating: GradeValue): Grade {
  return rating as number as Grade;
}
