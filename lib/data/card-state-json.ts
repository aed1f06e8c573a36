import type { CardStateRow } from "@/lib/scheduler/fsrs-mapping";

/** The card state as the API returns it after a grade or an undo. */
export interface PublicCardState {
  due: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: number;
}

export function toPublicState(row: CardStateRow): PublicCardState {
  return {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
  };
}

/** A never-graded card, as undo reports it when it restores a card to new. */
export function newCardState(now: Date): PublicCardState {
  return { due: now.toISOString(), stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 0 };
}

export const FSRS_SELECT = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;
