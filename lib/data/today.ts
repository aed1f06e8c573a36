import "server-only";
import { prisma } from "@/lib/db/prisma";
import { estimateMinutes } from "@/lib/scheduler/queue";
import { addDays, endOfStudyDay, streak, studyDayOf } from "@/lib/scheduler/study-day";
import { getSchedulerSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

export interface TodaySummary {
  due: number;
  new: number;
  doneToday: number;
  streak: number;
  estimateMinutes: number;
  studyDay: string;
  decks: { id: string; title: string; due: number; new: number; total: number }[];
}

const STREAK_WINDOW_DAYS = 400;

/** Counts for the Today page, all in the user's own study day. */
export async function getTodaySummary(user: SessionUser, now: Date): Promise<TodaySummary> {
  const settings = await getSchedulerSettings(user);
  const today = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const end = endOfStudyDay(now, settings.timezone, settings.dayStartHour);
  const active = { archivedAt: null, deck: visibleDecks(user) };

  const [dueByDeck, newByDeck, totalByDeck, decks, days, introduced] = await Promise.all([
    prisma.card.groupBy({
      by: ["deckId"],
      where: { ...active, states: { some: { userId: user.id, suspended: false, due: { lt: end } } } },
      _count: { _all: true },
    }),
    prisma.card.groupBy({
      by: ["deckId"],
      where: { ...active, parentId: null, states: { none: { userId: user.id } } },
      _count: { _all: true },
    }),
    prisma.card.groupBy({ by: ["deckId"], where: active, _count: { _all: true } }),
    prisma.deck.findMany({ where: visibleDecks(user), orderBy: [{ builtIn: "desc" }, { title: "asc" }], select: { id: true, title: true } }),
    prisma.studyDay.findMany({
      where: { userId: user.id, day: { gte: addDays(today, -STREAK_WINDOW_DAYS) } },
      select: { day: true, reviews: true },
    }),
    prisma.reviewLog.count({ where: { userId: user.id, studyDay: today, state: 0 } }),
  ]);

  const count = (rows: { deckId: string; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.deckId, r._count._all]));
  const [due, fresh, total] = [count(dueByDeck), count(newByDeck), count(totalByDeck)];
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const newToday = Math.min(Math.max(0, settings.newPerDay - introduced), sum(fresh));
  const dueNow = sum(due);
  return {
    due: dueNow,
    new: newToday,
    doneToday: days.find((d) => d.day === today)?.reviews ?? 0,
    streak: streak(days.map((d) => d.day), today),
    estimateMinutes: estimateMinutes({ learning: 0, review: dueNow, new: newToday }),
    studyDay: today,
    decks: decks.map((d) => ({ id: d.id, title: d.title, due: due.get(d.id) ?? 0, new: fresh.get(d.id) ?? 0, total: total.get(d.id) ?? 0 })),
  };
}
