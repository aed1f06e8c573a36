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
// Counted in SQL: only the two counts are used, so no row per card crosses into JavaScript.
const INTRODUCED_SQL = `SELECT COUNT(*) AS "cards", COUNT(c."parentId") AS "followups" FROM "review_log" l JOIN "card" c ON c."id" = l."cardId"
  WHERE l."userId" = ? AND l."studyDay" = ? AND l."state" = 0 AND l."undoneAt" IS NULL`;

/** {@link getDailyAllowance} inside a plan, from settings already read. */
export function* dailyAllowancePlan(user: SessionUser, now: Date, s: RequestSettings): SqlPlan<DailyAllowance> {
  const { settings, extraNew } = s;
  const studyDay = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const [introduced] = yield* selectRows<{ cards: unknown; followups: unknown }>(INTRODUCED_SQL, user.id, studyDay);
  const cardsToday = toNum(introduced?.cards ?? 0);
  const followupsToday = toNum(introduced?.followups ?? 0);
  const extra = extraNew.day === studyDay ? extraNew.count : 0;
  return {
    studyDay,
    newLeft: Math.max(0, settings.newPerDay + extra - (cardsToday - followupsToday)),
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

// Every count is read from counters or from indexes alone, one row per visible deck; a new topic
// is counted as topics − studied topics.
// Due learning/review per deck from due_state (migration 0011, kept by triggers): its "counts" is true
// for learning/review states whose card is not archived and, for follow-ups, whose topic is not failing
// (the gate the queue applies). One index range per visible deck and kind on
// (userId, counts, deckId, state, due): no row is read, no due state is joined to its card or topic.
// Per-deck totals, studied topics and unlocked follow-ups (follow-ups without a state whose topic
// is passed and not failing) are counters kept by the 0008 triggers (deck_count, deck_progress):
// constant time per deck instead of visiting every card and every state.
const DECK_LOAD_SQL = `SELECT d."id" AS "deckId",
    (SELECT COUNT(*) FROM "due_state" x WHERE x."userId" = ? AND x."counts" = true AND x."deckId" = d."id" AND x."state" IN (1, 3) AND x."due" < ?) AS "learning",
    (SELECT COUNT(*) FROM "due_state" x WHERE x."userId" = ? AND x."counts" = true AND x."deckId" = d."id" AND x."state" = 2 AND x."due" < ?) AS "review",
    dc."cards" AS "cards", dc."topics" AS "topics", p."studiedTopics" AS "studied", p."unlockedFollowups" AS "unlocked"
  FROM "deck" d LEFT JOIN "deck_count" dc ON dc."deckId" = d."id" LEFT JOIN "deck_progress" p ON p."userId" = ? AND p."deckId" = d."id"
  WHERE d."builtIn" = true OR d."ownerId" = ?`;
type DeckLoadRow = { deckId: string; learning: unknown; review: unknown; cards: unknown; topics: unknown; studied: unknown; unlocked: unknown };

/** Per deck, the positive values of one column. */
function positive(rows: DeckLoadRow[], value: (r: DeckLoadRow) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const n = value(r);
    if (n > 0) out.set(r.deckId, n);
  }
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
  const rows = (yield* selectRows<DeckLoadRow>(DECK_LOAD_SQL, user.id, dueBefore, user.id, dueBefore, user.id, user.id)).filter((r) => ids.has(r.deckId));
  const l = positive(rows, (r) => toNum(r.learning));
  const r = positive(rows, (d) => toNum(d.review));
  const t = positive(rows, (d) => toNum(d.topics ?? 0) - toNum(d.studied ?? 0));
  const f = positive(rows, (d) => toNum(d.unlocked ?? 0));
  const load = (lc: number, rc: number, tc: number, fc: number): StudyLoad => {
    const newTopics = Math.min(allowance.newLeft, tc);
    const fu = Math.min(allowance.followupsLeft, fc);
    return { learning: lc, review: rc, newTopics, followups: fu, new: newTopics + fu };
  };
  const all = new Set([...l.keys(), ...r.keys(), ...t.keys(), ...f.keys()]);
  const decks = new Map([...all].map((id) => [id, load(l.get(id) ?? 0, r.get(id) ?? 0, t.get(id) ?? 0, f.get(id) ?? 0)]));
  return { total: load(sum(l), sum(r), sum(t), sum(f)), decks, cardsPerDeck: new Map(rows.filter((d) => d.cards !== null && d.cards !== undefined).map((d) => [d.deckId, toNum(d.cards)])), studyDay: allowance.studyDay };
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
