import "server-only";
import { readPlan, selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import { endOfStudyDay, studyDayOf } from "@/lib/scheduler/study-day";
import { requestSettingsPlan, type RequestSettings } from "./settings-plan";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";
import { visibleDecksPlan, type VisibleDeck } from "./visible-decks-plan";

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
  /** Cards (not archived) per deck counted, topics and follow-ups. */
  cardsPerDeck: Map<string, number>;
  decks: Map<string, StudyLoad>;
  studyDay: string;
}

/** How many new topics and follow-ups may still be introduced today. */
export interface DailyAllowance {
  studyDay: string;
  newLeft: number;
  followupsLeft: number;
}

// Cards first graded today (state 0 before the grade), topics and follow-ups apart.
const INTRODUCED_SQL = `SELECT c."parentId" AS "parentId" FROM "review_log" l JOIN "card" c ON c."id" = l."cardId"
  WHERE l."userId" = ? AND l."studyDay" = ? AND l."state" = 0 AND l."undoneAt" IS NULL`;

/** {@link getDailyAllowance} inside a plan, from settings already read. */
export function* dailyAllowancePlan(user: SessionUser, now: Date, s: RequestSettings): SqlPlan<DailyAllowance> {
  const { settings, extraNew } = s;
  const studyDay = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const introduced = yield* selectRows<{ parentId: string | null }>(INTRODUCED_SQL, user.id, studyDay);
  const followupsToday = introduced.filter((l) => l.parentId !== null).length;
  const extra = extraNew.day === studyDay ? extraNew.count : 0;
  return {
    studyDay,
    newLeft: Math.max(0, settings.newPerDay + extra - (introduced.length - followupsToday)),
    followupsLeft: Math.max(0, settings.followupsPerDay - followupsToday),
  };
}

/**
 * New topics and unlocked follow-ups left today: the settings' daily limits
 * (plus custom study's extra new cards for today) minus what today's review
 * log already introduced, each limit counting only its own kind.
 */
export async function getDailyAllowance(user: SessionUser, now: Date): Promise<DailyAllowance> {
  return readPlan(function* () {
    return yield* dailyAllowancePlan(user, now, yield* requestSettingsPlan(user));
  });
}

/** The decks a session studies, as a Prisma `where`: all visible ones, or one deck, or the decks with one tag (custom study). */
export function studyDeckFilter(user: SessionUser, opts: { deckId?: string; tag?: string }) {
  return {
    ...visibleDecks(user),
    ...(opts.deckId ? { id: opts.deckId } : {}),
    // tags is a JSON string[]: match the quoted tag so "db" does not match "dbms".
    ...(opts.tag ? { tags: { contains: JSON.stringify(opts.tag) } } : {}),
  };
}

/** The same filter over the visible decks a plan read. */
export function filterStudyDecks(decks: readonly VisibleDeck[], opts: { deckId?: string; tag?: string }): VisibleDeck[] {
  // tags is a JSON string[]: match the quoted tag so "db" does not match "dbms".
  const quoted = opts.tag ? JSON.stringify(opts.tag) : null;
  return decks.filter((d) => (!opts.deckId || d.id === opts.deckId) && (!quoted || d.tags.includes(quoted)));
}

// Every count is read from counters or from indexes alone; a new topic is counted as topics − studied topics.
// Due learning/review per deck from due_state (migration 0011, kept by triggers): its "counts" is true
// for learning/review states whose card is not archived and, for follow-ups, whose topic is not failing
// (the gate the queue applies). One index range per visible deck and kind on
// (userId, counts, deckId, state, due): no row is read, no due state is joined to its card or topic.
const DUE_SQL = `SELECT d."id" AS "deckId",
    (SELECT COUNT(*) FROM "due_state" x WHERE x."userId" = ? AND x."counts" = true AND x."deckId" = d."id" AND x."state" IN (1, 3) AND x."due" < ?) AS "learning",
    (SELECT COUNT(*) FROM "due_state" x WHERE x."userId" = ? AND x."counts" = true AND x."deckId" = d."id" AND x."state" = 2 AND x."due" < ?) AS "review"
  FROM "deck" d WHERE d."builtIn" = true OR d."ownerId" = ?`;
// Per-deck totals and studied topics are counters kept by the 0008 triggers (deck_count,
// deck_progress): constant time per deck instead of visiting every card and every state.
const DECK_CARDS_SQL = `SELECT dc."deckId" AS "deckId", dc."cards" AS "n", dc."topics" AS "topics"
  FROM "deck_count" dc
  WHERE dc."deckId" IN (SELECT d."id" FROM "deck" d WHERE d."builtIn" = true OR d."ownerId" = ?)`;
