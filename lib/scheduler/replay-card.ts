import type { CardStateRow, GradeValue } from "./fsrs-mapping";
import { gradeCard } from "./scheduler";
import type { SchedulerSettings } from "./settings";

/** One grade of a card's history. */
export interface ReplayGrade {
  rating: GradeValue;
  reviewedAt: Date;
}

/**
 * A card's FSRS state rebuilt from its grades under `settings` (e.g. new
 * weights): every grade is applied again in time order with the same seeded
 * fuzz as when it was made — what ts-fsrs' `FSRS.reschedule` does, on the
 * app's study-day clock. null for a card without grades.
 */
export function replayCard(cardId: string, grades: readonly ReplayGrade[], settings: SchedulerSettings): CardStateRow | null {
  const sorted = [...grades].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  let state: CardStateRow | null = null;
  for (const g of sorted) state = gradeCard({ state, cardId, rating: g.rating, now: g.reviewedAt, settings }).next;
  return state;
}
