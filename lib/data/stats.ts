import "server-only";
import { default_w } from "ts-fsrs";
import { databaseProvider } from "@/lib/db/database-url";
import { readPlan } from "@/lib/db/sql-plan";
import { addDays, studyDayOf } from "@/lib/scheduler/study-day";
import { answerPractice } from "@/lib/stats/answer-practice";
import type { StatsReport } from "@/lib/stats/build-stats";
import { answerButtonsOfDays, reviewsPerDayOfDays, studyDaysOfDays, todaySummaryOfDays, trueRetentionOfDays } from "@/lib/stats/day-stats";
import { studyHeatmap } from "@/lib/stats/heatmap";
import type { SessionUser } from "./session-user";
import { getSchedulerSettings } from "./settings";
import { cardStatsPlan, hasFixedOffset } from "./stats-cards-plan";
import { statsDaysPlan } from "./stats-days";
import { getStatsAttempts, recountStats, type StatsQuery } from "./stats-recount";

export type { StatsQuery };

/**
 * The statistics of one user (optionally one visible deck; 404 for a deck
 * they cannot see). Over every deck, from the per-day review totals the
 * database keeps (stats_day) and card aggregates computed by SQL, so the cost
 * does not grow with the number of logs; for one deck, or a time zone with
 * daylight saving time, recounted from the rows (recountStats). Both give the
 * same report (lib/data/stats-aggregates.test.ts).
 */
export async function getStats(user: SessionUser, q: StatsQuery): Promise<StatsReport> {
  if (q.deckId) return recountStats(user, q);
  const settings = await getSchedulerSettings(user);
  const { timezone, dayStartHour } = settings;
  if (!hasFixedOffset(timezone, q.now)) return recountStats(user, q);
  const today = studyDayOf(q.now, timezone, dayStartHour);
  const decay = (settings.w ?? default_w)[20]!;
  const postgres = databaseProvider() === "postgresql";
  const input = { userId: user.id, now: q.now, today, timezone, dayStartHour, range: q.range, decay, postgres };
  const [{ days, cards }, attempts] = await Promise.all([
    readPlan(function* () {
      const days = yield* statsDaysPlan(user.id);
      const cards = yield* cardStatsPlan(input);
      return { days, cards };
    }),
    getStatsAttempts(user, q),
  ]);
  return {
    today,
    range: q.range,
    todaySummary: todaySummaryOfDays(days, today),
    retention: trueRetentionOfDays(days, today),
    counts: cards.counts,
    reviews: reviewsPerDayOfDays(days, today, q.range),
    buttons: answerButtonsOfDays(days, addDays(today, -(q.range - 1))),
    future: cards.future,
    heatmap: studyHeatmap(studyDaysOfDays(days), today, 365),
    memory: cards.memory,
    answers: answerPractice(attempts, q.now, timezone, dayStartHour, q.range),
  };
}
