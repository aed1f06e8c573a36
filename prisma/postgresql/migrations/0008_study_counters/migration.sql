-- CreateTable
CREATE TABLE "deck_count" (
    "deckId" TEXT NOT NULL,
    "cards" INTEGER NOT NULL DEFAULT 0,
    "topics" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "deck_count_pkey" PRIMARY KEY ("deckId")
);

-- CreateTable
CREATE TABLE "deck_progress" (
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "studiedTopics" INTEGER NOT NULL DEFAULT 0,
    "newFrom" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "deck_progress_pkey" PRIMARY KEY ("userId","deckId")
);

-- CreateIndex
CREATE INDEX "deck_progress_deckId_idx" ON "deck_progress"("deckId");


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

-- The counters are kept by triggers, so every writer (Prisma, raw SQL, cascades)
-- keeps them right inside its own transaction; the same rules as the SQLite
-- migration. Row-level AFTER triggers here run at the end of their statement,
-- so each one only uses its own row and rows the statement does not change
-- (the frontier walk is a lower bound that holds for any order).

-- (user, card) state counted in or out of its deck's progress; +1 walks the frontier, -1 lowers it.
CREATE FUNCTION "study_counters_state"(uid TEXT, cid TEXT, delta INTEGER) RETURNS void LANGUAGE plpgsql AS $$
DECLARE c RECORD;
BEGIN
  SELECT "deckId", "position", ("parentId" IS NULL AND "archivedAt" IS NULL) AS topic INTO c FROM "card" WHERE "id" = cid;
  IF NOT FOUND THEN RETURN; END IF;
  IF delta > 0 THEN
    INSERT INTO "deck_progress" ("userId", "deckId", "studiedTopics", "newFrom") VALUES (uid, c."deckId", CASE WHEN c.topic THEN 1 ELSE 0 END, 0)
      ON CONFLICT ("userId", "deckId") DO UPDATE SET "studiedTopics" = "deck_progress"."studiedTopics" + EXCLUDED."studiedTopics";
    IF c.topic THEN
      UPDATE "deck_progress" p SET "newFrom" = COALESCE((SELECT t."position" FROM "card" t
          WHERE t."deckId" = p."deckId" AND t."archivedAt" IS NULL AND t."parentId" IS NULL AND t."position" >= p."newFrom"
            AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = t."id")
          ORDER BY t."position" LIMIT 1), 2147483647)
        WHERE p."userId" = uid AND p."deckId" = c."deckId";
    END IF;
  ELSIF c.topic THEN
    UPDATE "deck_progress" SET "studiedTopics" = "studiedTopics" - 1, "newFrom" = LEAST("newFrom", c."position")
      WHERE "userId" = uid AND "deckId" = c."deckId";
  END IF;
END $$;

CREATE FUNCTION "card_state_counters"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM "study_counters_state"(OLD."userId", OLD."cardId", -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "study_counters_state"(NEW."userId", NEW."cardId", 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "card_state_counters_insert" AFTER INSERT OR DELETE ON "card_state" FOR EACH ROW EXECUTE FUNCTION "card_state_counters"();
CREATE TRIGGER "card_state_counters_move" AFTER UPDATE OF "userId", "cardId" ON "card_state" FOR EACH ROW
  WHEN (OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."cardId" IS DISTINCT FROM NEW."cardId") EXECUTE FUNCTION "card_state_counters"();

CREATE FUNCTION "card_counters"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Before the card goes: remove its states first, so their triggers still see the card.
    DELETE FROM "card_state" WHERE "cardId" = OLD."id";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD."archivedAt" IS NULL THEN
    UPDATE "deck_count" SET "cards" = "cards" - 1, "topics" = "topics" - CASE WHEN OLD."parentId" IS NULL THEN 1 ELSE 0 END
      WHERE "deckId" = OLD."deckId";
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."archivedAt" IS NULL AND OLD."parentId" IS NULL THEN
    UPDATE "deck_progress" SET "studiedTopics" = "studiedTopics" - 1
      WHERE "deckId" = OLD."deckId" AND "userId" IN (SELECT s."userId" FROM "card_state" s WHERE s."cardId" = OLD."id");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "deck" WHERE "id" = NEW."deckId") THEN
    INSERT INTO "deck_count" ("deckId", "cards", "topics") VALUES (NEW."deckId", 1, CASE WHEN NEW."parentId" IS NULL THEN 1 ELSE 0 END)
      ON CONFLICT ("deckId") DO UPDATE SET "cards" = "deck_count"."cards" + 1, "topics" = "deck_count"."topics" + EXCLUDED."topics";
    IF NEW."parentId" IS NULL THEN
      IF TG_OP = 'UPDATE' THEN
        INSERT INTO "deck_progress" ("userId", "deckId", "studiedTopics", "newFrom")
          SELECT s."userId", NEW."deckId", 1, 0 FROM "card_state" s WHERE s."cardId" = NEW."id"
          ON CONFLICT ("userId", "deckId") DO UPDATE SET "studiedTopics" = "deck_progress"."studiedTopics" + 1;
      END IF;
      UPDATE "deck_progress" SET "newFrom" = NEW."position" WHERE "deckId" = NEW."deckId" AND "newFrom" > NEW."position";
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "card_counters_insert" AFTER INSERT ON "card" FOR EACH ROW EXECUTE FUNCTION "card_counters"();
CREATE TRIGGER "card_counters_delete" BEFORE DELETE ON "card" FOR EACH ROW EXECUTE FUNCTION "card_counters"();
CREATE TRIGGER "card_counters_update" AFTER UPDATE OF "archivedAt", "parentId", "deckId", "position" ON "card" FOR EACH ROW
  WHEN ((OLD."archivedAt" IS NULL) IS DISTINCT FROM (NEW."archivedAt" IS NULL) OR (OLD."parentId" IS NULL) IS DISTINCT FROM (NEW."parentId" IS NULL)
    OR OLD."deckId" IS DISTINCT FROM NEW."deckId" OR OLD."position" IS DISTINCT FROM NEW."position")
  EXECUTE FUNCTION "card_counters"();

-- The counters of a deleted deck or user go with it.
CREATE FUNCTION "owner_counters_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'deck' THEN
    DELETE FROM "deck_count" WHERE "deckId" = OLD."id";
    DELETE FROM "deck_progress" WHERE "deckId" = OLD."id";
  ELSE
    DELETE FROM "deck_progress" WHERE "userId" = OLD."id";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "deck_counters_delete" AFTER DELETE ON "deck" FOR EACH ROW EXECUTE FUNCTION "owner_counters_delete"();
CREATE TRIGGER "user_counters_delete" AFTER DELETE ON "user" FOR EACH ROW EXECUTE FUNCTION "owner_counters_delete"();
