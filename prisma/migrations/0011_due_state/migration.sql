-- CreateTable
CREATE TABLE "due_state" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "state" INTEGER NOT NULL,
    "counts" BOOLEAN NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "lastReview" DATETIME,
    "lastRating" INTEGER NOT NULL,
    "passedAt" DATETIME,
    "position" INTEGER NOT NULL,
    "parentId" TEXT,

    PRIMARY KEY ("userId", "cardId")
);

-- CreateIndex
CREATE INDEX "due_state_candidates_idx" ON "due_state"("userId", "due", "deckId", "cardId", "position", "parentId", "state", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "lastRating", "passedAt");

-- CreateIndex
CREATE INDEX "due_state_userId_counts_deckId_state_due_idx" ON "due_state"("userId", "counts", "deckId", "state", "due");

-- CreateIndex
CREATE INDEX "due_state_cardId_idx" ON "due_state"("cardId");

-- Backfill: every state not suspended whose card is not archived. "counts" is what the due
-- counts count: learning or review, and not a follow-up whose topic is failing or unstudied.
INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "lastRating", "passedAt", "position", "parentId")
  SELECT s."userId", s."cardId", c."deckId", s."due", s."state",
      s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
        WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)),
      s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."lastReview", s."lastRating", s."passedAt", c."position", c."parentId"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE true AND s."suspended" = false AND c."archivedAt" IS NULL;

-- Kept by triggers, like the 0008 counters, so every writer (Prisma, raw SQL, cascades) keeps
-- it right in its own transaction. Each trigger recomputes the rows it touches from
-- card_state and card (delete, then insert what qualifies), so the order rows change in
-- does not matter. A follow-up's "counts" depends on its topic's state: a topic that starts
-- or stops failing, or whose state appears, goes or moves, refreshes its follow-ups.
CREATE TRIGGER "due_state_insert" AFTER INSERT ON "card_state"
BEGIN
  DELETE FROM "due_state" WHERE "userId" = NEW."userId" AND "cardId" = NEW."cardId";
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state",
      s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
        WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)),
      s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."lastReview", s."lastRating", s."passedAt", c."position", c."parentId"
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
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state",
      s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
        WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)),
      s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."lastReview", s."lastRating", s."passedAt", c."position", c."parentId"
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
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state",
      s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
        WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)),
      s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."lastReview", s."lastRating", s."passedAt", c."position", c."parentId"
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
