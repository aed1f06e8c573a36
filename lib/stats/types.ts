import type { CardStateRow } from "@/lib/scheduler/fsrs-mapping";

/** One (not undone) review-log row as the statistics need it. */
export interface StatsLog {
  cardId: string;
  /** The user's study day of the grade (`YYYY-MM-DD`, timezone and day-start hour applied). */
  studyDay: string;
  reviewedAt: Date;
  /** 1 Again … 4 Easy. */
  rating: number;
  /** ts-fsrs state before the grade: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  /** The interval the card had before this grade, in days (ts-fsrs logs it as `scheduled_days`). */
  scheduledDays: number;
  durationMs: number;
}

/** One card the user can see, with their progress on it. */
export interface StatsCard {
  cardId: string;
  archived: boolean;
  suspended: boolean;
  /** null = never graded. */
  state: CardStateRow | null;
}

/** Review kinds as Anki's graphs split them. */
export type ReviewKind = "learning" | "young" | "mature" | "relearning";

/** Anki's young/mature boundary: an interval of 21 days or more is mature. */
export const MATURE_DAYS = 21;

/** The kind of a review from the state and interval it had before the grade. */
export function reviewKindOf(log: Pick<StatsLog, "state" | "scheduledDays">): ReviewKind {
  if (log.state === 3) return "relearning";
  if (log.state === 2) return log.scheduledDays >= MATURE_DAYS ? "mature" : "young";
  return "learning";
}
