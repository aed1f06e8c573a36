import "server-only";
import { prisma } from "@/lib/db/prisma";
import { buildStatsReport, type StatsRange, type StatsReport } from "@/lib/stats/build-stats";
import type { StatsAttempt } from "@/lib/stats/answer-practice";
import type { StatsCard, StatsLog } from "@/lib/stats/types";
import { FSRS_SELECT } from "./card-state-json";
import { notFound } from "./errors";
import { getSchedulerSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

const DAY_MS = 86_400_000;

export interface StatsQuery {
  deckId?: string;
  range: StatsRange;
  now: Date;
}

export type { StatsReport };

/**
 * The statistics of one user (optionally one visible deck; 404 for a deck
 * they cannot see), recounted from the rows themselves: review logs that were
 * not undone, every card they can study with their progress on it, and their
 * answer attempts in the range. getStats uses it for one deck (a deck's logs
 * are few) and for time zones with daylight saving time; over every deck it
 * reads the per-day totals instead, and tests compare the two.
 */
export async function recountStats(user: SessionUser, q: StatsQuery): Promise<StatsReport> {
  if (q.deckId && !(await prisma.deck.findFirst({ where: { id: q.deckId, ...visibleDecks(user) }, select: { id: true } }))) {
    throw notFound("덱을 찾을 수 없습니다.");
  }
  const deckWhere = q.deckId ? { id: q.deckId } : visibleDecks(user);
  const [settings, logRows, cardRows, attemptRows] = await Promise.all([
    getSchedulerSettings(user),
    prisma.reviewLog.findMany({
      where: { userId: user.id, undoneAt: null, ...(q.deckId ? { card: { deckId: q.deckId } } : {}) },
      select: { cardId: true, studyDay: true, reviewedAt: true, rating: true, state: true, scheduledDays: true, durationMs: true },
    }),
    prisma.card.findMany({
      where: { deck: deckWhere },
      select: { id: true, archivedAt: true, states: { where: { userId: user.id }, select: { ...FSRS_SELECT, suspended: true } } },
    }),
    getStatsAttempts(user, q),
  ]);
  const attempts = attemptRows;
  const logs: StatsLog[] = logRows;
  const cards: StatsCard[] = cardRows
    // Archived cards the user never studied are not theirs to count.
    .filter((c) => !c.archivedAt || c.states.length > 0)
    .map((c) => {
      const s = c.states[0];
      if (!s) return { cardId: c.id, archived: c.archivedAt !== null, suspended: false, state: null };
      const { suspended, ...state } = s;
      return { cardId: c.id, archived: c.archivedAt !== null, suspended, state };
    });
  const studyDays = studyDaysOf(logs);
  return buildStatsReport({ logs, cards, attempts, studyDays, now: q.now, settings, range: q.range });
}

/** Reviews per study day from the logs themselves, so a deck filter applies to the heatmap too. */
function studyDaysOf(logs: readonly StatsLog[]): Array<{ day: string; reviews: number }> {
  const byDay = new Map<string, number>();
  for (const l of logs) byDay.set(l.studyDay, (byDay.get(l.studyDay) ?? 0) + 1);
  return [...byDay].map(([day, reviews]) => ({ day, reviews }));
}

/** The user's answer attempts the statistics' range can show (optionally one deck's). */
export async function getStatsAttempts(user: SessionUser, q: StatsQuery): Promise<StatsAttempt[]> {
  const rows = await prisma.attempt.findMany({
    // Two spare days cover any time zone and day-start hour; the exact range is cut by study day.
    where: { userId: user.id, createdAt: { gte: new Date(q.now.getTime() - (q.range + 2) * DAY_MS) }, ...(q.deckId ? { card: { deckId: q.deckId } } : {}) },
    select: { createdAt: true, source: true, coverage: true, syllablesPerMinute: true, fillerCount: true, durationMs: true },
  });
  return rows.map((a) => ({ ...a, source: a.source === "typed" ? "typed" : "speech" }));
}
