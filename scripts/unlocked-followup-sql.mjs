// The SQL that keeps unlocked_followup (migration 0014), from one definition of its rows: the
// triggers of both databases, the backfill, and the recount the tests compare it with.
// `node scripts/unlocked-followup-sql.mjs sqlite|postgresql` prints the backfill and a
// database's triggers (Prisma does not model triggers; rebuilding card, card_state or user
// drops them on SQLite, so a later migration that does must recreate them).
//
// A row: a follow-up a user may start now. The card is not archived and has a topic; the user
// has a state on that topic which is passed and not failing (Relearning or last rated Again),
// and no state on the follow-up. deck_progress."unlockedFollowups" (0008) counts the same rows
// per deck; this table lets the next card read the first ones by position from one index
// instead of walking every deck's follow-ups.

/** The rows where `where` (on follow-up `f` and topic state `p`) holds. */
export function unlockedRows(where) {
  return `SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE ${where} AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id")`;
}

const insert = (where) => `INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    ${unlockedRows(where)};`;
// One user's row of one card (as a follow-up), recomputed.
const syncOwn = (uid, cid) => `DELETE FROM "unlocked_followup" WHERE "userId" = ${uid} AND "cardId" = ${cid};
  ${insert(`p."userId" = ${uid} AND f."id" = ${cid}`)}`;
// One user's rows of a topic's follow-ups, recomputed.
const syncChildren = (uid, tid) => `DELETE FROM "unlocked_followup" WHERE "userId" = ${uid} AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = ${tid});
  ${insert(`p."userId" = ${uid} AND p."cardId" = ${tid}`)}`;
// What decides whether a topic state unlocks its follow-ups.
const opens = (row) => `(${row}."passedAt" IS NOT NULL AND ${row}."state" <> 3 AND ${row}."lastRating" <> 1)`;

/** Every row, for the migration's backfill. */
export function backfill() {
  return `${insert("true")}\n`;
}

/** The rows as the triggers should have left them where `where` (on `f` and `p`) holds, in the stored table's column names. */
export function recountSql(where = "true") {
  return unlockedRows(where).replace(
    `SELECT p."userId", f."id", f."deckId", f."position", f."parentId"`,
    `SELECT p."userId" AS "userId", f."id" AS "cardId", f."deckId" AS "deckId", f."position" AS "position", f."parentId" AS "parentId"`,
  );
}

/** The stored rows of one user (`?`), in the recount's shape. */
export function storedSql() {
  return `SELECT "userId", "cardId", "deckId", "position", "parentId" FROM "unlocked_followup" WHERE "userId" = ?`;
}

/** SQLite: each trigger recomputes the rows it can change (delete, then insert what qualifies). */
export function sqliteTriggers() {
  return `-- A state appears or goes: the card's own row and its follow-ups' rows.
CREATE TRIGGER "unlocked_followup_state_insert" AFTER INSERT ON "card_state"
BEGIN
  ${syncOwn(`NEW."userId"`, `NEW."cardId"`)}
  ${syncChildren(`NEW."userId"`, `NEW."cardId"`)}
END;

CREATE TRIGGER "unlocked_followup_state_delete" AFTER DELETE ON "card_state"
BEGIN
  ${syncOwn(`OLD."userId"`, `OLD."cardId"`)}
  ${syncChildren(`OLD."userId"`, `OLD."cardId"`)}
END;

-- A topic passed, lapsed or recovered, or a state moved to another user or card (restore).
-- A grade that changes neither does not fire it.
CREATE TRIGGER "unlocked_followup_state_update" AFTER UPDATE OF "passedAt", "state", "lastRating", "userId", "cardId" ON "card_state"
  WHEN ${opens("OLD")} IS NOT ${opens("NEW")} OR OLD."userId" IS NOT NEW."userId" OR OLD."cardId" IS NOT NEW."cardId"
BEGIN
  ${syncOwn(`OLD."userId"`, `OLD."cardId"`)}
  ${syncChildren(`OLD."userId"`, `OLD."cardId"`)}
  ${syncOwn(`NEW."userId"`, `NEW."cardId"`)}
  ${syncChildren(`NEW."userId"`, `NEW."cardId"`)}
END;

CREATE TRIGGER "unlocked_followup_card_insert" AFTER INSERT ON "card" WHEN NEW."parentId" IS NOT NULL AND NEW."archivedAt" IS NULL
BEGIN
  ${insert(`f."id" = NEW."id"`)}
END;

-- A card archived or restored, moved to another deck or position, or re-parented: its rows for every user.
CREATE TRIGGER "unlocked_followup_card_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card"
  WHEN (OLD."archivedAt" IS NULL) IS NOT (NEW."archivedAt" IS NULL) OR OLD."parentId" IS NOT NEW."parentId" OR OLD."deckId" IS NOT NEW."deckId" OR OLD."position" IS NOT NEW."position"
BEGIN
  DELETE FROM "unlocked_followup" WHERE "cardId" = NEW."id";
  ${insert(`f."id" = NEW."id"`)}
END;

-- The 0008 trigger deletes a card's states before the card goes (their triggers run then); this is for what is left.
CREATE TRIGGER "unlocked_followup_card_delete" AFTER DELETE ON "card"
BEGIN
  DELETE FROM "unlocked_followup" WHERE "cardId" = OLD."id";
END;

CREATE TRIGGER "unlocked_followup_user_delete" AFTER DELETE ON "user"
BEGIN
  DELETE FROM "unlocked_followup" WHERE "userId" = OLD."id";
END;
`;
}

