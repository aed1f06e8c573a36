// The SQL that keeps due_state (migrations 0011 and 0012), from one definition of its rows:
// the triggers of both databases, the backfill and the recount the tests and the crash
// check compare it with. `node scripts/due-state-sql.mjs sqlite|postgresql` prints the
// backfill and a database's triggers, for a later migration that must rebuild the table or
// recreate them (Prisma does not model triggers, and rebuilding card_state, card or user
// drops them on SQLite).
//
// A row: a card state that is not suspended, of a card that is not archived, with what the
// next card's queue orders and gates by, and "counts": the state is learning or review and,
// for a follow-up, its topic has a state that is not failing (Relearning or last rated Again).
// The due counts count only rows that count; the queue reads only those.

/** due_state's columns in order, each with its value for card_state `s` joined to card `c`. */
const COLUMNS = [
  ["userId", `s."userId"`],
  ["cardId", `s."cardId"`],
  ["deckId", `c."deckId"`],
  ["due", `s."due"`],
  ["state", `s."state"`],
  ["counts", null], // countsOf below
  ["scheduledDays", `s."scheduledDays"`],
  ["lastRating", `s."lastRating"`],
  ["passedAt", `s."passedAt"`],
  ["position", `c."position"`],
  ["parentId", `c."parentId"`],
];

/** A topic state (alias p) that lets its follow-ups count: present and not failing. */
const topicHolds = (uid, cid) => `EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = ${uid} AND p."cardId" = ${cid} AND p."state" <> 3 AND p."lastRating" <> 1)`;

/** "counts" for card_state `s` of card `c` (a boolean expression). */
export function countsOf(s = "s", c = "c") {
  return `${s}."state" > 0 AND (${c}."parentId" IS NULL OR ${topicHolds(`${s}."userId"`, `${c}."parentId"`)})`;
}

const names = COLUMNS.map(([n]) => `"${n}"`).join(", ");
const values = COLUMNS.map(([n, v]) => v ?? countsOf()).join(", ");

/** The rows due_state should hold where `where` (on `s` and `c`) holds. */
export function dueStateRows(where) {
  return `SELECT ${values}
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE ${where} AND s."suspended" = false AND c."archivedAt" IS NULL`;
}

/** The recount of the rows where `where` holds (default: one user, `?`), columns named as in the table, counts as 0/1. */
export function recountSql(where = `s."userId" = ?`) {
  const cols = COLUMNS.map(([n, v]) => (v ? `${v} AS "${n}"` : `CASE WHEN ${countsOf()} THEN 1 ELSE 0 END AS "counts"`)).join(", ");
  return `SELECT ${cols} FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE ${where} AND s."suspended" = false AND c."archivedAt" IS NULL`;
}

/** The stored rows of one user (`?`), in the recount's shape. */
export function storedSql() {
  const cols = COLUMNS.map(([n]) => (n === "counts" ? `CASE WHEN "counts" THEN 1 ELSE 0 END AS "counts"` : `"${n}"`)).join(", ");
  return `SELECT ${cols} FROM "due_state" WHERE "userId" = ?`;
}

/** due_state's column names, in order. */
export const DUE_STATE_COLUMNS = COLUMNS.map(([n]) => n);

const insert = (where) => `INSERT INTO "due_state" (${names})
    ${dueStateRows(where)};`;
const refreshFollowups = (uid, cid) => `UPDATE "due_state" SET "counts" = "state" > 0 AND ${topicHolds(uid, cid)}
    WHERE "userId" = ${uid} AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = ${cid});`;

/** Every state not suspended whose card is not archived. */
export function backfill() {
  return `${insert("true")}\n`;
}

/**
 * SQLite: each trigger recomputes the rows it touches (delete, then insert what qualifies),
 * so the order rows change in does not matter. A topic that starts or stops failing, or whose
 * state appears, goes or moves, refreshes its follow-ups' "counts".
 */
export function sqliteTriggers() {
  return `CREATE TRIGGER "due_state_insert" AFTER INSERT ON "card_state"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = NEW."userId" AND "cardId" = NEW."cardId";
  ${insert(`s."userId" = NEW."userId" AND s."cardId" = NEW."cardId"`)}
  ${refreshFollowups(`NEW."userId"`, `NEW."cardId"`)}
END;

CREATE TRIGGER "due_state_update" AFTER UPDATE ON "card_state"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = OLD."userId" AND "cardId" = OLD."cardId";
  DELETE FROM "due_state" WHERE "userId" = NEW."userId" AND "cardId" = NEW."cardId";
  ${insert(`s."userId" = NEW."userId" AND s."cardId" = NEW."cardId"`)}
END;

CREATE TRIGGER "due_state_update_topic" AFTER UPDATE OF "state", "lastRating", "userId", "cardId" ON "card_state"
  WHEN (OLD."state" = 3 OR OLD."lastRating" = 1) IS NOT (NEW."state" = 3 OR NEW."lastRating" = 1)
    OR OLD."userId" IS NOT NEW."userId" OR OLD."cardId" IS NOT NEW."cardId"
BEGIN
  ${refreshFollowups(`OLD."userId"`, `OLD."cardId"`)}
  ${refreshFollowups(`NEW."userId"`, `NEW."cardId"`)}
END;

CREATE TRIGGER "due_state_delete" AFTER DELETE ON "card_state"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = OLD."userId" AND "cardId" = OLD."cardId";
  ${refreshFollowups(`OLD."userId"`, `OLD."cardId"`)}
END;

-- A card archived or restored, moved to another deck or position, or re-parented: all of its states.
CREATE TRIGGER "due_state_card_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card"
  WHEN (OLD."archivedAt" IS NULL) IS NOT (NEW."archivedAt" IS NULL) OR OLD."parentId" IS NOT NEW."parentId" OR OLD."deckId" IS NOT NEW."deckId" OR OLD."position" IS NOT NEW."position"
BEGIN
  DELETE FROM "due_state" WHERE "cardId" = NEW."id";
  ${insert(`s."cardId" = NEW."id"`)}
END;

-- The 0008 trigger deletes a card's states before the card goes; this is for what is left.
CREATE TRIGGER "due_state_card_delete" AFTER DELETE ON "card"
BEGIN
  DELETE FROM "due_state" WHERE "cardId" = OLD."id";
END;

CREATE TRIGGER "due_state_user_delete" AFTER DELETE ON "user"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = OLD."id";
END;
`;
}

