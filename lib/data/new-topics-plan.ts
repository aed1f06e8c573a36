import "server-only";
import { selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import type { SessionUser } from "./session-user";

/** A new topic card (no state for the user yet), as the candidate list needs it. */
export interface NewTopicRow {
  id: string;
  position: unknown;
  parentId: string | null;
}

// Per deck: topics (deck_count), how many of them the user studied and the
// frontier below which no new topic sits (deck_progress, kept by the 0008 triggers).
const FRONTIERS_SQL = (deckSql: string) => `SELECT dc."deckId" AS "deckId", dc."topics" AS "topics",
    COALESCE(p."studiedTopics", 0) AS "studied", COALESCE(p."newFrom", 0) AS "newFrom"
  FROM "deck_count" dc LEFT JOIN "deck_progress" p ON p."userId" = ? AND p."deckId" = dc."deckId"
  WHERE ${deckSql}`;
// One deck, walking (deckId, archivedAt, position) from the frontier: it stops after `limit` new topics.
const DECK_NEW_SQL = `SELECT c."id" AS "id", c."position" AS "position", c."parentId" AS "parentId" FROM "card" c
  WHERE c."deckId" = ? AND c."archivedAt" IS NULL AND c."position" >= ? AND c."parentId" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "card_state" s WHERE s."userId" = ? AND s."cardId" = c."id")
  ORDER BY c."position" ASC, c."id" ASC LIMIT ?`;

// Once `limit` cards are found, a later deck only matters up to the last one's position
// (ties are settled by id in JavaScript: collations differ between the databases).
const DECK_NEW_BEFORE_SQL = DECK_NEW_SQL.replace(`ORDER BY`, `AND c."position" <= ?
  ORDER BY`);

const byPositionThenId = (a: NewTopicRow, b: NewTopicRow) => toNum(a.position) - toNum(b.position) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The first `limit` new topic cards by (position, id) over the given decks
 * (`deckSql` is a condition on `dc."deckId"` with its parameters). Only decks
 * with a new topic left are read, each from its frontier, in frontier order;
 * it stops once no later deck can hold a card before the ones found, so a
 * session never walks the topics a user already studied.
 */
export function* firstNewTopicsPlan(user: SessionUser, deckSql: string, deckParams: unknown[], limit: number): SqlPlan<NewTopicRow[]> {
  if (limit <= 0) return [];
  const decks = (yield* selectRows<{ deckId: string; topics: unknown; studied: unknown; newFrom: unknown }>(FRONTIERS_SQL(deckSql), user.id, ...deckParams))
    .filter((d) => toNum(d.topics) > toNum(d.studied))
    .map((d) => ({ deckId: d.deckId, from: toNum(d.newFrom) }))
    .sort((a, b) => a.from - b.from);
  let found: NewTopicRow[] = [];
  for (const deck of decks) {
    // A deck whose frontier is past the last card we keep cannot change the answer.
    const last = found[limit - 1];
    if (last && deck.from > toNum(last.position)) break;
    const rows = last
      ? yield* selectRows<NewTopicRow>(DECK_NEW_BEFORE_SQL, deck.deckId, deck.from, user.id, toNum(last.position), limit)
      : yield* selectRows<NewTopicRow>(DECK_NEW_SQL, deck.deckId, deck.from, user.id, limit);
    found.push(...rows);
    found = found.sort(byPositionThenId).slice(0, limit);
  }
  return found;
}

// Decks with unlocked follow-ups (kept by the 0008 triggers), then each deck's follow-ups.
const FOLLOWUP_DECKS_SQL = (deckSql: string) => `SELECT p."deckId" AS "deckId" FROM "deck_progress" p
  WHERE p."userId" = ? AND p."unlockedFollowups" > 0 AND ${deckSql}`;
const DECK_FOLLOWUPS_SQL = `SELECT c."id" AS "id", c."position" AS "position", c."parentId" AS "parentId"
  FROM "card" c JOIN "card_state" p ON p."userId" = ? AND p."cardId" = c."parentId"
  WHERE c."deckId" = ? AND c."archivedAt" IS NULL AND c."parentId" IS NOT NULL
    AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
    AND NOT EXISTS (SELECT 1 FROM "card_state" fs WHERE fs."userId" = ? AND fs."cardId" = c."id")
  ORDER BY c."position" ASC, c."id" ASC LIMIT ?`;

/**
 * The first `limit` new follow-ups whose topic is passed and not failing, by
 * (position, id), read only from the decks whose counter says they have one
 * (`deckSql` is a condition on `p."deckId"` with its parameters).
 */
export function* unlockedFollowupsPlan(user: SessionUser, deckSql: string, deckParams: unknown[], limit: number): SqlPlan<NewTopicRow[]> {
  if (limit <= 0) return [];
  const decks = yield* selectRows<{ deckId: string }>(FOLLOWUP_DECKS_SQL(deckSql), user.id, ...deckParams);
  let found: NewTopicRow[] = [];
  for (const { deckId } of decks) {
    found.push(...(yield* selectRows<NewTopicRow>(DECK_FOLLOWUPS_SQL, user.id, deckId, user.id, limit)));
    found = found.sort(byPositionThenId).slice(0, limit);
  }
  return found;
}