/**
 * PostgreSQL: the same rules. Row triggers of concurrent transactions see each other's rows only
 * once committed, so one user's state changes take a per-user advisory lock (key space 7012)
 * before touching the table: a topic passed in one tab while its follow-up is reset in another
 * would otherwise each miss the other's change. A card changed while a grade unlocks it can
 * still leave a row the next card's read skips (it re-checks the card and the state).
 */
export function postgresTriggers() {
  return `CREATE FUNCTION "unlocked_followup_sync"(uid TEXT, cid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7012, hashtext(uid));
  ${syncOwn("uid", "cid")}
  ${syncChildren("uid", "cid")}
END $$;

CREATE FUNCTION "unlocked_followup_card_state"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "unlocked_followup_sync"(OLD."userId", OLD."cardId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "unlocked_followup_sync"(NEW."userId", NEW."cardId");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "unlocked_followup_state_insert_delete" AFTER INSERT OR DELETE ON "card_state" FOR EACH ROW EXECUTE FUNCTION "unlocked_followup_card_state"();
-- A topic passed, lapsed or recovered, or a state moved to another user or card (restore).
CREATE TRIGGER "unlocked_followup_state_update" AFTER UPDATE OF "passedAt", "state", "lastRating", "userId", "cardId" ON "card_state" FOR EACH ROW
  WHEN (${opens("OLD")} IS DISTINCT FROM ${opens("NEW")} OR OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."cardId" IS DISTINCT FROM NEW."cardId")
  EXECUTE FUNCTION "unlocked_followup_card_state"();

-- A card added, archived or restored, moved to another deck or position, re-parented or deleted: its rows for every user.
CREATE FUNCTION "unlocked_followup_card"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "unlocked_followup" WHERE "cardId" = OLD."id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    ${insert(`f."id" = NEW."id"`)}
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "unlocked_followup_card_insert" AFTER INSERT ON "card" FOR EACH ROW
  WHEN (NEW."parentId" IS NOT NULL AND NEW."archivedAt" IS NULL) EXECUTE FUNCTION "unlocked_followup_card"();
CREATE TRIGGER "unlocked_followup_card_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card" FOR EACH ROW
  WHEN ((OLD."archivedAt" IS NULL) IS DISTINCT FROM (NEW."archivedAt" IS NULL) OR OLD."parentId" IS DISTINCT FROM NEW."parentId" OR OLD."deckId" IS DISTINCT FROM NEW."deckId" OR OLD."position" IS DISTINCT FROM NEW."position")
  EXECUTE FUNCTION "unlocked_followup_card"();
CREATE TRIGGER "unlocked_followup_card_delete" AFTER DELETE ON "card" FOR EACH ROW EXECUTE FUNCTION "unlocked_followup_card"();

CREATE FUNCTION "unlocked_followup_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "unlocked_followup" WHERE "userId" = OLD."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "unlocked_followup_user_delete" AFTER DELETE ON "user" FOR EACH ROW EXECUTE FUNCTION "unlocked_followup_user"();
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2];
  if (which === "sqlite") process.stdout.write(`${backfill()}\n${sqliteTriggers()}`);
  else if (which === "postgresql") process.stdout.write(`${backfill()}\n${postgresTriggers()}`);
  else {
    console.error("usage: node scripts/unlocked-followup-sql.mjs sqlite|postgresql");
    process.exit(1);
  }
}
