import { default_w } from "ts-fsrs";
import type { SchedulerSettings } from "@/lib/scheduler/settings";
import { addDays, studyDayOf } from "@/lib/scheduler/study-day";
import { answerPractice, type AnswerPractice, type StatsAttempt } from "./answer-practice";
import { countCardsByState, type CardCounts } from "./card-counts";
import { futureDue, type FutureDue } from "./future-due";
import { studyHeatmap, type Heatmap } from "./heatmap";
import { memoryStats, type MemoryStats } from "./memory";
import { answerButtons, reviewsPerDay, type AnswerButtons, type DayReviews } from "./reviews-per-day";
import { trueRetentionTable, type RetentionRow } from "./true-retention";
import type { StatsCard, StatsLog } from "./types";

/** Chart ranges in days: reviews and answer buttons look back, future due looks ahead. */
export const STATS_RANGES = [30, 90, 365] as const;
export type StatsRange = (typeof STATS_RANGES)[number];

export interface StatsReport {
  today: string;
  range: StatsRange;
  todaySummary: { reviews: number; minutes: number; again: number };
  retention: RetentionRow[];
  counts: CardCounts;
  reviews: DayReviews[];
  buttons: AnswerButtons;
  future: FutureDue;
  heatmap: Heatmap;
  memory: MemoryStats;
  /** Spoken and typed answer attempts per study day in the range. */
  answers: AnswerPractice;
}

export interface BuildStatsInput {
  logs: readonly StatsLog[];
  cards: readonly StatsCard[];
  attempts: readonly StatsAttempt[];
  studyDays: ReadonlyArray<{ day: string; reviews: number }>;
  now: Date;
  settings: Pick<SchedulerSettings, "timezone" | "dayStartHour" | "w">;
  range: StatsRange;
}

/** Everything the statistics page and `GET /api/v1/stats` show, from plain rows. */
export function buildStatsReport(input: BuildStatsInput): StatsReport {
  const { logs, cards, now, settings, range } = input;
  const { timezone, dayStartHour } = settings;
  const today = studyDayOf(now, timezone, dayStartHour);
  const todayLogs = logs.filter((l) => l.studyDay === today);
  const decay = (settings.w ?? default_w)[20]!;
  return {
    today,
    range,
    todaySummary: {
      reviews: todayLogs.length,
      minutes: Math.round(todayLogs.reduce((a, l) => a + l.durationMs, 0) / 6_000) / 10,
      again: todayLogs.filter((l) => l.rating === 1).length,
    },
    retention: trueRetentionTable(logs, today),
    counts: countCardsByState(cards),
    reviews: reviewsPerDay(logs, today, range),
    buttons: answerButtons(logs, addDays(today, -(range - 1))),
    future: futureDue(cards, now, timezone, dayStartHour, range),
    heatmap: studyHeatmap(input.studyDays, today, 365),
    memory: memoryStats(cards, now, timezone, dayStartHour, decay),
    answers: answerPractice(input.attempts, now, timezone, dayStartHour, range),
  };
}
