-- due_state keeps only what the next card's queue orders and gates by: the served card's FSRS
-- state is read from card_state, so the FSRS columns (and the 17-column index that carried them)
-- go, and the candidates come per state from one narrower index. The triggers insert named
-- columns, so they are dropped first and recreated from scripts/due-state-sql.mjs.

DROP TRIGGER "due_state_insert";
DROP TRIGGER "due_state_update";
DROP TRIGGER "due_state_update_topic";
DROP TRIGGER "due_state_delete";
DROP TRIGGER "due_state_card_update";
DROP TRIGGER "due_state_card_delete";
DROP TRIGGER "due_state_user_delete";

-- DropIndex
DROP INDEX "due_state_candidates_idx";

ALTER TABLE "due_state" DROP COLUMN "stability";
ALTER TABLE "due_state" DROP COLUMN "difficulty";
ALTER TABLE "due_state" DROP COLUMN "elapsedDays";
ALTER TABLE "due_state" DROP COLUMN "learningSteps";
ALTER TABLE "due_state" DROP COLUMN "reps";
ALTER TABLE "due_state" DROP COLUMN "lapses";
ALTER TABLE "due_state" DROP COLUMN "lastReview";

-- CreateIndex
CREATE INDEX "due_state_queue_idx" ON "due_state"("userId", "state", "counts", "due", "deckId", "cardId", "position", "parentId", "scheduledDays", "lastRating", "passedAt");

-- Triggers: node scripts/due-state-sql.mjs sqlite
CREATE TRIGGER "due_state_insert" AFTER INSERT ON "card_state"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = NEW."userId" AND "cardId" = NEW."cardId";
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "scheduledDays", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state", s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)), s."scheduledDays", s."lastRating", s."passedAt", c."position", c."parentId"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE s."userId" = NEW."userId" AND s."cardId" = NEW."cardId" AND s."suspended" = false AND c."archivedAt" IS NULL;
  UPDATE "due_state" SET "counts" = "state" > 0 AND EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = NEW."userId" AND p."cardId" = NEW."cardId" AND p."state" <> 3 AND p."lastRating" <> 1)
    WHERE "userId" = NEW."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = NEW."cardId");
END;

CREATE TRIGGER "due_state_update" AFTER UPDATE ON "card_state"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = OLD."userId" AND "cardId" = OLD."cardId";
  DELETE FROM "due_state" WHERE "userId" = NEW."userId" AND "cardId" = NEW."cardId";
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "scheduledDays", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state", s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)), s."scheduledDays", s."lastRating", s."passedAt", c."position", c."parentId"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE s."userId" = NEW."userId" AND s."cardId" = NEW."cardId" AND s."suspended" = false AND c."archivedAt" IS NULL;
END;

CREATE TRIGGER "due_state_update_topic" AFTER UPDATE OF "state", "lastRating", "userId", "cardId" ON "card_state"
  WHEN (OLD."state" = 3 OR OLD."lastRating" = 1) IS NOT (NEW."state" = 3 OR NEW."lastRating" = 1)
    OR OLD."userId" IS NOT NEW."userId" OR OLD."cardId" IS NOT NEW."cardId"
BEGIN
  UPDATE "due_state" SET "counts" = "state" > 0 AND EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = OLD."userId" AND p."cardId" = OLD."cardId" AND p."state" <> 3 AND p."lastRating" <> 1)
    WHERE "userId" = OLD."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = OLD."cardId");
  UPDATE "due_state" SET "counts" = "state" > 0 AND EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = NEW."userId" AND p."cardId" = NEW."cardId" AND p."state" <> 3 AND p."lastRating" <> 1)
    WHERE "userId" = NEW."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = NEW."cardId");
END;

CREATE TRIGGER "due_state_delete" AFTER DELETE ON "card_state"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = OLD."userId" AND "cardId" = OLD."cardId";
  UPDATE "due_state" SET "counts" = "state" > 0 AND EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = OLD."userId" AND p."cardId" = OLD."cardId" AND p."state" <> 3 AND p."lastRating" <> 1)
    WHERE "userId" = OLD."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = OLD."cardId");
END;

-- A card archived or restored, moved to another deck or position, or re-parented: all of its states.
CREATE TRIGGER "due_state_card_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card"
  WHEN (OLD."archivedAt" IS NULL) IS NOT (NEW."archivedAt" IS NULL) OR OLD."parentId" IS NOT NEW."parentId" OR OLD."deckId" IS NOT NEW."deckId" OR OLD."position" IS NOT NEW."position"
BEGIN
  DELETE FROM "due_state" WHERE "cardId" = NEW."id";
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "scheduledDays", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state", s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
      WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)), s."scheduledDays", s."lastRating", s."passedAt", c."position", c."parentId"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE s."cardId" = NEW."id" AND s."suspended" = false AND c."archivedAt" IS NULL;
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
