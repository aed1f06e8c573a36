import { addDays } from "@/lib/scheduler/study-day";
import { MATURE_DAYS, type StatsLog } from "./types";

export const RETENTION_PERIODS = ["today", "yesterday", "week", "month", "year", "all"] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

export interface RetentionCell {
  pass: number;
  fail: number;
  /** pass / (pass + fail), null when there was no review. */
  retention: number | null;
}

export interface RetentionRow {
  period: RetentionPeriod;
  young: RetentionCell;
  mature: RetentionCell;
  all: RetentionCell;
}

/** First study day (inclusive) of each period ending `today`; null = all time. */
function periodStart(period: RetentionPeriod, today: string): { from: string | null; to: string } {
  switch (period) {
    case "today":
      return { from: today, to: today };
    case "yesterday":
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case "week":
      return { from: addDays(today, -6), to: today };
    case "month":
      return { from: addDays(today, -29), to: today };
    case "year":
      return { from: addDays(today, -364), to: today };
    case "all":
      return { from: null, to: today };
  }
}

const cell = (pass: number, fail: number): RetentionCell => ({
  pass,
  fail,
  retention: pass + fail === 0 ? null : pass / (pass + fail),
});

/**
 * The reviews true retention counts: review-state grades only (learning and
 * relearning steps are not a test of memory), and only the first of them per
 * card per study day (a same-day repeat would measure the last few minutes).
 */
export function countedReviews(logs: readonly StatsLog[]): StatsLog[] {
  const sorted = logs.filter((l) => l.state === 2).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const seen = new Set<string>();
  const out: StatsLog[] = [];
  for (const log of sorted) {
    const key = `${log.cardId}\u0000${log.studyDay}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(log);
  }
  return out;
}

/**
 * Anki's true retention table: for today, yesterday, the last 7, 30 and 365
 * study days (today included) and all time, the passed (Hard/Good/Easy) and
 * failed (Again) reviews of young (interval < 21 days) and mature cards, and
 * their retention. Days are the user's study days (`log.studyDay`).
 */
export function trueRetentionTable(logs: readonly StatsLog[], today: string): RetentionRow[] {
  const counted = countedReviews(logs);
  return RETENTION_PERIODS.map((period) => {
    const { from, to } = periodStart(period, today);
    const n = { yp: 0, yf: 0, mp: 0, mf: 0 };
    for (const log of counted) {
      if ((from !== null && log.studyDay < from) || log.studyDay > to) continue;
      const passed = log.rating > 1;
      if (log.scheduledDays >= MATURE_DAYS) passed ? n.mp++ : n.mf++;
      else passed ? n.yp++ : n.yf++;
    }
    return { period, young: cell(n.yp, n.yf), mature: cell(n.mp, n.mf), all: cell(n.yp + n.mp, n.yf + n.mf) };
  });
}
