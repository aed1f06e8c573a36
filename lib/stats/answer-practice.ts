import { addDays, studyDayOf } from "@/lib/scheduler/study-day";

/** One spoken or typed answer attempt as the statistics need it (no transcript). */
export interface StatsAttempt {
  createdAt: Date;
  source: "speech" | "typed";
  /** Share of the model answer's key points covered, 0..1. */
  coverage: number;
  syllablesPerMinute: number;
  fillerCount: number;
  durationMs: number;
}

/** One study day with at least one attempt. */
export interface AnswerDay {
  day: string;
  attempts: number;
  /** Mean coverage of the day's attempts, 0..1 (3 decimals). */
  meanCoverage: number;
  /** Median syllables per minute of the day's spoken attempts; null when none had a pace. */
  medianPace: number | null;
  /** Fillers per minute of speaking that day (1 decimal); null without spoken time. */
  fillersPerMinute: number | null;
}

export interface AnswerPractice {
  /** Study days with attempts in the range, oldest first. */
  days: AnswerDay[];
  totals: {
    attempts: number;
    meanCoverage: number | null;
    /**
     * Mean coverage of the attempts on the first and on the last (up to 7)
     * study days with attempts. Both windows hold the same number of days and
     * never overlap, so fewer than 14 such days shrink them; null below 2 days.
     */
    coverageTrend: { days: number; first: number; last: number } | null;
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function dayOf(day: string, list: readonly StatsAttempt[]): AnswerDay {
  // Typed answers have no speaking pace or fillers; a silent attempt (0 spm or 0 ms) has none either.
  const spoken = list.filter((a) => a.source === "speech" && a.durationMs > 0);
  const pace = median(spoken.filter((a) => a.syllablesPerMinute > 0).map((a) => a.syllablesPerMinute));
  const minutes = spoken.reduce((a, x) => a + x.durationMs, 0) / 60_000;
  return {
    day,
    attempts: list.length,
    meanCoverage: round(mean(list.map((a) => a.coverage)), 3),
    medianPace: pace === null ? null : Math.round(pace),
    fillersPerMinute: minutes > 0 ? round(spoken.reduce((a, x) => a + x.fillerCount, 0) / minutes, 1) : null,
  };
}

/**
 * Spoken and typed answer attempts grouped by the user's study day over the
 * `range` study days ending `today` (the day of `now`): per day the count, mean
 * coverage, median pace and fillers per minute (both from spoken attempts only),
 * and whether coverage rose from the first to the last days practised.
 */
export function answerPractice(attempts: readonly StatsAttempt[], now: Date, timezone: string, dayStartHour: number, range: number): AnswerPractice {
  const today = studyDayOf(now, timezone, dayStartHour);
  const from = addDays(today, -(range - 1));
  const byDay = new Map<string, StatsAttempt[]>();
  for (const a of attempts) {
    const day = studyDayOf(a.createdAt, timezone, dayStartHour);
    if (day < from || day > today) continue;
    const list = byDay.get(day);
    if (list) list.push(a);
    else byDay.set(day, [a]);
  }
  const keys = [...byDay.keys()].sort();
  const all = keys.flatMap((k) => byDay.get(k)!);
  const k = Math.min(7, Math.floor(keys.length / 2));
  const coverageOf = (days: string[]) => round(mean(days.flatMap((d) => byDay.get(d)!).map((a) => a.coverage)), 3);
  return {
    days: keys.map((d) => dayOf(d, byDay.get(d)!)),
    totals: {
      attempts: all.length,
      meanCoverage: all.length ? round(mean(all.map((a) => a.coverage)), 3) : null,
      coverageTrend: k === 0 ? null : { days: k, first: coverageOf(keys.slice(0, k)), last: coverageOf(keys.slice(-k)) },
    },
  };
}
