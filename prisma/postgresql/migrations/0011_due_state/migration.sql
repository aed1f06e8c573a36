-- No card or state may change between the backfill below and the triggers that follow it
-- (an instance still running the previous version may be grading during a rolling deploy).
LOCK TABLE "card", "card_state" IN SHARE ROW EXCLUSIVE MODE;

-- CreateTable
CREATE TABLE "due_state" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "due" TIMESTAMPTZ(3) NOT NULL,
    "state" INTEGER NOT NULL,
    "counts" BOOLEAN NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "lastReview" TIMESTAMPTZ(3),
    "lastRating" INTEGER NOT NULL,
    "passedAt" TIMESTAMPTZ(3),
    "position" INTEGER NOT NULL,
    "parentId" TEXT,

    CONSTRAINT "due_state_pkey" PRIMARY KEY ("userId","cardId")
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

-- Kept by triggers, the same rules as the SQLite migration. Row-level AFTER triggers here
-- run at the end of their statement and each recomputes its rows from card_state and card
-- as they are then (delete, then insert what qualifies), so the order does not matter.
-- Row triggers of concurrent transactions read each other's rows only once committed: a grade
-- re-inserting its card's row while another transaction archives or moves that card would
-- leave the row as the grade saw the card. Per card, the re-insert holds a shared advisory
-- lock and a change of the card an exclusive one (key space 7011), each taken before any
-- due_state row is touched, so one waits for the other to commit and then reads it.
CREATE FUNCTION "due_state_sync"(uid TEXT, cid TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7011, hashtext(cid));
  DELETE FROM "due_state" WHERE "userId" = uid AND "cardId" = cid;
  INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "lastRating", "passedAt", "position", "parentId")
    SELECT s."userId", s."cardId", c."deckId", s."due", s."state",
      s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
        WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)),
      s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."lastReview", s."lastRating", s."passedAt", c."position", c."parentId"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
    WHERE s."userId" = uid AND s."cardId" = cid AND s."suspended" = false AND c."archivedAt" IS NULL;
END $$;

-- A follow-up counts only while its topic has a state that is not failing.
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
    INSERT INTO "due_state" ("userId", "cardId", "deckId", "due", "state", "counts", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "lastRating", "passedAt", "position", "parentId")
      SELECT s."userId", s."cardId", c."deckId", s."due", s."state",
      s."state" > 0 AND (c."parentId" IS NULL OR EXISTS (SELECT 1 FROM "card_state" p
        WHERE p."userId" = s."userId" AND p."cardId" = c."parentId" AND p."state" <> 3 AND p."lastRating" <> 1)),
      s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."lastReview", s."lastRating", s."passedAt", c."position", c."parentId"
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
