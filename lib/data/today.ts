import "server-only";
import { prisma } from "@/lib/db/prisma";
import { estimateMinutes } from "@/lib/scheduler/queue";
import { addDays, streak, studyDayOf } from "@/lib/scheduler/study-day";
import { getSchedulerSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { parseStringList } from "./json-fields";
import { EMPTY_LOAD, getStudyLoad } from "./study-load";
import { visibleDecks } from "./visibility";

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

/** Counts for the Today page, all in the user's own study day (per deck from {@link getStudyLoad}). */
export async function getTodaySummary(user: SessionUser, now: Date): Promise<TodaySummary> {
  const settings = await getSchedulerSettings(user);
  const today = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const active = { archivedAt: null, deck: visibleDecks(user) };

  const [load, totalByDeck, decks, days, cardsToday] = await Promise.all([
    getStudyLoad(user, now),
    prisma.card.groupBy({ by: ["deckId"], where: active, _count: { _all: true } }),
    prisma.deck.findMany({ where: visibleDecks(user), orderBy: [{ builtIn: "desc" }, { title: "asc" }], select: { id: true, title: true, tags: true } }),
    prisma.studyDay.findMany({
      where: { userId: user.id, day: { gte: addDays(today, -STREAK_WINDOW_DAYS) } },
      select: { day: true, reviews: true },
    }),
    prisma.reviewLog.groupBy({ by: ["cardId"], where: { userId: user.id, studyDay: today } }).then((rows) => rows.length),
  ]);

  const total = new Map(totalByDeck.map((r) => [r.deckId, r._count._all]));
  const dueNow = load.total.learning + load.total.review;
  const newToday = load.total.new;
  const of = (id: string) => load.decks.get(id) ?? EMPTY_LOAD;
  return {
    due: dueNow,
    new: newToday,
    doneToday: days.find((d) => d.day === today)?.reviews ?? 0,
    cardsToday,
    streak: streak(days.map((d) => d.day), today),
    estimateMinutes: estimateMinutes({ learning: 0, review: dueNow, new: newToday }),
    studyDay: today,
    decks: decks.map((d) => ({ id: d.id, title: d.title, due: of(d.id).learning + of(d.id).review, new: of(d.id).new, total: total.get(d.id) ?? 0, tags: parseStringList(d.tags) })),
  };
}
