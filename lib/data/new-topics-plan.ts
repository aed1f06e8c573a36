import "server-only";
import { databaseProvider } from "@/lib/db/database-url";
import { selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import type { SessionUser } from "./session-user";

/** A new topic card (no state for the user yet), as the candidate list needs it. */
export interface NewTopicRow {
  id: string;
  position: unknown;
  parentId: string | null;
}

// Per deck: topics (deck_count), how many of them the user studied and the
// frontier below which no new topic sits (deck_progress, kept by the 0008 triggers),
// then the deck's first new topic and the position of its second, walked from the
// frontier (an index entry or two when the frontier is exact; only decks with a new topic left).
const NEW_WALK = (select: string, offset: number) => `(SELECT ${select} FROM "card" c
        WHERE c."deckId" = dc."deckId" AND c."archivedAt" IS NULL AND c."position" >= COALESCE(p."newFrom", 0) AND c."parentId" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "card_state" s WHERE s."userId" = ? AND s."cardId" = c."id")
        ORDER BY c."position" ASC, c."id" ASC LIMIT 1 OFFSET ${offset})`;
// The first one comes as "position:id" from one walk (no second lookup of the card); the second
// only matters when more than one topic is asked for.
const FRONTIERS_SQL = (deckSql: string, second: boolean) => `SELECT dc."deckId" AS "deckId",
    CASE WHEN dc."topics" > COALESCE(p."studiedTopics", 0) THEN ${NEW_WALK(`CAST(c."position" AS TEXT) || ':' || c."id"`, 0)} END AS "first",
    ${second ? `CASE WHEN dc."topics" > COALESCE(p."studiedTopics", 0) + 1 THEN ${NEW_WALK(`c."position"`, 1)} END` : "NULL"} AS "second"
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

// Every new topic up to a position, over several decks in one statement, each deck walked
// from its own first new topic (a derived table of (deck, from) pairs, in chunks of fixed size).
const CHUNK = 16;
const NEW_UP_TO_SQL = `SELECT c."id" AS "id", c."position" AS "position", c."parentId" AS "parentId"
  FROM (${Array.from({ length: CHUNK }, () => `SELECT CAST(? AS TEXT) AS "deckId", CAST(? AS INTEGER) AS "fromPos"`).join(" UNION ALL ")}) k
  JOIN "card" c ON c."deckId" = k."deckId" AND c."archivedAt" IS NULL AND c."position" >= k."fromPos" AND c."position" <= ? AND c."parentId" IS NULL
  WHERE NOT EXISTS (SELECT 1 FROM "card_state" s WHERE s."userId" = ? AND s."cardId" = c."id")`;

const byPositionThenId = (a: NewTopicRow, b: NewTopicRow) => toNum(a.position) - toNum(b.position) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The first `limit` new topic cards by (position, id) over the given decks
 * (`deckSql` is a condition on `dc."deckId"` with its parameters). Only decks
 * with a new topic left are read, each from its first new topic, so a session
 * never walks the topics a user already studied. With at least `limit` such
 * decks, the `limit`-th smallest first position bounds the answer: decks whose
 * first new topic sits before it are read up to it (a few statements), and the
 * rows are sorted here. Otherwise the
 * decks are read one by one, in frontier order, stopping once no later deck
 * can hold a card before the ones found.
 */
export function* firstNewTopicsPlan(user: SessionUser, deckSql: string, deckParams: unknown[], limit: number): SqlPlan<NewTopicRow[]> {
  if (limit <= 0) return [];
  const decks = (yield* selectRows<{ deckId: string; first: string | null; second: unknown }>(FRONTIERS_SQL(deckSql, limit > 1), ...(limit > 1 ? [user.id, user.id, user.id] : [user.id, user.id]), ...deckParams))
    .filter((d): d is typeof d & { first: string } => d.first !== null && d.first !== undefined)
    .map((d) => {
      const colon = d.first.indexOf(":");
      const second = d.second === null || d.second === undefined ? null : toNum(d.second);
      return { deckId: d.deckId, firstId: d.first.slice(colon + 1), from: Number(d.first.slice(0, colon)), second };
    })
    .sort((a, b) => a.from - b.from);
  if (decks.length >= limit) {
    const bound = decks[limit - 1]!.from;
    // A deck's first new topic is known; the rest of the deck is read (up to the bound)
    // only when its second new topic sits at or before the bound.
    const within = decks.filter((d) => d.from <= bound && d.second !== null && d.second <= bound);
    const read = new Set(within.map((d) => d.deckId));
    let found: NewTopicRow[] = decks.filter((d) => d.from <= bound && !read.has(d.deckId)).map((d) => ({ id: d.firstId, position: d.from, parentId: null }));
    for (let i = 0; i < within.length; i += CHUNK) {
      const chunk = within.slice(i, i + CHUNK);
      // Unused slots repeat the chunk's first deck (UNION ALL: its rows would come twice, so they are deduplicated below).
      const pairs = Array.from({ length: CHUNK }, (_, j) => chunk[j] ?? chunk[0]!).flatMap((d) => [d.deckId, d.from]);
      found.push(...(yield* selectRows<NewTopicRow>(NEW_UP_TO_SQL, ...pairs, bound, user.id)));
    }
    const unique = new Map(found.map((r) => [r.id, r]));
    found = [...unique.values()].sort(byPositionThenId).slice(0, limit);
    return found;
  }
  let found: NewTopicRow[] = [];
  for (const deck of decks) {
    // A deck whose first new topic is past the last card we keep cannot change the answer.
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

// The first unlocked follow-ups by (position, id), from unlocked_followup's order index (kept by
// the 0014 triggers, exact on SQLite, where writers are serialised). On PostgreSQL a card archived
// or re-parented while a grade of its topic commits can leave a row behind
// (scripts/unlocked-followup-sql.mjs), so there each row is checked against the card and the
// user's states once more, and ids are ordered bytewise as in SQLite and JavaScript whatever the
// database's collation. SQLite skips the check: the card's row holds the answer text before the
// columns it would read.
const UNLOCKED_SQL = (deckSql: string, upTo: boolean, postgres: boolean) => `SELECT u."cardId" AS "id", u."position" AS "position", u."parentId" AS "parentId"
  FROM "unlocked_followup" u${postgres ? ` JOIN "card" c ON c."id" = u."cardId"` : ""}
  WHERE u."userId" = ? AND ${deckSql}${upTo ? ` AND u."position" <= ?` : ""}${
    postgres
      ? `
    AND c."archivedAt" IS NULL AND c."parentId" = u."parentId"
    AND NOT EXISTS (SELECT 1 FROM "card_state" fs WHERE fs."userId" = u."userId" AND fs."cardId" = u."cardId")`
      : ""
  }
  ORDER BY u."position" ASC, u."cardId"${postgres ? ` COLLATE "C"` : ""} ASC LIMIT ?`;

/**
 * The first `limit` new follow-ups whose topic is passed and not failing, by
 * (position, id), over the decks `deckSql` allows (a condition on `u."deckId"`
 * with its parameters), optionally only up to a position.
 */
export function* unlockedFollowupsPlan(
  user: SessionUser,
  deckSql: string,
  deckParams: unknown[],
  limit: number,
  upToPosition?: number,
): SqlPlan<NewTopicRow[]> {
  if (limit <= 0) return [];
  const postgres = databaseProvider() === "postgresql";
  // An integer parameter only when there is a bound: PostgreSQL types it as its 32-bit column and
  // refuses a larger "no bound" value.
  return upToPosition === undefined
    ? yield* selectRows<NewTopicRow>(UNLOCKED_SQL(deckSql, false, postgres), user.id, ...deckParams, limit)
    : yield* selectRows<NewTopicRow>(UNLOCKED_SQL(deckSql, true, postgres), user.id, ...deckParams, upToPosition, limit);
}
