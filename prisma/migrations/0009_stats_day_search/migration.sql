-- CreateTable
CREATE TABLE "stats_day" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "learning" INTEGER NOT NULL DEFAULT 0,
    "young" INTEGER NOT NULL DEFAULT 0,
    "mature" INTEGER NOT NULL DEFAULT 0,
    "relearning" INTEGER NOT NULL DEFAULT 0,
    "durationMs" BIGINT NOT NULL DEFAULT 0,
    "learningAgain" INTEGER NOT NULL DEFAULT 0,
    "learningHard" INTEGER NOT NULL DEFAULT 0,
    "learningGood" INTEGER NOT NULL DEFAULT 0,
    "learningEasy" INTEGER NOT NULL DEFAULT 0,
    "youngAgain" INTEGER NOT NULL DEFAULT 0,
    "youngHard" INTEGER NOT NULL DEFAULT 0,
    "youngGood" INTEGER NOT NULL DEFAULT 0,
    "youngEasy" INTEGER NOT NULL DEFAULT 0,
    "matureAgain" INTEGER NOT NULL DEFAULT 0,
    "matureHard" INTEGER NOT NULL DEFAULT 0,
    "matureGood" INTEGER NOT NULL DEFAULT 0,
    "matureEasy" INTEGER NOT NULL DEFAULT 0,
    "retYoungPass" INTEGER NOT NULL DEFAULT 0,
    "retYoungFail" INTEGER NOT NULL DEFAULT 0,
    "retMaturePass" INTEGER NOT NULL DEFAULT 0,
    "retMatureFail" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("userId", "day"),
    CONSTRAINT "stats_day_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- CreateIndex
CREATE INDEX "card_deckId_archivedAt_id_idx" ON "card"("deckId", "archivedAt", "id");

-- CreateIndex
CREATE INDEX "card_id_deckId_archivedAt_idx" ON "card"("id", "deckId", "archivedAt");

-- CreateIndex
CREATE INDEX "card_state_stats_idx" ON "card_state"("userId", "cardId", "state", "suspended", "scheduledDays", "stability", "difficulty", "lastReview");

-- Backfill from the logs already there
INSERT INTO "stats_day" ("userId", "day", "learning", "young", "mature", "relearning", "durationMs", "learningAgain", "learningHard", "learningGood", "learningEasy", "youngAgain", "youngHard", "youngGood", "youngEasy", "matureAgain", "matureHard", "matureGood", "matureEasy", "retYoungPass", "retYoungFail", "retMaturePass", "retMatureFail")
SELECT r."userId", r."studyDay", SUM(CASE WHEN r."state" <> 2 AND r."state" <> 3 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 3 THEN 1 ELSE 0 END), SUM(r."durationMs"), SUM(CASE WHEN r."state" <> 2 AND r."rating" = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" <> 2 AND r."rating" = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" <> 2 AND r."rating" = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" <> 2 AND r."rating" = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r.rn = 1 AND (CASE WHEN r."rating" > 1 THEN (CASE WHEN r."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN r."scheduledDays" >= 21 THEN 4 ELSE 2 END) END) = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r.rn = 1 AND (CASE WHEN r."rating" > 1 THEN (CASE WHEN r."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN r."scheduledDays" >= 21 THEN 4 ELSE 2 END) END) = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r.rn = 1 AND (CASE WHEN r."rating" > 1 THEN (CASE WHEN r."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN r."scheduledDays" >= 21 THEN 4 ELSE 2 END) END) = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN r."state" = 2 AND r.rn = 1 AND (CASE WHEN r."rating" > 1 THEN (CASE WHEN r."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN r."scheduledDays" >= 21 THEN 4 ELSE 2 END) END) = 4 THEN 1 ELSE 0 END)
FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY l."userId", l."studyDay", l."cardId", l."state" ORDER BY l."reviewedAt", l."id") AS rn
  FROM "review_log" l WHERE l."undoneAt" IS NULL) r
GROUP BY r."userId", r."studyDay";