const STUDIED_TOPICS_SQL = `SELECT p."deckId" AS "deckId", p."studiedTopics" AS "n" FROM "deck_progress" p WHERE p."userId" = ?`;
// Kept by the 0008 triggers too: follow-ups without a state whose topic is passed and not failing.
const UNLOCKED_FOLLOWUPS_SQL = `SELECT p."deckId" AS "deckId", p."unlockedFollowups" AS "n" FROM "deck_progress" p
  WHERE p."userId" = ? AND p."unlockedFollowups" > 0`;

type Counted = { deckId: string; n: unknown };

function countsIn(rows: Counted[], decks: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if (decks.has(r.deckId)) out.set(r.deckId, (out.get(r.deckId) ?? 0) + toNum(r.n));
  return out;
}
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

export interface StudyLoadInput {
  settings: RequestSettings;
  allowance: DailyAllowance;
  /** The decks to count (visible ones, already filtered by deck or tag). */
  decks: readonly VisibleDeck[];
  dueBefore: Date;
}

/** {@link getStudyLoad} inside a plan. */
export function* studyLoadPlan(user: SessionUser, input: StudyLoadInput): SqlPlan<StudyLoadResult> {
  const { allowance, dueBefore } = input;
  const ids = new Set(input.decks.map((d) => d.id));
  const dueRows = yield* selectRows<{ deckId: string; learning: unknown; review: unknown }>(DUE_SQL, user.id, dueBefore, user.id, dueBefore, user.id);
  const deckRows = yield* selectRows<Counted & { topics: unknown }>(DECK_CARDS_SQL, user.id);
  const studiedRows = yield* selectRows<Counted>(STUDIED_TOPICS_SQL, user.id);
  const followupRows = yield* selectRows<Counted>(UNLOCKED_FOLLOWUPS_SQL, user.id);

  const l = countsIn(dueRows.map((d) => ({ deckId: d.deckId, n: d.learning })).filter((d) => toNum(d.n) > 0), ids);
  const r = countsIn(dueRows.map((d) => ({ deckId: d.deckId, n: d.review })).filter((d) => toNum(d.n) > 0), ids);
  const studied = countsIn(studiedRows, ids);
  const t = new Map([...countsIn(deckRows.map((d) => ({ deckId: d.deckId, n: d.topics })), ids)].map(([id, n]) => [id, Math.max(0, n - (studied.get(id) ?? 0))] as const).filter(([, n]) => n > 0));
  const f = countsIn(followupRows, ids);
  const load = (lc: number, rc: number, tc: number, fc: number): StudyLoad => {
    const newTopics = Math.min(allowance.newLeft, tc);
    const fu = Math.min(allowance.followupsLeft, fc);
    return { learning: lc, review: rc, newTopics, followups: fu, new: newTopics + fu };
  };
  const all = new Set([...l.keys(), ...r.keys(), ...t.keys(), ...f.keys()]);
  const decks = new Map([...all].map((id) => [id, load(l.get(id) ?? 0, r.get(id) ?? 0, t.get(id) ?? 0, f.get(id) ?? 0)]));
  return { total: load(sum(l), sum(r), sum(t), sum(f)), decks, cardsPerDeck: countsIn(deckRows, ids), studyDay: allowance.studyDay };
}

/**
 * The one place that says what a deck has to study today: Today, the library
 * and the study bar all show these numbers, and the study queue serves the
 * same cards (same gate, same limits). Follow-ups count only once their topic
 * is passed and not failing; a studied follow-up of a failing topic waits.
 * `dueBefore` defaults to the end of the study day (study-ahead passes later).
 */
export async function getStudyLoad(user: SessionUser, now: Date, opts: { deckId?: string; tag?: string; dueBefore?: Date } = {}): Promise<StudyLoadResult> {
  return readPlan(function* () {
    const settings = yield* requestSettingsPlan(user);
    const allowance = yield* dailyAllowancePlan(user, now, settings);
    const decks = filterStudyDecks(yield* visibleDecksPlan(user), opts);
    const s = settings.settings;
    const dueBefore = opts.dueBefore ?? endOfStudyDay(now, s.timezone, s.dayStartHour);
    return yield* studyLoadPlan(user, { settings, allowance, decks, dueBefore });
  });
}

/** A deck with nothing to study today. */
export const EMPTY_LOAD: Readonly<StudyLoad> = Object.freeze({ learning: 0, review: 0, newTopics: 0, followups: 0, new: 0 });
