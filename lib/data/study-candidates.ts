import "server-only";
import { selectRows, toDate, toDateOrNull, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import type { QueueCard, QueueState } from "@/lib/scheduler/queue";
import type { CardStateRow } from "@/lib/scheduler/fsrs-mapping";
import { firstNewTopicsPlan, unlockedFollowupsPlan } from "./new-topics-plan";
import type { SessionUser } from "./session-user";

// Bounded reads: a session needs the head of each list, not all 100,000 cards.
const DUE_PER_RANGE = 32;
const MAX_FOLLOWUPS = 50;

/** A card_state row with its card, as the due query returns it (either driver). */
export interface DueRow {
  cardId: string;
  position: unknown;
  parentId: string | null;
  due: unknown;
  stability: number;
  difficulty: number;
  elapsedDays: unknown;
  scheduledDays: unknown;
  learningSteps: unknown;
  reps: unknown;
  lapses: unknown;
  state: unknown;
  lastReview: unknown;
  suspended: unknown;
  lastRating: unknown;
  passedAt: unknown;
}

/** The FSRS columns of a card_state row read by hand. */
export function fsrsStateOf(r: Omit<DueRow, "cardId" | "position" | "parentId" | "suspended" | "lastRating" | "passedAt">): CardStateRow {
  return {
    due: toDate(r.due),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    elapsedDays: toNum(r.elapsedDays),
    scheduledDays: toNum(r.scheduledDays),
    learningSteps: toNum(r.learningSteps),
    reps: toNum(r.reps),
    lapses: toNum(r.lapses),
    state: toNum(r.state) as CardStateRow["state"],
    lastReview: toDateOrNull(r.lastReview),
  };
}

/** A due candidate: what the queue orders and gates by (the head's full state is read after). */
interface CandidateRow {
  cardId: string;
  position: unknown;
  parentId: string | null;
  due: unknown;
  scheduledDays: unknown;
  state: unknown;
  lastRating: unknown;
  passedAt: unknown;
}

const CANDIDATE_COLUMNS = `s."cardId" AS "cardId", s."position" AS "position", s."parentId" AS "parentId", s."due" AS "due",
  s."scheduledDays" AS "scheduledDays", s."state" AS "state", s."lastRating" AS "lastRating", s."passedAt" AS "passedAt"`;

function fromCandidate(r: CandidateRow): QueueCard {
  return {
    cardId: r.cardId,
    position: toNum(r.position),
    parentId: r.parentId,
    archived: false,
    suspended: false,
    state: { due: toDate(r.due), state: toNum(r.state) as QueueState["state"], scheduledDays: toNum(r.scheduledDays) },
    lastRating: toNum(r.lastRating),
    passedAt: toDateOrNull(r.passedAt),
  };
}

type NewRow = { id: string; position: unknown; parentId: string | null };

function asNew(c: NewRow): QueueCard {
  return { cardId: c.id, position: toNum(c.position), parentId: c.parentId, archived: false, suspended: false, state: null, lastRating: 0, passedAt: null };
}

export interface CandidateQuery {
  /** The decks to study (already checked visible), or null for every visible deck. */
  deckIds: readonly string[] | null;
  now: Date;
  dueBefore: Date;
  /** The card graded last (its new follow-ups come right after it). */
  lastGradedId: string | null;
  newLimit: number;
  /** Unlocked follow-ups still allowed today (their own limit). */
  followupLimit: number;
}

/**
 * The deck part of a candidate query: `deckIds` null means every visible deck.
 * Returns the SQL condition on card alias `c` and its parameters.
 */
function deckCondition(user: SessionUser, deckIds: readonly string[] | null, column = `c."deckId"`): [string, unknown[]] {
  if (!deckIds) return [`${column} IN (SELECT d."id" FROM "deck" d WHERE d."builtIn" = true OR d."ownerId" = ?)`, [user.id]];
  if (deckIds.length === 0) return ["1 = 0", []];
  return [`${column} IN (${deckIds.map(() => "?").join(", ")})`, [...deckIds]];
}

const STATE_COLUMNS = `s."due" AS "due", s."stability" AS "stability", s."difficulty" AS "difficulty", s."elapsedDays" AS "elapsedDays",
  s."scheduledDays" AS "scheduledDays", s."learningSteps" AS "learningSteps", s."reps" AS "reps", s."lapses" AS "lapses",
  s."state" AS "state", s."lastReview" AS "lastReview"`;

/**
 * The due part of a study queue's candidates: the head of each due range from
 * `due_state`, deduplicated.
 */
export function* dueCandidatesPlan(user: SessionUser, q: CandidateQuery): SqlPlan<QueueCard[]> {
  const [dueDeckSql, dueDeckParams] = deckCondition(user, q.deckIds, `s."deckId"`);
  // The head of each due range from due_state (states not suspended, cards not archived;
  // migration 0011), read from its queue index alone (0012). The queue serves learning steps due
  // now and interday steps before reviews, so one range ordered by due over every state would
  // miss a step due now behind a backlog of older reviews: each range below stops after
  // DUE_PER_RANGE rows. Learning and relearning are read three ways (due now; the next ones due
  // later today; interday steps later today, which the queue also serves before reviews).
  // "counts" is the queue's gate on a follow-up (its topic studied and not failing), so gated
  // rows do not crowd the head out; New (0) rows never count (the flag is false for them).
  const params: unknown[] = [];
  const range = (state: number, when: string, ...whenParams: unknown[]) => {
    params.push(user.id, ...whenParams, ...dueDeckParams);
    return `SELECT * FROM (SELECT ${CANDIDATE_COLUMNS} FROM "due_state" s
      WHERE s."userId" = ? AND s."state" = ${state} AND s."counts" = ${state > 0} AND ${when} AND ${dueDeckSql}
      ORDER BY s."due" ASC LIMIT ${DUE_PER_RANGE}) AS "s${params.length}"`;
  };
  const { now, dueBefore } = q;
  const learning = (state: number) => [
    range(state, `s."due" <= ?`, now),
    range(state, `s."due" > ? AND s."due" < ?`, now, dueBefore),
    range(state, `s."due" > ? AND s."due" < ? AND s."scheduledDays" >= 1`, now, dueBefore),
  ];
  const sql = [...learning(1), ...learning(3), range(2, `s."due" < ?`, dueBefore), range(0, `s."due" < ?`, dueBefore)].join("\n    UNION ALL ");
  // An interday step due later today can come from two ranges.
  const due = new Map((yield* selectRows<CandidateRow>(sql, ...params)).map((r) => [r.cardId, r] as const));
  return [...due.values()].map(fromCandidate);
}

// The new follow-ups of one card (the one graded last), first by position. The deck check is an
// EXISTS so that the planner reads the card's children by parentId, not whole decks in position order.
const CHILDREN_SQL = (deckSql: string) => `SELECT c."id" AS "id", c."position" AS "position", c."parentId" AS "parentId" FROM "card" c
  WHERE c."parentId" = ? AND c."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "deck" k WHERE k."id" = c."deckId" AND ${deckSql})
    AND NOT EXISTS (SELECT 1 FROM "card_state" s WHERE s."userId" = ? AND s."cardId" = c."id")
  ORDER BY c."position" ASC, c."id" ASC LIMIT 1`;

/**
 * The first new follow-up of the card graded last (an interviewer's tail question comes right
 * after its topic), when today's follow-up allowance has room; the queue gates it on its topic.
 */
export function* lastGradedFollowupPlan(user: SessionUser, q: CandidateQuery): SqlPlan<QueueCard[]> {
  if (!q.lastGradedId || q.followupLimit <= 0) return [];
  const [deckSql, deckParams] = deckCondition(user, q.deckIds, `k."id"`);
  return (yield* selectRows<NewRow>(CHILDREN_SQL(deckSql), q.lastGradedId, ...deckParams, user.id)).map(asNew);
}

/**
 * The never-studied candidates that can head a queue without due cards: the first new topic
 * card, and the new follow-ups whose topic has been passed, up to that topic's position. New
 * cards are served by position, and a topic (it has no parent) is never moved behind another
 * card, so no later new card can come first.
 */
export function* headNewCandidatesPlan(user: SessionUser, q: CandidateQuery): SqlPlan<QueueCard[]> {
  // The first new topic by position, each deck read from its frontier (deck_progress).
  const [first] = yield* firstNewTopicsPlan(user, ...deckCondition(user, q.deckIds, `dc."deckId"`), Math.min(q.newLimit, 1));
  // New follow-ups whose topic card was passed and is not failing now (unlocked_followup).
  const followupLimit = q.followupLimit > 0 ? Math.max(q.followupLimit, MAX_FOLLOWUPS) : 0;
  const upTo = first ? toNum(first.position) : undefined;
  const followups = yield* unlockedFollowupsPlan(user, ...deckCondition(user, q.deckIds, `u."deckId"`), followupLimit, upTo);
  return [...(first ? [asNew(first)] : []), ...followups.map(asNew)];
}

const HEAD_STATE_SQL = `SELECT ${STATE_COLUMNS} FROM "card_state" s WHERE s."userId" = ? AND s."cardId" = ?`;

/** The full FSRS state of the card a session serves (for the grade previews); null when it has none. */
export function* headStatePlan(user: SessionUser, cardId: string): SqlPlan<CardStateRow | null> {
  const [row] = yield* selectRows<Parameters<typeof fsrsStateOf>[0]>(HEAD_STATE_SQL, user.id, cardId);
  return row ? fsrsStateOf(row) : null;
}