-- Statistics per study day, kept by every writer of review_log (scripts/stats-day-sql.mjs)
CREATE TRIGGER "review_log_stats_day_insert" AFTER INSERT ON "review_log" WHEN NEW."undoneAt" IS NULL BEGIN
  INSERT INTO "stats_day" ("userId", "day") SELECT NEW."userId", NEW."studyDay" WHERE 1 ON CONFLICT DO NOTHING;
  UPDATE "stats_day" SET
    "learning" = "learning" + (CASE WHEN NEW."state" <> 2 AND NEW."state" <> 3 THEN 1 ELSE 0 END),
    "young" = "young" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 THEN 1 ELSE 0 END),
    "mature" = "mature" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 THEN 1 ELSE 0 END),
    "relearning" = "relearning" + (CASE WHEN NEW."state" = 3 THEN 1 ELSE 0 END),
    "durationMs" = "durationMs" + (NEW."durationMs"),
    "learningAgain" = "learningAgain" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 1 THEN 1 ELSE 0 END),
    "learningHard" = "learningHard" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 2 THEN 1 ELSE 0 END),
    "learningGood" = "learningGood" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 3 THEN 1 ELSE 0 END),
    "learningEasy" = "learningEasy" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 4 THEN 1 ELSE 0 END),
    "youngAgain" = "youngAgain" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 1 THEN 1 ELSE 0 END),
    "youngHard" = "youngHard" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 2 THEN 1 ELSE 0 END),
    "youngGood" = "youngGood" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 3 THEN 1 ELSE 0 END),
    "youngEasy" = "youngEasy" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 4 THEN 1 ELSE 0 END),
    "matureAgain" = "matureAgain" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 1 THEN 1 ELSE 0 END),
    "matureHard" = "matureHard" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 2 THEN 1 ELSE 0 END),
    "matureGood" = "matureGood" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 3 THEN 1 ELSE 0 END),
    "matureEasy" = "matureEasy" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 4 THEN 1 ELSE 0 END)
  WHERE "userId" = NEW."userId" AND "day" = NEW."studyDay";
  UPDATE "stats_day" SET
      "retYoungPass" = "retYoungPass" + (CASE WHEN d.a = 1 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 1 THEN 1 ELSE 0 END),
      "retYoungFail" = "retYoungFail" + (CASE WHEN d.a = 2 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 2 THEN 1 ELSE 0 END),
      "retMaturePass" = "retMaturePass" + (CASE WHEN d.a = 3 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 3 THEN 1 ELSE 0 END),
      "retMatureFail" = "retMatureFail" + (CASE WHEN d.a = 4 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 4 THEN 1 ELSE 0 END)
    FROM (SELECT COALESCE((SELECT CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END FROM "review_log" l WHERE l."userId" = NEW."userId" AND l."studyDay" = NEW."studyDay" AND l."cardId" = NEW."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL ORDER BY l."reviewedAt", l."id" LIMIT 1), 0) AS a, COALESCE((SELECT CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END FROM "review_log" l WHERE l."userId" = NEW."userId" AND l."studyDay" = NEW."studyDay" AND l."cardId" = NEW."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL AND l."id" <> NEW."id" ORDER BY l."reviewedAt", l."id" LIMIT 1), 0) AS b) AS d
    WHERE "stats_day"."userId" = NEW."userId" AND "stats_day"."day" = NEW."studyDay" AND d.a <> d.b AND (NEW."state" = 2);
END;

