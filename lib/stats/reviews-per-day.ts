import { addDays, daysBetween } from "@/lib/scheduler/study-day";
import { reviewKindOf, type ReviewKind, type StatsLog } from "./types";

export interface DayReviews {
  day: string;
  learning: number;
  young: number;
  mature: number;
  relearning: number;
  /** Time spent answering, in minutes (one decimal). */
  minutes: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Reviews per study day over the `days` days ending `today` (oldest first,
 * empty days included), split by kind, with the minutes spent.
 */
export function reviewsPerDay(logs: readonly StatsLog[], today: string, days: number): DayReviews[] {
  const from = addDays(today, -(days - 1));
  const rows: DayReviews[] = Array.from({ length: days }, (_, i) => ({
    day: addDays(from, i),
    learning: 0,
    young: 0,
    mature: 0,
    relearning: 0,
    minutes: 0,
  }));
  const ms = new Array<number>(days).fill(0);
  for (const log of logs) {
    const i = daysBetween(from, log.studyDay);
    if (i < 0 || i >= days) continue;
    rows[i]![reviewKindOf(log)]++;
    ms[i]! += log.durationMs;
  }
  rows.forEach((r, i) => (r.minutes = round1(ms[i]! / 60_000)));
  return rows;
}

/** Answer-button counts (index 0 = Again … 3 = Easy) per review kind. */
export type AnswerButtons = Record<"learning" | "young" | "mature", [number, number, number, number]>;

/**
 * How often each button was pressed, as Anki splits it: learning (new,
 * learning and relearning steps), young and mature reviews. Only logs from
 * `fromDay` on (null = all).
 */
export function answerButtons(logs: readonly StatsLog[], fromDay: string | null): AnswerButtons {
  const out: AnswerButtons = { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] };
  for (const log of logs) {
    if (fromDay !== null && log.studyDay < fromDay) continue;
    if (log.rating < 1 || log.rating > 4) continue;
    const kind: ReviewKind = reviewKindOf(log);
    const bucket = kind === "relearning" ? "learning" : kind;
    out[bucket][log.rating - 1]! += 1;
  }
  return out;
}
