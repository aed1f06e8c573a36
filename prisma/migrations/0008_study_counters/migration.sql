-- CreateTable
CREATE TABLE "deck_count" (
    "deckId" TEXT NOT NULL PRIMARY KEY,
    "cards" INTEGER NOT NULL DEFAULT 0,
    "topics" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "deck_progress" (
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "studiedTopics" INTEGER NOT NULL DEFAULT 0,
    "newFrom" INTEGER NOT NULL DEFAULT 0,
    "unlockedFollowups" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("userId", "deckId")
);

-- CreateIndex
CREATE INDEX "deck_progress_deckId_idx" ON "deck_progress"("deckId");


-- DropIndex
DROP INDEX "card_state_userId_suspended_due_idx";

-- CreateIndex
CREATE INDEX "card_state_userId_suspended_due_state_cardId_idx" ON "card_state"("userId", "suspended", "due", "state", "cardId");

-- CreateIndex
CREATE INDEX "card_state_cardId_idx" ON "card_state"("cardId");

-- Backfill from the rows already there (topics = cards without a parent; only cards not archived count).
INSERT INTO "deck_count" ("deckId", "cards", "topics")
  SELECT "deckId", COUNT(*), SUM(CASE WHEN "parentId" IS NULL THEN 1 ELSE 0 END) FROM "card" WHERE "archivedAt" IS NULL GROUP BY "deckId";
INSERT INTO "deck_progress" ("userId", "deckId", "studiedTopics", "newFrom")
  SELECT s."userId", c."deckId", SUM(CASE WHEN c."parentId" IS NULL AND c."archivedAt" IS NULL THEN 1 ELSE 0 END), 0
  FROM "card_state" s JOIN "card" c ON c."id" = s."cardId" GROUP BY s."userId", c."deckId";
UPDATE "deck_progress" SET "newFrom" = COALESCE((SELECT t."position" FROM "card" t
    WHERE t."deckId" = "deck_progress"."deckId" AND t."archivedAt" IS NULL AND t."parentId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = "deck_progress"."userId" AND x."cardId" = t."id")
    ORDER BY t."position" LIMIT 1), 2147483647);

INSERT INTO "deck_progress" ("userId", "deckId", "unlockedFollowups")
  SELECT p."userId", f."deckId", COUNT(*) FROM "card" f JOIN "card_state" p ON p."cardId" = f."parentId"
  WHERE f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
    AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id")
  GROUP BY p."userId", f."deckId"
  ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = excluded."unlockedFollowups";

-- The counters are kept by triggers, so every writer (Prisma, raw SQL, cascades)
-- keeps them right inside its own transaction. A "topic" counts while it has no
-- parent and is not archived. Paths that remove rows only ever UPDATE counters,
-- so a cascade never re-creates the counter row of a deck being deleted.

-- card: per-deck counts and the frontier of new topics.
CREATE TRIGGER "card_counters_insert" AFTER INSERT ON "card" WHEN NEW."archivedAt" IS NULL
BEGIN
  INSERT INTO "deck_count" ("deckId", "cards", "topics") SELECT NEW."deckId", 1, (NEW."parentId" IS NULL) WHERE true
    ON CONFLICT ("deckId") DO UPDATE SET "cards" = "cards" + 1, "topics" = "topics" + excluded."topics";
  UPDATE "deck_progress" SET "newFrom" = NEW."position"
    WHERE NEW."parentId" IS NULL AND "deckId" = NEW."deckId" AND "newFrom" > NEW."position";
  INSERT INTO "deck_progress" ("userId", "deckId", "unlockedFollowups")
    SELECT p."userId", NEW."deckId", 1 FROM "card_state" p
    WHERE p."cardId" = NEW."parentId" AND NEW."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1 AND EXISTS (SELECT 1 FROM "deck" WHERE "id" = NEW."deckId")
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = NEW."id")
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = "unlockedFollowups" + 1;
END;