CREATE TRIGGER "review_log_stats_day_delete" AFTER DELETE ON "review_log" WHEN OLD."undoneAt" IS NULL BEGIN
  UPDATE "stats_day" SET
    "learning" = "learning" - (CASE WHEN OLD."state" <> 2 AND OLD."state" <> 3 THEN 1 ELSE 0 END),
    "young" = "young" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 THEN 1 ELSE 0 END),
    "mature" = "mature" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 THEN 1 ELSE 0 END),
    "relearning" = "relearning" - (CASE WHEN OLD."state" = 3 THEN 1 ELSE 0 END),
    "durationMs" = "durationMs" - (OLD."durationMs"),
    "learningAgain" = "learningAgain" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 1 THEN 1 ELSE 0 END),
    "learningHard" = "learningHard" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 2 THEN 1 ELSE 0 END),
    "learningGood" = "learningGood" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 3 THEN 1 ELSE 0 END),
    "learningEasy" = "learningEasy" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 4 THEN 1 ELSE 0 END),
    "youngAgain" = "youngAgain" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 1 THEN 1 ELSE 0 END),
    "youngHard" = "youngHard" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 2 THEN 1 ELSE 0 END),
    "youngGood" = "youngGood" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 3 THEN 1 ELSE 0 END),
    "youngEasy" = "youngEasy" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 4 THEN 1 ELSE 0 END),
    "matureAgain" = "matureAgain" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 1 THEN 1 ELSE 0 END),
    "matureHard" = "matureHard" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 2 THEN 1 ELSE 0 END),
    "matureGood" = "matureGood" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 3 THEN 1 ELSE 0 END),
    "matureEasy" = "matureEasy" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 4 THEN 1 ELSE 0 END)
  WHERE "userId" = OLD."userId" AND "day" = OLD."studyDay";
  UPDATE "stats_day" SET
      "retYoungPass" = "retYoungPass" + (CASE WHEN d.a = 1 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 1 THEN 1 ELSE 0 END),
      "retYoungFail" = "retYoungFail" + (CASE WHEN d.a = 2 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 2 THEN 1 ELSE 0 END),
      "retMaturePass" = "retMaturePass" + (CASE WHEN d.a = 3 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 3 THEN 1 ELSE 0 END),
      "retMatureFail" = "retMatureFail" + (CASE WHEN d.a = 4 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 4 THEN 1 ELSE 0 END)
    FROM (SELECT COALESCE((SELECT CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END FROM "review_log" l WHERE l."userId" = OLD."userId" AND l."studyDay" = OLD."studyDay" AND l."cardId" = OLD."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL ORDER BY l."reviewedAt", l."id" LIMIT 1), 0) AS a, COALESCE((SELECT x.c FROM (SELECT l."reviewedAt" AS at, l."id" AS id, CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c FROM "review_log" l WHERE l."userId" = OLD."userId" AND l."studyDay" = OLD."studyDay" AND l."cardId" = OLD."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL AND l."id" <> OLD."id"
        UNION ALL SELECT OLD."reviewedAt", OLD."id", CASE WHEN OLD."rating" > 1 THEN (CASE WHEN OLD."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN OLD."scheduledDays" >= 21 THEN 4 ELSE 2 END) END WHERE OLD."state" = 2 AND OLD."undoneAt" IS NULL AND OLD."userId" = OLD."userId" AND OLD."studyDay" = OLD."studyDay" AND OLD."cardId" = OLD."cardId") x ORDER BY x.at, x.id LIMIT 1), 0) AS b) AS d
    WHERE "stats_day"."userId" = OLD."userId" AND "stats_day"."day" = OLD."studyDay" AND d.a <> d.b AND (OLD."state" = 2);
END;

CREATE TRIGGER "review_log_stats_day_update" AFTER UPDATE OF "userId", "cardId", "rating", "state", "scheduledDays", "durationMs", "reviewedAt", "studyDay", "undoneAt" ON "review_log" BEGIN
  UPDATE "stats_day" SET
    "learning" = "learning" - (CASE WHEN OLD."state" <> 2 AND OLD."state" <> 3 THEN 1 ELSE 0 END),
    "young" = "young" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 THEN 1 ELSE 0 END),
    "mature" = "mature" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 THEN 1 ELSE 0 END),
    "relearning" = "relearning" - (CASE WHEN OLD."state" = 3 THEN 1 ELSE 0 END),
    "durationMs" = "durationMs" - (OLD."durationMs"),
    "learningAgain" = "learningAgain" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 1 THEN 1 ELSE 0 END),
    "learningHard" = "learningHard" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 2 THEN 1 ELSE 0 END),
    "learningGood" = "learningGood" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 3 THEN 1 ELSE 0 END),
    "learningEasy" = "learningEasy" - (CASE WHEN OLD."state" <> 2 AND OLD."rating" = 4 THEN 1 ELSE 0 END),
    "youngAgain" = "youngAgain" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 1 THEN 1 ELSE 0 END),
    "youngHard" = "youngHard" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 2 THEN 1 ELSE 0 END),
    "youngGood" = "youngGood" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 3 THEN 1 ELSE 0 END),
    "youngEasy" = "youngEasy" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" < 21 AND OLD."rating" = 4 THEN 1 ELSE 0 END),
    "matureAgain" = "matureAgain" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 1 THEN 1 ELSE 0 END),
    "matureHard" = "matureHard" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 2 THEN 1 ELSE 0 END),
    "matureGood" = "matureGood" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 3 THEN 1 ELSE 0 END),
    "matureEasy" = "matureEasy" - (CASE WHEN OLD."state" = 2 AND OLD."scheduledDays" >= 21 AND OLD."rating" = 4 THEN 1 ELSE 0 END)
  WHERE "userId" = OLD."userId" AND "day" = OLD."studyDay" AND OLD."undoneAt" IS NULL;
  INSERT INTO "stats_day" ("userId", "day") SELECT NEW."userId", NEW."studyDay" WHERE NEW."undoneAt" IS NULL ON CONFLICT DO NOTHING;
  UPDATE "stats_day" SET
    "learning" = "learning" + (CASE WHEN NEW."state" <> 2 AND NEW."state" <> 3 THEN 1 ELSE 0 END),
    "young" = "young" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 THEN 1 ELSE 0 END),
    "mature" = "mature" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 THEN 1 ELSE 0 END),
    "relearning" = "relearning" + (CASE WHEN NEW."state" = 3 THEN 1 ELSE 0 END),
    "durationMs" = "durationMs" + (NEW."durationMs"),
    "learningAgain" = "learningAgain" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 1 THEN 1 ELSE 0 END),
    "learningHard" = "learningHard" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 2 THEN 1 ELSE 0 END),
    "learningGood" = "learningGood" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 3 THEN 1 ELSE 0 END),
    "learningEasy" = "learningEasy" + (CASE WHEN NEW."state" <> 2 AND NEW."rating" = 4 THEN 1 ELSE 0 END),
    "youngAgain" = "youngAgain" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 1 THEN 1 ELSE 0 END),
    "youngHard" = "youngHard" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 2 THEN 1 ELSE 0 END),
    "youngGood" = "youngGood" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 3 THEN 1 ELSE 0 END),
    "youngEasy" = "youngEasy" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" < 21 AND NEW."rating" = 4 THEN 1 ELSE 0 END),
    "matureAgain" = "matureAgain" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 1 THEN 1 ELSE 0 END),
    "matureHard" = "matureHard" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 2 THEN 1 ELSE 0 END),
    "matureGood" = "matureGood" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 3 THEN 1 ELSE 0 END),
    "matureEasy" = "matureEasy" + (CASE WHEN NEW."state" = 2 AND NEW."scheduledDays" >= 21 AND NEW."rating" = 4 THEN 1 ELSE 0 END)
  WHERE "userId" = NEW."userId" AND "day" = NEW."studyDay" AND NEW."undoneAt" IS NULL;
  UPDATE "stats_day" SET
      "retYoungPass" = "retYoungPass" + (CASE WHEN d.a = 1 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 1 THEN 1 ELSE 0 END),
      "retYoungFail" = "retYoungFail" + (CASE WHEN d.a = 2 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 2 THEN 1 ELSE 0 END),
      "retMaturePass" = "retMaturePass" + (CASE WHEN d.a = 3 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 3 THEN 1 ELSE 0 END),
      "retMatureFail" = "retMatureFail" + (CASE WHEN d.a = 4 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 4 THEN 1 ELSE 0 END)
    FROM (SELECT COALESCE((SELECT CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END FROM "review_log" l WHERE l."userId" = OLD."userId" AND l."studyDay" = OLD."studyDay" AND l."cardId" = OLD."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL ORDER BY l."reviewedAt", l."id" LIMIT 1), 0) AS a, COALESCE((SELECT x.c FROM (SELECT l."reviewedAt" AS at, l."id" AS id, CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c FROM "review_log" l WHERE l."userId" = OLD."userId" AND l."studyDay" = OLD."studyDay" AND l."cardId" = OLD."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL AND l."id" <> OLD."id"
        UNION ALL SELECT OLD."reviewedAt", OLD."id", CASE WHEN OLD."rating" > 1 THEN (CASE WHEN OLD."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN OLD."scheduledDays" >= 21 THEN 4 ELSE 2 END) END WHERE OLD."state" = 2 AND OLD."undoneAt" IS NULL AND OLD."userId" = OLD."userId" AND OLD."studyDay" = OLD."studyDay" AND OLD."cardId" = OLD."cardId") x ORDER BY x.at, x.id LIMIT 1), 0) AS b) AS d
    WHERE "stats_day"."userId" = OLD."userId" AND "stats_day"."day" = OLD."studyDay" AND d.a <> d.b AND (OLD."state" = 2 OR NEW."state" = 2);
  UPDATE "stats_day" SET
      "retYoungPass" = "retYoungPass" + (CASE WHEN d.a = 1 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 1 THEN 1 ELSE 0 END),
      "retYoungFail" = "retYoungFail" + (CASE WHEN d.a = 2 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 2 THEN 1 ELSE 0 END),
      "retMaturePass" = "retMaturePass" + (CASE WHEN d.a = 3 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 3 THEN 1 ELSE 0 END),
      "retMatureFail" = "retMatureFail" + (CASE WHEN d.a = 4 THEN 1 ELSE 0 END) - (CASE WHEN d.b = 4 THEN 1 ELSE 0 END)
    FROM (SELECT COALESCE((SELECT CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END FROM "review_log" l WHERE l."userId" = NEW."userId" AND l."studyDay" = NEW."studyDay" AND l."cardId" = NEW."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL ORDER BY l."reviewedAt", l."id" LIMIT 1), 0) AS a, COALESCE((SELECT CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END FROM "review_log" l WHERE l."userId" = NEW."userId" AND l."studyDay" = NEW."studyDay" AND l."cardId" = NEW."cardId" AND l."state" = 2 AND l."undoneAt" IS NULL AND l."id" <> NEW."id" ORDER BY l."reviewedAt", l."id" LIMIT 1), 0) AS b) AS d
    WHERE "stats_day"."userId" = NEW."userId" AND "stats_day"."day" = NEW."studyDay" AND d.a <> d.b AND (NEW."state" = 2 AND NOT (NEW."userId" = OLD."userId" AND NEW."studyDay" = OLD."studyDay" AND NEW."cardId" = OLD."cardId"));
END;

-- Library search: a trigram full-text index over card prompt and answer
-- (lib/data/library-search.ts). External content: the text stays in "card";
-- the index is keyed by card's rowid and kept by the triggers below. A later
-- migration that rebuilds "card" must recreate these triggers and run
-- INSERT INTO "card_search"("card_search") VALUES ('rebuild').
CREATE VIRTUAL TABLE "card_search" USING fts5("prompt", "answer", content='card', content_rowid='rowid', tokenize='trigram');
INSERT INTO "card_search"("card_search") VALUES ('rebuild');

CREATE TRIGGER "card_search_insert" AFTER INSERT ON "card" BEGIN
  INSERT INTO "card_search"(rowid, "prompt", "answer") VALUES (NEW.rowid, NEW."prompt", NEW."answer");
END;

CREATE TRIGGER "card_search_delete" AFTER DELETE ON "card" BEGIN
  INSERT INTO "card_search"("card_search", rowid, "prompt", "answer") VALUES ('delete', OLD.rowid, OLD."prompt", OLD."answer");
END;

CREATE TRIGGER "card_search_update" AFTER UPDATE OF "prompt", "answer" ON "card" BEGIN
  INSERT INTO "card_search"("card_search", rowid, "prompt", "answer") VALUES ('delete', OLD.rowid, OLD."prompt", OLD."answer");
  INSERT INTO "card_search"(rowid, "prompt", "answer") VALUES (NEW.rowid, NEW."prompt", NEW."answer");
END;