/** The names migration 0012 drops before recreating them (SQLite triggers; PostgreSQL triggers and functions). */
export const SQLITE_TRIGGERS = ["due_state_insert", "due_state_update", "due_state_update_topic", "due_state_delete", "due_state_card_update", "due_state_card_delete", "due_state_user_delete"];
export const POSTGRES_TRIGGERS = [
  ["due_state_card_state", "card_state"],
  ["due_state_card_update", "card"],
  ["due_state_card_delete", "card"],
  ["due_state_user_delete", "user"],
];
export const POSTGRES_FUNCTIONS = ["due_state_sync(TEXT, TEXT)", "due_state_followups(TEXT, TEXT)", "due_state_card_state()", "due_state_card()", "due_state_user()"];

/**
 * PostgreSQL: the same rules. Row triggers of concurrent transactions see each other's rows
 * only once committed: a grade re-inserting its card's row while another transaction archives
 * or moves that card would leave the row as the grade saw the card. Per card, the re-insert
 * holds a shared advisory lock and a change of the card an exclusive one (key space 7011),
 * each taken before any due_state row is touched, so one waits for the other to commit.
 */
export function postgresTriggers() {
  return `CREATE FUNCTION "due_state_sync"(uid TEXT, cid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7011, hashtext(cid));
  DELETE FROM "due_state" WHERE "userId" = uid AND "cardId" = cid;
  ${insert(`s."userId" = uid AND s."cardId" = cid`)}
END $$;

CREATE FUNCTION "due_state_followups"(uid TEXT, cid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  ${refreshFollowups("uid", "cid")}
END $$;

CREATE FUNCTION "due_state_card_state"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."cardId" IS DISTINCT FROM NEW."cardId")) THEN
    PERFORM "due_state_sync"(OLD."userId", OLD."cardId");
    PERFORM "due_state_followups"(OLD."userId", OLD."cardId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "due_state_sync"(NEW."userId", NEW."cardId");
    IF TG_OP = 'INSERT' OR (OLD."state" = 3 OR OLD."lastRating" = 1) IS DISTINCT FROM (NEW."state" = 3 OR NEW."lastRating" = 1)
        OR OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."cardId" IS DISTINCT FROM NEW."cardId" THEN
      PERFORM "due_state_followups"(NEW."userId", NEW."cardId");
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "due_state_card_state" AFTER INSERT OR UPDATE OR DELETE ON "card_state" FOR EACH ROW EXECUTE FUNCTION "due_state_card_state"();

-- A card archived or restored, moved to another deck or position, or re-parented: all of its states.
CREATE FUNCTION "due_state_card"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7011, hashtext(OLD."id"));
  DELETE FROM "due_state" WHERE "cardId" = OLD."id";
  IF TG_OP = 'UPDATE' THEN
    ${insert(`s."cardId" = NEW."id"`)}
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "due_state_card_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card" FOR EACH ROW
  WHEN ((OLD."archivedAt" IS NULL) IS DISTINCT FROM (NEW."archivedAt" IS NULL) OR OLD."parentId" IS DISTINCT FROM NEW."parentId" OR OLD."deckId" IS DISTINCT FROM NEW."deckId" OR OLD."position" IS DISTINCT FROM NEW."position")
  EXECUTE FUNCTION "due_state_card"();
-- The 0008 trigger deletes a card's states before the card goes; this is for what is left.
CREATE TRIGGER "due_state_card_delete" AFTER DELETE ON "card" FOR EACH ROW EXECUTE FUNCTION "due_state_card"();

CREATE FUNCTION "due_state_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "due_state" WHERE "userId" = OLD."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "due_state_user_delete" AFTER DELETE ON "user" FOR EACH ROW EXECUTE FUNCTION "due_state_user"();
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2];
  if (which === "sqlite") process.stdout.write(`${backfill()}\n${sqliteTriggers()}`);
  else if (which === "postgresql") process.stdout.write(`${backfill()}\n${postgresTriggers()}`);
  else {
    console.error("usage: node scripts/due-state-sql.mjs sqlite|postgresql");
    process.exit(1);
  }
}