-- Before the card goes: remove its states first, so their triggers still see the card.
CREATE TRIGGER "card_counters_delete" BEFORE DELETE ON "card"
BEGIN
  DELETE FROM "card_state" WHERE "cardId" = OLD."id";
  UPDATE "deck_count" SET "cards" = "cards" - 1, "topics" = "topics" - (OLD."parentId" IS NULL)
    WHERE "deckId" = OLD."deckId" AND OLD."archivedAt" IS NULL;
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" - 1
    WHERE "deckId" = OLD."deckId" AND OLD."archivedAt" IS NULL AND "userId" IN (SELECT p."userId" FROM "card_state" p
      WHERE p."cardId" = OLD."parentId" AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
        AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = OLD."id"));
END;

CREATE TRIGGER "card_counters_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card"
  WHEN (OLD."archivedAt" IS NULL) IS NOT (NEW."archivedAt" IS NULL) OR OLD."parentId" IS NOT NEW."parentId"
    OR OLD."deckId" IS NOT NEW."deckId" OR OLD."position" IS NOT NEW."position"
BEGIN
  UPDATE "deck_count" SET "cards" = "cards" - 1, "topics" = "topics" - (OLD."parentId" IS NULL)
    WHERE "deckId" = OLD."deckId" AND OLD."archivedAt" IS NULL;
  INSERT INTO "deck_count" ("deckId", "cards", "topics")
    SELECT NEW."deckId", 1, (NEW."parentId" IS NULL) WHERE NEW."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "deck" WHERE "id" = NEW."deckId")
    ON CONFLICT ("deckId") DO UPDATE SET "cards" = "cards" + 1, "topics" = "topics" + excluded."topics";
  UPDATE "deck_progress" SET "studiedTopics" = "studiedTopics" - 1
    WHERE OLD."parentId" IS NULL AND OLD."archivedAt" IS NULL AND "deckId" = OLD."deckId"
      AND "userId" IN (SELECT s."userId" FROM "card_state" s WHERE s."cardId" = OLD."id");
  INSERT INTO "deck_progress" ("userId", "deckId", "studiedTopics", "newFrom")
    SELECT s."userId", NEW."deckId", 1, 0 FROM "card_state" s
    WHERE s."cardId" = NEW."id" AND NEW."parentId" IS NULL AND NEW."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "deck" WHERE "id" = NEW."deckId")
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "studiedTopics" = "studiedTopics" + 1;
  UPDATE "deck_progress" SET "newFrom" = NEW."position"
    WHERE NEW."parentId" IS NULL AND NEW."archivedAt" IS NULL AND "deckId" = NEW."deckId" AND "newFrom" > NEW."position";
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" - 1
    WHERE "deckId" = OLD."deckId" AND OLD."archivedAt" IS NULL AND "userId" IN (SELECT p."userId" FROM "card_state" p
      WHERE p."cardId" = OLD."parentId" AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
        AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = OLD."id"));
  INSERT INTO "deck_progress" ("userId", "deckId", "unlockedFollowups")
    SELECT p."userId", NEW."deckId", 1 FROM "card_state" p
    WHERE p."cardId" = NEW."parentId" AND NEW."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1 AND EXISTS (SELECT 1 FROM "deck" WHERE "id" = NEW."deckId")
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = NEW."id")
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = "unlockedFollowups" + 1;
END;

