-- unlocked_followup: the follow-ups each user may start now (scripts/unlocked-followup-sql.mjs),
-- so the next card reads the first ones by position from one index instead of walking every deck.
-- No state or card may change between the backfill and the triggers.
LOCK TABLE "card", "card_state" IN SHARE ROW EXCLUSIVE MODE;

-- CreateTable
CREATE TABLE "unlocked_followup" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "parentId" TEXT NOT NULL,

    CONSTRAINT "unlocked_followup_pkey" PRIMARY KEY ("userId","cardId")
);

-- CreateIndex
CREATE INDEX "unlocked_followup_order_idx" ON "unlocked_followup"("userId", "position", "cardId", "deckId", "parentId");

-- CreateIndex
CREATE INDEX "unlocked_followup_cardId_idx" ON "unlocked_followup"("cardId");

-- Backfill: node scripts/unlocked-followup-sql.mjs postgresql
INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE true AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");

-- Triggers and their functions
CREATE FUNCTION "unlocked_followup_sync"(uid TEXT, cid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7012, hashtext(uid));
  DELETE FROM "unlocked_followup" WHERE "userId" = uid AND "cardId" = cid;
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = uid AND f."id" = cid AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
  DELETE FROM "unlocked_followup" WHERE "userId" = uid AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = cid);
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = uid AND p."cardId" = cid AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
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
  WHEN ((OLD."passedAt" IS NOT NULL AND OLD."state" <> 3 AND OLD."lastRating" <> 1) IS DISTINCT FROM (NEW."passedAt" IS NOT NULL AND NEW."state" <> 3 AND NEW."lastRating" <> 1) OR OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."cardId" IS DISTINCT FROM NEW."cardId")
  EXECUTE FUNCTION "unlocked_followup_card_state"();

-- A card added, archived or restored, moved to another deck or position, re-parented or deleted: its rows for every user.
CREATE FUNCTION "unlocked_followup_card"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "unlocked_followup" WHERE "cardId" = OLD."id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE f."id" = NEW."id" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
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
