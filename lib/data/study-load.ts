import "server-only";
import { prisma } from "@/lib/db/prisma";
import { endOfStudyDay, studyDayOf } from "@/lib/scheduler/study-day";
import { getExtraNew, getSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

/** What one deck (or all of them) has to study in the rest of today's study day. */
export interface StudyLoad {
  /** Learning/relearning steps due before the study day ends. */
  learning: number;
  /** Reviews due before the study day ends. */
  review: number;
  /** New topic cards under the daily new-card limit. */
  newTopics: number;
  /** New follow-ups unlocked by a passed topic, under their own daily limit. */
  followups: number;
  /** newTopics + followups: the "new" a page shows. */
  new: number;
}

export interface StudyLoadResult {
  total: StudyLoad;
  decks: Map<string, StudyLoad>;
  studyDay: string;
}

/** How many new topics and follow-ups may still be introduced today. */
export interface DailyAllowance {
  studyDay: string;
  newLeft: number;
  followupsLeft: number;
}

/**
 * New topics and unlocked follow-ups left today: the settings' daily limits
 * (plus custom study's extra new cards for today) minus what today's review
 * log already introduced, each limit counting only its own kind.
 */
export async function getDailyAllowance(user: SessionUser, now: Date): Promise<DailyAllowance> {
  const settings = await getSettings(user);
  const studyDay = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const introduced = await prisma.reviewLog.findMany({
    where: { userId: user.id, studyDay, state: 0, undoneAt: null },
    select: { card: { select: { parentId: true } } },
  });
  const followupsToday = introduced.filter((l) => l.card.parentId !== null).length;
  const extraNew = await getExtraNew(user);
  const extra = extraNew.day === studyDay ? extraNew.count : 0;
  return {
    studyDay,
    newLeft: Math.max(0, settings.newPerDay + extra - (introduced.length - followupsToday)),
    followupsLeft: Math.max(0, settings.followupsPerDay - followupsToday),
  };
}

/** The decks a session studies: all visible ones, or one deck, or the decks with one tag (custom study). */
export function studyDeckFilter(user: SessionUser, opts: { deckId?: string; tag?: string }) {
  return {
    ...visibleDecks(user),
    ...(opts.deckId ? { id: opts.deckId } : {}),
    // tags is a JSON string[]: match the quoted tag so "db" does not match "dbms".
    ...(opts.tag ? { tags: { contains: JSON.stringify(opts.tag) } } : {}),
  };
}

type Counted = { deckId: string; _count: { _all: number } };
const toMap = (rows: Counted[]) => new Map(rows.map((r) => [r.deckId, r._count._all]));
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/**
 * The one place that says what a deck has to study today: Today, the library
 * and the study bar all show these numbers, and the study queue serves the
 * same cards (same gate, same limits). Follow-ups count only once their topic
 * is passed and not failing; a studied follow-up of a failing topic waits.
 * `dueBefore` defaults to the end of the study day (study-ahead passes later).
 */
export async function getStudyLoad(user: SessionUser, now: Date, opts: { deckId?: string; tag?: string; dueBefore?: Date } = {}): Promise<StudyLoadResult> {
  const settings = await getSettings(user);
  const allowance = await getDailyAllowance(user, now);
  const dueBefore = opts.dueBefore ?? endOfStudyDay(now, settings.timezone, settings.dayStartHour);
  const deck = studyDeckFilter(user, opts);
  const active = { archivedAt: null, deck };
  const notFailing = { userId: user.id, state: { not: 3 }, lastRating: { not: 1 } };
  const gate = { OR: [{ parentId: null }, { parent: { states: { some: notFailing } } }] };
  const dueState = (states: number[]) => ({ some: { userId: user.id, suspended: false, due: { lt: dueBefore }, state: { in: states } } });

  const [learning, review, topics, followups] = await Promise.all([
    prisma.card.groupBy({ by: ["deckId"], where: { ...active, ...gate, states: dueState([1, 3]) }, _count: { _all: true } }),
    prisma.card.groupBy({ by: ["deckId"], where: { ...active, ...gate, states: dueState([2]) }, _count: { _all: true } }),
    prisma.card.groupBy({ by: ["deckId"], where: { ...active, parentId: null, states: { none: { userId: user.id } } }, _count: { _all: true } }),
    prisma.card.groupBy({
      by: ["deckId"],
      where: { ...active, parentId: { not: null }, states: { none: { userId: user.id } }, parent: { states: { some: { ...notFailing, passedAt: { not: null } } } } },
      _count: { _all: true },
    }),
  ]);
  const [l, r, t, f] = [toMap(learning), toMap(review), toMap(topics), toMap(followups)];
  const load = (lc: number, rc: number, tc: number, fc: number): StudyLoad => {
    const newTopics = Math.min(allowance.newLeft, tc);
    const fu = Math.min(allowance.followupsLeft, fc);
    return { learning: lc, review: rc, newTopics, followups: fu, new: newTopics + fu };
  };
  const ids = new Set([...l.keys(), ...r.keys(), ...t.keys(), ...f.keys()]);
  const decks = new Map([...ids].map((id) => [id, load(l.get(id) ?? 0, r.get(id) ?? 0, t.get(id) ?? 0, f.get(id) ?? 0)]));
  return { total: load(sum(l), sum(r), sum(t), sum(f)), decks, studyDay: allowance.studyDay };
}

/** A deck with nothing to study today. */
export const EMPTY_LOAD: Readonly<StudyLoad> = Object.freeze({ learning: 0, review: 0, newTopics: 0, followups: 0, new: 0 });