-- card_state: studied topics per deck, and the frontier moves past what was just studied.
CREATE TRIGGER "card_state_counters_insert" AFTER INSERT ON "card_state"
BEGIN
  INSERT INTO "deck_progress" ("userId", "deckId", "studiedTopics", "newFrom")
    SELECT NEW."userId", c."deckId", (c."parentId" IS NULL AND c."archivedAt" IS NULL), 0 FROM "card" c WHERE c."id" = NEW."cardId"
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "studiedTopics" = "studiedTopics" + excluded."studiedTopics";
  UPDATE "deck_progress" SET "newFrom" = COALESCE((SELECT t."position" FROM "card" t
      WHERE t."deckId" = "deck_progress"."deckId" AND t."archivedAt" IS NULL AND t."parentId" IS NULL AND t."position" >= "deck_progress"."newFrom"
        AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = "deck_progress"."userId" AND x."cardId" = t."id")
      ORDER BY t."position" LIMIT 1), 2147483647)
    WHERE "userId" = NEW."userId"
      AND "deckId" = (SELECT c."deckId" FROM "card" c WHERE c."id" = NEW."cardId" AND c."parentId" IS NULL AND c."archivedAt" IS NULL);
  -- unlocked follow-ups: this card stops being one; this state may unlock its own follow-ups
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" - 1
    WHERE "userId" = NEW."userId" AND "deckId" = (SELECT f."deckId" FROM "card" f JOIN "card_state" p ON p."userId" = NEW."userId" AND p."cardId" = f."parentId"
      WHERE f."id" = NEW."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1);
  INSERT INTO "deck_progress" ("userId", "deckId", "unlockedFollowups")
    SELECT NEW."userId", f."deckId", COUNT(*) FROM "card" f
    WHERE f."parentId" = NEW."cardId" AND f."archivedAt" IS NULL AND NEW."passedAt" IS NOT NULL AND NEW."state" <> 3 AND NEW."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = NEW."userId" AND x."cardId" = f."id")
    GROUP BY f."deckId"
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = "unlockedFollowups" + excluded."unlockedFollowups";
END;

CREATE TRIGGER "card_state_counters_delete" AFTER DELETE ON "card_state"
BEGIN
  UPDATE "deck_progress" SET "studiedTopics" = "studiedTopics" - 1,
      "newFrom" = MIN("newFrom", (SELECT c."position" FROM "card" c WHERE c."id" = OLD."cardId"))
    WHERE "userId" = OLD."userId"
      AND "deckId" = (SELECT c."deckId" FROM "card" c WHERE c."id" = OLD."cardId" AND c."parentId" IS NULL AND c."archivedAt" IS NULL);
  -- unlocked follow-ups: this card may be one again; its follow-ups lose an open topic
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" + 1
    WHERE "userId" = OLD."userId" AND "deckId" = (SELECT f."deckId" FROM "card" f JOIN "card_state" p ON p."userId" = OLD."userId" AND p."cardId" = f."parentId"
      WHERE f."id" = OLD."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1);
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" - (SELECT COUNT(*) FROM "card" f
      WHERE f."parentId" = OLD."cardId" AND f."deckId" = "deck_progress"."deckId" AND f."archivedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = OLD."userId" AND x."cardId" = f."id"))
    WHERE "userId" = OLD."userId" AND OLD."passedAt" IS NOT NULL AND OLD."state" <> 3 AND OLD."lastRating" <> 1 AND "deckId" IN (SELECT f."deckId" FROM "card" f WHERE f."parentId" = OLD."cardId");
END;

-- A state moved to another user or card (restore moves a staging account's states): out of the old, into the new.
CREATE TRIGGER "card_state_counters_move" AFTER UPDATE OF "userId", "cardId" ON "card_state"
  WHEN OLD."userId" IS NOT NEW."userId" OR OLD."cardId" IS NOT NEW."cardId"
BEGIN
  UPDATE "deck_progress" SET "studiedTopics" = "studiedTopics" - 1,
      "newFrom" = MIN("newFrom", (SELECT c."position" FROM "card" c WHERE c."id" = OLD."cardId"))
    WHERE "userId" = OLD."userId"
      AND "deckId" = (SELECT c."deckId" FROM "card" c WHERE c."id" = OLD."cardId" AND c."parentId" IS NULL AND c."archivedAt" IS NULL);
  INSERT INTO "deck_progress" ("userId", "deckId", "studiedTopics", "newFrom")
    SELECT NEW."userId", c."deckId", (c."parentId" IS NULL AND c."archivedAt" IS NULL), 0 FROM "card" c WHERE c."id" = NEW."cardId"
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "studiedTopics" = "studiedTopics" + excluded."studiedTopics";
  UPDATE "deck_progress" SET "newFrom" = COALESCE((SELECT t."position" FROM "card" t
      WHERE t."deckId" = "deck_progress"."deckId" AND t."archivedAt" IS NULL AND t."parentId" IS NULL AND t."position" >= "deck_progress"."newFrom"
        AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = "deck_progress"."userId" AND x."cardId" = t."id")
      ORDER BY t."position" LIMIT 1), 2147483647)
    WHERE "userId" = NEW."userId"
      AND "deckId" = (SELECT c."deckId" FROM "card" c WHERE c."id" = NEW."cardId" AND c."parentId" IS NULL AND c."archivedAt" IS NULL);
  -- unlocked follow-ups: this card may be one again; its follow-ups lose an open topic
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" + 1
    WHERE "userId" = OLD."userId" AND "deckId" = (SELECT f."deckId" FROM "card" f JOIN "card_state" p ON p."userId" = OLD."userId" AND p."cardId" = f."parentId"
      WHERE f."id" = OLD."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1);
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" - (SELECT COUNT(*) FROM "card" f
      WHERE f."parentId" = OLD."cardId" AND f."deckId" = "deck_progress"."deckId" AND f."archivedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = OLD."userId" AND x."cardId" = f."id"))
    WHERE "userId" = OLD."userId" AND OLD."passedAt" IS NOT NULL AND OLD."state" <> 3 AND OLD."lastRating" <> 1 AND "deckId" IN (SELECT f."deckId" FROM "card" f WHERE f."parentId" = OLD."cardId");
  -- unlocked follow-ups: this card stops being one; this state may unlock its own follow-ups
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" - 1
    WHERE "userId" = NEW."userId" AND "deckId" = (SELECT f."deckId" FROM "card" f JOIN "card_state" p ON p."userId" = NEW."userId" AND p."cardId" = f."parentId"
      WHERE f."id" = NEW."cardId" AND f."archivedAt" IS NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1);
  INSERT INTO "deck_progress" ("userId", "deckId", "unlockedFollowups")
    SELECT NEW."userId", f."deckId", COUNT(*) FROM "card" f
    WHERE f."parentId" = NEW."cardId" AND f."archivedAt" IS NULL AND NEW."passedAt" IS NOT NULL AND NEW."state" <> 3 AND NEW."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = NEW."userId" AND x."cardId" = f."id")
    GROUP BY f."deckId"
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = "unlockedFollowups" + excluded."unlockedFollowups";
END;

-- A topic passed, lapsed or recovered: its follow-ups without a state unlock or wait.
CREATE TRIGGER "card_state_counters_open" AFTER UPDATE OF "passedAt", "state", "lastRating" ON "card_state"
  WHEN (OLD."passedAt" IS NOT NULL AND OLD."state" <> 3 AND OLD."lastRating" <> 1) IS NOT (NEW."passedAt" IS NOT NULL AND NEW."state" <> 3 AND NEW."lastRating" <> 1) AND OLD."userId" IS NEW."userId" AND OLD."cardId" IS NEW."cardId"
BEGIN
  UPDATE "deck_progress" SET "unlockedFollowups" = "unlockedFollowups" - (SELECT COUNT(*) FROM "card" f
      WHERE f."parentId" = OLD."cardId" AND f."deckId" = "deck_progress"."deckId" AND f."archivedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = OLD."userId" AND x."cardId" = f."id"))
    WHERE "userId" = OLD."userId" AND OLD."passedAt" IS NOT NULL AND OLD."state" <> 3 AND OLD."lastRating" <> 1 AND "deckId" IN (SELECT f."deckId" FROM "card" f WHERE f."parentId" = OLD."cardId");
  INSERT INTO "deck_progress" ("userId", "deckId", "unlockedFollowups")
    SELECT NEW."userId", f."deckId", COUNT(*) FROM "card" f
    WHERE f."parentId" = NEW."cardId" AND f."archivedAt" IS NULL AND NEW."passedAt" IS NOT NULL AND NEW."state" <> 3 AND NEW."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = NEW."userId" AND x."cardId" = f."id")
    GROUP BY f."deckId"
    ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = "unlockedFollowups" + excluded."unlockedFollowups";
END;

-- The counters of a deleted deck or user go with it.
CREATE TRIGGER "deck_counters_delete" AFTER DELETE ON "deck"
BEGIN
  DELETE FROM "deck_count" WHERE "deckId" = OLD."id";
  DELETE FROM "deck_progress" WHERE "deckId" = OLD."id";
END;

CREATE TRIGGER "user_counters_delete" AFTER DELETE ON "user"
BEGIN
  DELETE FROM "deck_progress" WHERE "userId" = OLD."id";
END;
