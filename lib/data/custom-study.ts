import "server-only";
import { prisma } from "@/lib/db/prisma";
import { previewIntervals } from "@/lib/scheduler/scheduler";
import { studyDayOf } from "@/lib/scheduler/study-day";
import { FSRS_SELECT } from "./card-state-json";
import { notFound } from "./errors";
import { getExtraNew, getSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { loadStudyCard, type NextCard } from "./study";
import { studyDeckFilter } from "./study-load";

/** At most this many extra new cards a day (Anki's custom study allows up to 9999; a spoken answer takes minutes). */
export const MAX_EXTRA_NEW = 200;

/**
 * Custom study "새 카드 더 하기": N more new cards today only. Stored as an
 * allowance for the current study day, so tomorrow's limit is untouched and
 * no card's schedule changes until it is studied.
 */
export async function addExtraNewCards(user: SessionUser, count: number, now: Date): Promise<{ studyDay: string; extraNew: number }> {
  const settings = await getSettings(user); // creates the row on first use
  const studyDay = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const current = await getExtraNew(user);
  const extraNew = Math.min(MAX_EXTRA_NEW, (current.day === studyDay ? current.count : 0) + count);
  await prisma.settings.update({ where: { userId: user.id }, data: { extraNewDay: studyDay, extraNew } });
  return { studyDay, extraNew };
}

/**
 * Cards graded Again today (optionally one deck or tag), not suspended or
 * archived, that have not been graded again since `since` (the start of this
 * "오늘 틀린 카드 다시" session), oldest failure first.
 */
export async function listFailedToday(user: SessionUser, now: Date, opts: { deckId?: string; tag?: string; since?: Date } = {}): Promise<string[]> {
  const settings = await getSettings(user);
  const studyDay = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const logs = await prisma.reviewLog.findMany({
    where: { userId: user.id, studyDay, rating: 1, card: { archivedAt: null, deck: studyDeckFilter(user, opts) } },
    orderBy: { reviewedAt: "asc" },
    select: { cardId: true, card: { select: { states: { where: { userId: user.id }, select: { suspended: true, lastReview: true } } } } },
  });
  const ids: string[] = [];
  for (const log of logs) {
    const state = log.card.states[0];
    if (ids.includes(log.cardId) || state?.suspended) continue;
    if (opts.since && state?.lastReview && state.lastReview >= opts.since) continue; // redone in this session
    ids.push(log.cardId);
  }
  return ids;
}

/** The next card of a "오늘 틀린 카드 다시" session, with the interval each grade gives; grading it is an ordinary review. */
export async function getNextFailedCard(user: SessionUser, opts: { deckId?: string; tag?: string; since?: Date; now: Date }): Promise<NextCard> {
  if (opts.deckId && !(await prisma.deck.findFirst({ where: studyDeckFilter(user, { deckId: opts.deckId }), select: { id: true } }))) {
    throw notFound("덱을 찾을 수 없습니다.");
  }
  const settings = await getSettings(user);
  const studyDay = studyDayOf(opts.now, settings.timezone, settings.dayStartHour);
  const ids = await listFailedToday(user, opts.now, opts);
  const remaining = { learning: 0, review: ids.length, new: 0 };
  const head = ids[0];
  if (!head) return { card: null, intervals: null, remaining, studyDay };
  const state = await prisma.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId: head } }, select: FSRS_SELECT });
  const card = await loadStudyCard(user, head, settings.targetAnswerSeconds);
  const previews = previewIntervals({ state, cardId: head, now: opts.now, settings });
  const intervals = Object.fromEntries(previews.map((p) => [String(p.rating), { label: p.label, due: p.due.toISOString() }]));
  return { card, intervals: intervals as NextCard["intervals"], remaining, studyDay };
}
