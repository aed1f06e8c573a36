-- due_state keeps only what the next card's queue orders and gates by: the served card's FSRS
-- state is read from card_state, so the FSRS columns (and the 17-column index that carried them)
-- go, and the candidates come per state from one narrower index. The triggers insert named
-- columns, so they are dropped first and recreated from scripts/due-state-sql.mjs.

DROP TRIGGER "due_state_card_state" ON "card_state";
DROP TRIGGER "due_state_card_update" ON "card";
DROP TRIGGER "due_state_card_delete" ON "card";
DROP TRIGGER "due_state_user_delete" ON "user";
DROP FUNCTION "due_state_sync"(TEXT, TEXT);
DROP FUNCTION "due_state_followups"(TEXT, TEXT);
DROP FUNCTION "due_state_card_state"();
DROP FUNCTION "due_state_card"();
DROP FUNCTION "due_state_user"();

-- DropIndex
DROP INDEX "due_state_candidates_idx";

-- AlterTable
ALTER TABLE "due_state" DROP COLUMN "stability",
  DROP COLUMN "difficulty",
  DROP COLUMN "elapsedDays",
  DROP COLUMN "learningSteps",
  DROP COLUMN "reps",
  DROP COLUMN "lapses",
  DROP COLUMN "lastReview";

-- CreateIndex
CREATE INDEX "due_state_queue_idx" ON "due_state"("userId", "state", "counts", "due", "deckId", "cardId", "position", "parentId", "scheduledDays", "lastRating", "passedAt");

-- Triggers and their functions: node scripts/due-state-sql.mjs postgresql
CREATE FUNCTION "due_state_sync"(uid TEXT, cid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7011, hashtext(cid));
  DELETE FROM "due_state" WHERE "userId" = uid AND "cardId" = cid;
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "scheduledDays", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state", s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)), s."scheduledDays", s."lastRating", s."passedAt", c."position", c."parentId"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE s."userId" = uid AND s."cardId" = cid AND s."suspended" = false AND c."archivedAt" IS NULL;
END $$;

CREATE FUNCTION "due_state_followups"(uid TEXT, cid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "due_state" SET "counts" = "state" > 0 AND EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = uid AND p."cardId" = cid AND p."state" <> 3 AND p."lastRating" <> 1)
    WHERE "userId" = uid AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = cid);
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
    INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "scheduledDays", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state", s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)), s."scheduledDays", s."lastRating", s."passedAt", c."position", c."parentId"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE s."cardId" = NEW."id" AND s."suspended" = false AND c."archivedAt" IS NULL;
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
