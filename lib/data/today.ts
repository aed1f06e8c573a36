import "server-only";
import { readPlan, selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import { estimateMinutes } from "@/lib/scheduler/queue";
import { addDays, endOfStudyDay, streak, studyDayOf } from "@/lib/scheduler/study-day";
import { parseStringList } from "./json-fields";
import { requestSettingsPlan } from "./settings-plan";
import type { SessionUser } from "./session-user";
import { dailyAllowancePlan, EMPTY_LOAD, studyLoadPlan } from "./study-load";
import { visibleDecksPlan } from "./visible-decks-plan";

export interface TodaySummary {
  due: number;
  new: number;
  /** Grades given today. */
  doneToday: number;
  /** Distinct cards graded today ("오늘 복습한 카드"). */
  cardsToday: number;
  streak: number;
  estimateMinutes: number;
  studyDay: string;
  decks: { id: string; title: string; due: number; new: number; total: number; tags: string[] }[];
}

const STREAK_WINDOW_DAYS = 400;

const DAYS_SQL = `SELECT "day", "reviews" FROM "study_day" WHERE "userId" = ? AND "day" >= ?`;
// Distinct cards graded today: one index seek per card on (userId, studyDay, cardId), not a
// walk over every grade of the day (a loose index scan written as a recursive query).
const CARDS_TODAY_SQL = `WITH RECURSIVE graded("cardId") AS (
    SELECT MIN("cardId") FROM "review_log" WHERE "userId" = ? AND "studyDay" = ?
    UNION ALL
    SELECT (SELECT MIN(l."cardId") FROM "review_log" l WHERE l."userId" = ? AND l."studyDay" = ? AND l."cardId" > graded."cardId")
    FROM graded WHERE graded."cardId" IS NOT NULL)
  SELECT COUNT("cardId") AS "n" FROM graded`;

/** {@link getTodaySummary} as one plan: settings read once, per-deck counts from {@link studyLoadPlan}. */
export function* todaySummaryPlan(user: SessionUser, now: Date): SqlPlan<TodaySummary> {
  const settings = yield* requestSettingsPlan(user);
  const { timezone, dayStartHour } = settings.settings;
  const today = studyDayOf(now, timezone, dayStartHour);
  const allowance = yield* dailyAllowancePlan(user, now, settings);
  const decks = yield* visibleDecksPlan(user);
  const load = yield* studyLoadPlan(user, { settings, allowance, decks, dueBefore: endOfStudyDay(now, timezone, dayStartHour) });
  const days = yield* selectRows<{ day: string; reviews: unknown }>(DAYS_SQL, user.id, addDays(today, -STREAK_WINDOW_DAYS));
  const [cards] = yield* selectRows<{ n: unknown }>(CARDS_TODAY_SQL, user.id, today, user.id, today);

  const total = load.cardsPerDeck;
  const dueNow = load.total.learning + load.total.review;
  const newToday = load.total.new;
  const of = (id: string) => load.decks.get(id) ?? EMPTY_LOAD;
  return {
    due: dueNow,
    new: newToday,
    doneToday: toNum(days.find((d) => d.day === today)?.reviews),
    cardsToday: toNum(cards?.n),
    streak: streak(days.map((d) => d.day), today),
    estimateMinutes: estimateMinutes({ learning: 0, review: dueNow, new: newToday }),
    studyDay: today,
    decks: decks.map((d) => ({ id: d.id, title: d.title, due: of(d.id).learning + of(d.id).review, new: of(d.id).new, total: total.get(d.id) ?? 0, tags: parseStringList(d.tags) })),
  };
}

/** Counts for the Today page, all in the user's own study day (per deck from {@link getStudyLoad}). */
export async function getTodaySummary(user: SessionUser, now: Date): Promise<TodaySummary> {
  return readPlan(() => todaySummaryPlan(user, now));
}
