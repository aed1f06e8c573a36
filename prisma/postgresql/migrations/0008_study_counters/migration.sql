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
    "unlockedFollowups" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "deck_progress_pkey" PRIMARY KEY ("userId","deckId")
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
  ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = EXCLUDED."unlockedFollowups";

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

-- Unlocked follow-ups (not archived, no state, topic passed and not failing) depend on two
-- rows at once (the topic's state and the follow-up's), which a row trigger here would see
-- only at the end of its statement; so they are recounted per (user, deck) the statement
-- touched, after the statement: one walk over that deck's follow-ups.
CREATE FUNCTION "study_counters_followups"(uid TEXT, did TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE n INTEGER;
BEGIN
  SELECT COUNT(*) INTO n FROM "card" f JOIN "card_state" p ON p."userId" = uid AND p."cardId" = f."parentId"
    WHERE f."deckId" = did AND f."archivedAt" IS NULL AND f."parentId" IS NOT NULL AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = uid AND x."cardId" = f."id");
  UPDATE "deck_progress" SET "unlockedFollowups" = n WHERE "userId" = uid AND "deckId" = did;
  IF NOT FOUND AND n > 0 AND EXISTS (SELECT 1 FROM "deck" WHERE "id" = did) AND EXISTS (SELECT 1 FROM "user" WHERE "id" = uid) THEN
    INSERT INTO "deck_progress" ("userId", "deckId", "unlockedFollowups") VALUES (uid, did, n)
      ON CONFLICT ("userId", "deckId") DO UPDATE SET "unlockedFollowups" = EXCLUDED."unlockedFollowups";
  END IF;
END $$;

-- card_state rows inserted, deleted or updated (updates: only rows whose topic openness, user or card changed).
CREATE FUNCTION "card_state_followups_ins"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  FOR r IN
    WITH rows AS (SELECT "userId", "cardId" FROM changed_new)
    SELECT rows."userId" AS uid, c."deckId" AS did FROM rows JOIN "card" c ON c."id" = rows."cardId"
    UNION SELECT rows."userId", f."deckId" FROM rows JOIN "card" f ON f."parentId" = rows."cardId"
  LOOP
    PERFORM "study_counters_followups"(r.uid, r.did);
  END LOOP;
  RETURN NULL;
END $$;
CREATE FUNCTION "card_state_followups_del"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  FOR r IN
    WITH rows AS (SELECT "userId", "cardId" FROM changed_old)
    SELECT rows."userId" AS uid, c."deckId" AS did FROM rows JOIN "card" c ON c."id" = rows."cardId"
    UNION SELECT rows."userId", f."deckId" FROM rows JOIN "card" f ON f."parentId" = rows."cardId"
  LOOP
    PERFORM "study_counters_followups"(r.uid, r.did);
  END LOOP;
  RETURN NULL;
END $$;
CREATE FUNCTION "card_state_followups"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  FOR r IN
    WITH rows AS (SELECT o."userId", o."cardId" FROM changed_old o JOIN changed_new n ON n."id" = o."id" WHERE o."userId" <> n."userId" OR o."cardId" <> n."cardId" OR (o."passedAt" IS NOT NULL AND o."state" <> 3 AND o."lastRating" <> 1) IS DISTINCT FROM (n."passedAt" IS NOT NULL AND n."state" <> 3 AND n."lastRating" <> 1)
      UNION SELECT n."userId", n."cardId" FROM changed_old o JOIN changed_new n ON n."id" = o."id" WHERE o."userId" <> n."userId" OR o."cardId" <> n."cardId" OR (o."passedAt" IS NOT NULL AND o."state" <> 3 AND o."lastRating" <> 1) IS DISTINCT FROM (n."passedAt" IS NOT NULL AND n."state" <> 3 AND n."lastRating" <> 1))
    SELECT rows."userId" AS uid, c."deckId" AS did FROM rows JOIN "card" c ON c."id" = rows."cardId"
    UNION SELECT rows."userId", f."deckId" FROM rows JOIN "card" f ON f."parentId" = rows."cardId"
  LOOP
    PERFORM "study_counters_followups"(r.uid, r.did);
  END LOOP;
  RETURN NULL;
END $$;

-- card rows inserted, deleted or updated (updates: only rows whose archive, parent or deck changed): every user of the deck.
CREATE FUNCTION "card_followups_ins"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  FOR r IN
    WITH rows AS (SELECT DISTINCT "deckId" FROM changed_new)
    SELECT p."userId" AS uid, p."deckId" AS did FROM "deck_progress" p JOIN rows ON rows."deckId" = p."deckId"
    UNION SELECT s."userId", rows."deckId" FROM rows JOIN "card" f ON f."deckId" = rows."deckId" AND f."parentId" IS NOT NULL
      JOIN "card_state" s ON s."cardId" = f."parentId"
  LOOP
    PERFORM "study_counters_followups"(r.uid, r.did);
  END LOOP;
  RETURN NULL;
END $$;
CREATE FUNCTION "card_followups_del"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  FOR r IN
    WITH rows AS (SELECT DISTINCT "deckId" FROM changed_old)
    SELECT p."userId" AS uid, p."deckId" AS did FROM "deck_progress" p JOIN rows ON rows."deckId" = p."deckId"
    UNION SELECT s."userId", rows."deckId" FROM rows JOIN "card" f ON f."deckId" = rows."deckId" AND f."parentId" IS NOT NULL
      JOIN "card_state" s ON s."cardId" = f."parentId"
  LOOP
    PERFORM "study_counters_followups"(r.uid, r.did);
  END LOOP;
  RETURN NULL;
END $$;
CREATE FUNCTION "card_followups"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  FOR r IN
    WITH rows AS (SELECT o."deckId" FROM changed_old o JOIN changed_new n ON n."id" = o."id" WHERE (o."archivedAt" IS NULL) <> (n."archivedAt" IS NULL) OR o."parentId" IS DISTINCT FROM n."parentId" OR o."deckId" <> n."deckId"
      UNION SELECT n."deckId" FROM changed_old o JOIN changed_new n ON n."id" = o."id" WHERE (o."archivedAt" IS NULL) <> (n."archivedAt" IS NULL) OR o."parentId" IS DISTINCT FROM n."parentId" OR o."deckId" <> n."deckId")
    SELECT p."userId" AS uid, p."deckId" AS did FROM "deck_progress" p JOIN rows ON rows."deckId" = p."deckId"
    UNION SELECT s."userId", rows."deckId" FROM rows JOIN "card" f ON f."deckId" = rows."deckId" AND f."parentId" IS NOT NULL
      JOIN "card_state" s ON s."cardId" = f."parentId"
  LOOP
    PERFORM "study_counters_followups"(r.uid, r.did);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "card_state_followups_insert" AFTER INSERT ON "card_state" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "card_state_followups_ins"();
CREATE TRIGGER "card_state_followups_delete" AFTER DELETE ON "card_state" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "card_state_followups_del"();
CREATE TRIGGER "card_state_followups_update" AFTER UPDATE ON "card_state" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "card_state_followups"();
CREATE TRIGGER "card_followups_insert" AFTER INSERT ON "card" REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "card_followups_ins"();
CREATE TRIGGER "card_followups_delete" AFTER DELETE ON "card" REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION "card_followups_del"();
CREATE TRIGGER "card_followups_update" AFTER UPDATE ON "card" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION "card_followups"();

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
