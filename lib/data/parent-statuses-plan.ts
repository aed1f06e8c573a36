import "server-only";
import { selectRows, toDate, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import type { ParentStatus, QueueCard } from "@/lib/scheduler/queue";
import type { SessionUser } from "./session-user";

// Parents' states in fixed-size batches (one prepared statement; unused slots repeat the first id),
// with their due_state row when they have one (not suspended, card not archived).
const PARENT_BATCH = 32;
const PARENT_SQL = `SELECT s."cardId" AS "cardId", s."passedAt" AS "passedAt", s."state" AS "state", s."lastRating" AS "lastRating",
    s."due" AS "due", s."scheduledDays" AS "scheduledDays", d."counts" AS "counts", d."cardId" AS "queued"
  FROM "card_state" s LEFT JOIN "due_state" d ON d."userId" = s."userId" AND d."cardId" = s."cardId"
  WHERE s."userId" = ? AND s."cardId" IN (${Array.from({ length: PARENT_BATCH }, () => "?").join(", ")})`;

type ParentRow = { cardId: string; passedAt: unknown; state: unknown; lastRating: unknown; due: unknown; scheduledDays: unknown; counts: unknown; queued: string | null };

export interface ParentQuery {
  now: Date;
  /** The queue's range: what is due before this is served in it. */
  dueBefore: Date;
  /** The card graded last: its follow-ups may come right after it even when it is due again. */
  lastGradedId: string | null;
}

const isTrue = (v: unknown) => v === true || v === 1 || v === 1n;

/** How one parent stands, from its state and its due_state row. */
function statusOf(r: ParentRow, q: ParentQuery): ParentStatus {
  const state = toNum(r.state);
  const queued = r.queued !== null && r.queued !== undefined;
  // A learning or review state that does not count is a follow-up whose own topic is failing or
  // unstudied (due_state's rule): the queue hides it, and so its follow-ups, as when it is a candidate.
  const heldBack = queued && state > 0 && !isTrue(r.counts);
  const due = toDate(r.due).getTime();
  const servedNow = state === 2 ? due < q.dueBefore.getTime() : (state === 1 || state === 3) && due < q.dueBefore.getTime() && (due <= q.now.getTime() || toNum(r.scheduledDays) >= 1);
  return {
    passed: r.passedAt !== null && r.passedAt !== undefined,
    failing: state === 3 || toNum(r.lastRating) === 1 || heldBack,
    due: queued && !heldBack && servedNow && r.cardId !== q.lastGradedId,
  };
}

/**
 * Status of the parents that are not themselves candidates (the candidates are only the head
 * of each due range): passed, failing or held back, and whether the queue would serve them
 * before their follow-ups. Parents in `known` are not read again (and are returned with the rest).
 */
export function* parentStatusesPlan(
  user: SessionUser,
  cards: readonly QueueCard[],
  q: ParentQuery,
  known: ReadonlyMap<string, ParentStatus> = new Map(),
): SqlPlan<Map<string, ParentStatus>> {
  const inList = new Set(cards.map((c) => c.cardId));
  const ids = [...new Set(cards.map((c) => c.parentId).filter((id): id is string => !!id && !inList.has(id) && !known.has(id)))];
  const out = new Map(known);
  for (let i = 0; i < ids.length; i += PARENT_BATCH) {
    const batch = ids.slice(i, i + PARENT_BATCH);
    const params = Array.from({ length: PARENT_BATCH }, (_, j) => batch[j] ?? batch[0]);
    for (const r of yield* selectRows<ParentRow>(PARENT_SQL, user.id, ...params)) out.set(r.cardId, statusOf(r, q));
  }
  return out;
}
