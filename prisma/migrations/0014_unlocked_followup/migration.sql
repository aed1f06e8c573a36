-- unlocked_followup: the follow-ups each user may start now (scripts/unlocked-followup-sql.mjs),
-- so the next card reads the first ones by position from one index instead of walking every deck.

-- CreateTable
CREATE TABLE "unlocked_followup" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "parentId" TEXT NOT NULL,

    PRIMARY KEY ("userId", "cardId")
);

-- CreateIndex
CREATE INDEX "unlocked_followup_order_idx" ON "unlocked_followup"("userId", "position", "cardId", "deckId", "parentId");

-- CreateIndex
CREATE INDEX "unlocked_followup_cardId_idx" ON "unlocked_followup"("cardId");

-- Backfill: node scripts/unlocked-followup-sql.mjs sqlite
INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE true AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");

-- Triggers
-- A state appears or goes: the card's own row and its follow-ups' rows.
CREATE TRIGGER "unlocked_followup_state_insert" AFTER INSERT ON "card_state"
BEGIN
  DELETE FROM "unlocked_followup" WHERE "userId" = NEW."userId" AND "cardId" = NEW."cardId";
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = NEW."userId" AND f."id" = NEW."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
  DELETE FROM "unlocked_followup" WHERE "userId" = NEW."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = NEW."cardId");
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = NEW."userId" AND p."cardId" = NEW."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
END;

CREATE TRIGGER "unlocked_followup_state_delete" AFTER DELETE ON "card_state"
BEGIN
  DELETE FROM "unlocked_followup" WHERE "userId" = OLD."userId" AND "cardId" = OLD."cardId";
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = OLD."userId" AND f."id" = OLD."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
  DELETE FROM "unlocked_followup" WHERE "userId" = OLD."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = OLD."cardId");
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = OLD."userId" AND p."cardId" = OLD."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
END;

-- A topic passed, lapsed or recovered, or a state moved to another user or card (restore).
-- A grade that changes neither does not fire it.
CREATE TRIGGER "unlocked_followup_state_update" AFTER UPDATE OF "passedAt", "state", "lastRating", "userId", "cardId" ON "card_state"
  WHEN (OLD."passedAt" IS NOT NULL AND OLD."state" <> 3 AND OLD."lastRating" <> 1) IS NOT (NEW."passedAt" IS NOT NULL AND NEW."state" <> 3 AND NEW."lastRating" <> 1) OR OLD."userId" IS NOT NEW."userId" OR OLD."cardId" IS NOT NEW."cardId"
BEGIN
  DELETE FROM "unlocked_followup" WHERE "userId" = OLD."userId" AND "cardId" = OLD."cardId";
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = OLD."userId" AND f."id" = OLD."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
  DELETE FROM "unlocked_followup" WHERE "userId" = OLD."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = OLD."cardId");
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = OLD."userId" AND p."cardId" = OLD."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
  DELETE FROM "unlocked_followup" WHERE "userId" = NEW."userId" AND "cardId" = NEW."cardId";
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = NEW."userId" AND f."id" = NEW."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
  DELETE FROM "unlocked_followup" WHERE "userId" = NEW."userId" AND "cardId" IN (SELECT f."id" FROM "card" f WHERE f."parentId" = NEW."cardId");
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE p."userId" = NEW."userId" AND p."cardId" = NEW."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
END;

CREATE TRIGGER "unlocked_followup_card_insert" AFTER INSERT ON "card" WHEN NEW."parentId" IS NOT NULL AND NEW."archivedAt" IS NULL
BEGIN
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE f."id" = NEW."id" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
END;

-- A card archived or restored, moved to another deck or position, or re-parented: its rows for every user.
CREATE TRIGGER "unlocked_followup_card_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card"
  WHEN (OLD."archivedAt" IS NULL) IS NOT (NEW."archivedAt" IS NULL) OR OLD."parentId" IS NOT NEW."parentId" OR OLD."deckId" IS NOT NEW."deckId" OR OLD."position" IS NOT NEW."position"
BEGIN
  DELETE FROM "unlocked_followup" WHERE "cardId" = NEW."id";
  INSERT INTO "unlocked_followup" ("userId", "cardId", "deckId", "position", "parentId")
    SELECT p."userId", f."id", f."deckId", f."position", f."parentId"
    FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
    WHERE f."id" = NEW."id" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id");
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
