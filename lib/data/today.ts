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

const TOTALS_SQL = `SELECT c."deckId" AS "deckId", COUNT(*) AS "n" FROM "card" c
  WHERE c."archivedAt" IS NULL AND c."deckId" IN (SELECT d."id" FROM "deck" d WHERE d."builtIn" = true OR d."ownerId" = ?)
  GROUP BY c."deckId"`;
const DAYS_SQL = `SELECT "day", "reviews" FROM "study_day" WHERE "userId" = ? AND "day" >= ?`;
// Distinct in JS: with COUNT(DISTINCT "cardId") SQLite walks all of the user's logs by (userId, cardId).
const CARDS_TODAY_SQL = `SELECT "cardId" FROM "review_log" WHERE "userId" = ? AND "studyDay" = ?`;

/** {@link getTodaySummary} as one plan: settings read once, per-deck counts from {@link studyLoadPlan}. */
export function* todaySummaryPlan(user: SessionUser, now: Date): SqlPlan<TodaySummary> {
  const settings = yield* requestSettingsPlan(user);
  const { timezone, dayStartHour } = settings.settings;
  const today = studyDayOf(now, timezone, dayStartHour);
  const allowance = yield* dailyAllowancePlan(user, now, settings);
  const decks = yield* visibleDecksPlan(user);
  const load = yield* studyLoadPlan(user, { settings, allowance, decks, dueBefore: endOfStudyDay(now, timezone, dayStartHour) });
  const totals = yield* selectRows<{ deckId: string; n: unknown }>(TOTALS_SQL, user.id);
  const days = yield* selectRows<{ day: string; reviews: unknown }>(DAYS_SQL, user.id, addDays(today, -STREAK_WINDOW_DAYS));
  const gradedToday = yield* selectRows<{ cardId: string }>(CARDS_TODAY_SQL, user.id, today);

  const total = new Map(totals.map((r) => [r.deckId, toNum(r.n)]));
  const dueNow = load.total.learning + load.total.review;
  const newToday = load.total.new;
  const of = (id: string) => load.decks.get(id) ?? EMPTY_LOAD;
  return {
    due: dueNow,
    new: newToday,
    doneToday: toNum(days.find((d) => d.day === today)?.reviews),
    cardsToday: new Set(gradedToday.map((r) => r.cardId)).size,
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
