import { addDays, daysBetween } from "@/lib/scheduler/study-day";
import type { AnswerButtons, DayReviews } from "./reviews-per-day";
import { RETENTION_PERIODS, type RetentionCell, type RetentionRow } from "./true-retention";

/**
 * One study day's review totals, as the `stats_day` table keeps them (the
 * database's triggers on review_log apply the same rules as the functions
 * over logs: reviewKindOf, answerButtons, countedReviews).
 */
export interface StatsDayRow {
  day: string;
  learning: number;
  young: number;
  mature: number;
  relearning: number;
  durationMs: number;
  /** Answer buttons Again…Easy per bucket (learning = every state but Review). */
  buttons: AnswerButtons;
  /** True retention's counted reviews (each card's first Review-state grade of the day). */
  retYoungPass: number;
  retYoungFail: number;
  retMaturePass: number;
  retMatureFail: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const reviewsOf = (d: StatsDayRow) => d.learning + d.young + d.mature + d.relearning;

/** Today's reviews, minutes and Again presses (see buildStatsReport's todaySummary). */
export function todaySummaryOfDays(days: readonly StatsDayRow[], today: string): { reviews: number; minutes: number; again: number } {
  const d = days.find((x) => x.day === today);
  if (!d) return { reviews: 0, minutes: 0, again: 0 };
  return {
    reviews: reviewsOf(d),
    minutes: Math.round(d.durationMs / 6_000) / 10,
    again: d.buttons.learning[0] + d.buttons.young[0] + d.buttons.mature[0],
  };
}

/** {@link reviewsPerDay} from day rows. */
export function reviewsPerDayOfDays(days: readonly StatsDayRow[], today: string, range: number): DayReviews[] {
  const from = addDays(today, -(range - 1));
  const rows: DayReviews[] = Array.from({ length: range }, (_, i) => ({ day: addDays(from, i), learning: 0, young: 0, mature: 0, relearning: 0, minutes: 0 }));
  for (const d of days) {
    const i = daysBetween(from, d.day);
    if (i < 0 || i >= range) continue;
    const r = rows[i]!;
    Object.assign(r, { learning: d.learning, young: d.young, mature: d.mature, relearning: d.relearning, minutes: round1(d.durationMs / 60_000) });
  }
  return rows;
}

/** {@link answerButtons} from day rows: days from `fromDay` on. */
export function answerButtonsOfDays(days: readonly StatsDayRow[], fromDay: string): AnswerButtons {
  const out: AnswerButtons = { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] };
  for (const d of days) {
    if (d.day < fromDay) continue;
    for (const k of ["learning", "young", "mature"] as const) for (let i = 0; i < 4; i++) out[k][i]! += d.buttons[k][i]!;
  }
  return out;
}

const cell = (pass: number, fail: number): RetentionCell => ({ pass, fail, retention: pass + fail === 0 ? null : pass / (pass + fail) });

/** {@link trueRetentionTable} from day rows. */
export function trueRetentionOfDays(days: readonly StatsDayRow[], today: string): RetentionRow[] {
  const starts: Record<(typeof RETENTION_PERIODS)[number], string | null> = {
    today, yesterday: addDays(today, -1), week: addDays(today, -6), month: addDays(today, -29), year: addDays(today, -364), all: null,
  };
  return RETENTION_PERIODS.map((period) => {
    const from = starts[period];
    const to = period === "yesterday" ? addDays(today, -1) : today;
    const n = { yp: 0, yf: 0, mp: 0, mf: 0 };
    for (const d of days) {
      if ((from !== null && d.day < from) || d.day > to) continue;
      n.yp += d.retYoungPass;
      n.yf += d.retYoungFail;
      n.mp += d.retMaturePass;
      n.mf += d.retMatureFail;
    }
    return { period, young: cell(n.yp, n.yf), mature: cell(n.mp, n.mf), all: cell(n.yp + n.mp, n.yf + n.mf) };
  });
}

/** Reviews per study day for the heatmap (days with none are harmless). */
export function studyDaysOfDays(days: readonly StatsDayRow[]): Array<{ day: string; reviews: number }> {
  return days.map((d) => ({ day: d.day, reviews: reviewsOf(d) }));
}
