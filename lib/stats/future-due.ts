import { daysBetween, studyDayOf } from "@/lib/scheduler/study-day";
import type { StatsCard } from "./types";

export interface FutureDue {
  /** counts[i] = cards due on study day today + i; overdue cards are in counts[0]. */
  counts: number[];
  overdue: number;
  total: number;
  /** Average cards per day over the horizon. */
  perDay: number;
}

/**
 * Cards falling due over the next `days` study days (today included), for
 * cards being studied: new, suspended and archived cards are left out.
 */
export function futureDue(cards: readonly StatsCard[], now: Date, timezone: string, dayStartHour: number, days: number): FutureDue {
  const today = studyDayOf(now, timezone, dayStartHour);
  const counts = new Array<number>(days).fill(0);
  let overdue = 0;
  for (const card of cards) {
    if (card.archived || card.suspended || !card.state || card.state.state === 0) continue;
    const offset = daysBetween(today, studyDayOf(card.state.due, timezone, dayStartHour));
    if (offset >= days) continue;
    if (offset < 0) overdue++;
    counts[Math.max(0, offset)]! += 1;
  }
  const total = counts.reduce((a, b) => a + b, 0);
  return { counts, overdue, total, perDay: Math.round((total / days) * 10) / 10 };
}
