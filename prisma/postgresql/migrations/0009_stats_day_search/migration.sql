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

    CONSTRAINT "stats_day_pkey" PRIMARY KEY ("userId","day")
);

-- AddForeignKey
ALTER TABLE "stats_day" ADD CONSTRAINT "stats_day_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


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
CREATE FUNCTION "stats_day_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "stats_day" ("userId", "day", "learning", "young", "mature", "relearning", "durationMs", "learningAgain", "learningHard", "learningGood", "learningEasy", "youngAgain", "youngHard", "youngGood", "youngEasy", "matureAgain", "matureHard", "matureGood", "matureEasy")
    SELECT r."userId", r."studyDay", SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."state" <> 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (r."durationMs")), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 1 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 2 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 4 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 1 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 2 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 4 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 1 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 2 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 4 THEN 1 ELSE 0 END))
    FROM (SELECT 1 AS sign, * FROM new_rows WHERE "undoneAt" IS NULL) r GROUP BY r."userId", r."studyDay"
    ON CONFLICT ("userId", "day") DO UPDATE SET
    "learning" = "stats_day"."learning" + EXCLUDED."learning",
    "young" = "stats_day"."young" + EXCLUDED."young",
    "mature" = "stats_day"."mature" + EXCLUDED."mature",
    "relearning" = "stats_day"."relearning" + EXCLUDED."relearning",
    "durationMs" = "stats_day"."durationMs" + EXCLUDED."durationMs",
    "learningAgain" = "stats_day"."learningAgain" + EXCLUDED."learningAgain",
    "learningHard" = "stats_day"."learningHard" + EXCLUDED."learningHard",
    "learningGood" = "stats_day"."learningGood" + EXCLUDED."learningGood",
    "learningEasy" = "stats_day"."learningEasy" + EXCLUDED."learningEasy",
    "youngAgain" = "stats_day"."youngAgain" + EXCLUDED."youngAgain",
    "youngHard" = "stats_day"."youngHard" + EXCLUDED."youngHard",
    "youngGood" = "stats_day"."youngGood" + EXCLUDED."youngGood",
    "youngEasy" = "stats_day"."youngEasy" + EXCLUDED."youngEasy",
    "matureAgain" = "stats_day"."matureAgain" + EXCLUDED."matureAgain",
    "matureHard" = "stats_day"."matureHard" + EXCLUDED."matureHard",
    "matureGood" = "stats_day"."matureGood" + EXCLUDED."matureGood",
    "matureEasy" = "stats_day"."matureEasy" + EXCLUDED."matureEasy";
  WITH keys AS (SELECT DISTINCT "userId", "studyDay", "cardId" FROM new_rows WHERE "state" = 2),
    after_first AS (SELECT DISTINCT ON (l."userId", l."studyDay", l."cardId") l."userId", l."studyDay", l."cardId", CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c
      FROM (SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM "review_log") l JOIN keys k ON l."userId" = k."userId" AND l."studyDay" = k."studyDay" AND l."cardId" = k."cardId" WHERE l."state" = 2 AND l."undoneAt" IS NULL
      ORDER BY l."userId", l."studyDay", l."cardId", l."reviewedAt", l."id"),
    before_first AS (SELECT DISTINCT ON (l."userId", l."studyDay", l."cardId") l."userId", l."studyDay", l."cardId", CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c
      FROM (SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM "review_log" WHERE "id" NOT IN (SELECT "id" FROM new_rows)) l JOIN keys k ON l."userId" = k."userId" AND l."studyDay" = k."studyDay" AND l."cardId" = k."cardId" WHERE l."state" = 2 AND l."undoneAt" IS NULL
      ORDER BY l."userId", l."studyDay", l."cardId", l."reviewedAt", l."id"),
    delta AS (SELECT k."userId", k."studyDay", SUM((CASE WHEN a.c = 1 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 1 THEN 1 ELSE 0 END)) AS "retYoungPass", SUM((CASE WHEN a.c = 2 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 2 THEN 1 ELSE 0 END)) AS "retYoungFail", SUM((CASE WHEN a.c = 3 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 3 THEN 1 ELSE 0 END)) AS "retMaturePass", SUM((CASE WHEN a.c = 4 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 4 THEN 1 ELSE 0 END)) AS "retMatureFail"
      FROM keys k LEFT JOIN after_first a ON a."userId" = k."userId" AND a."studyDay" = k."studyDay" AND a."cardId" = k."cardId" LEFT JOIN before_first b ON b."userId" = k."userId" AND b."studyDay" = k."studyDay" AND b."cardId" = k."cardId"
      GROUP BY k."userId", k."studyDay")
  UPDATE "stats_day" s SET
    "retYoungPass" = s."retYoungPass" + d."retYoungPass",
    "retYoungFail" = s."retYoungFail" + d."retYoungFail",
    "retMaturePass" = s."retMaturePass" + d."retMaturePass",
    "retMatureFail" = s."retMatureFail" + d."retMatureFail"
    FROM delta d WHERE s."userId" = d."userId" AND s."day" = d."studyDay";
  RETURN NULL;
END
$$;

CREATE FUNCTION "stats_day_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "stats_day" s SET
    "learning" = s."learning" - d."learning",
    "young" = s."young" - d."young",
    "mature" = s."mature" - d."mature",
    "relearning" = s."relearning" - d."relearning",
    "durationMs" = s."durationMs" - d."durationMs",
    "learningAgain" = s."learningAgain" - d."learningAgain",
    "learningHard" = s."learningHard" - d."learningHard",
    "learningGood" = s."learningGood" - d."learningGood",
    "learningEasy" = s."learningEasy" - d."learningEasy",
    "youngAgain" = s."youngAgain" - d."youngAgain",
    "youngHard" = s."youngHard" - d."youngHard",
    "youngGood" = s."youngGood" - d."youngGood",
    "youngEasy" = s."youngEasy" - d."youngEasy",
    "matureAgain" = s."matureAgain" - d."matureAgain",
    "matureHard" = s."matureHard" - d."matureHard",
    "matureGood" = s."matureGood" - d."matureGood",
    "matureEasy" = s."matureEasy" - d."matureEasy"
    FROM (SELECT r."userId", r."studyDay", SUM(CASE WHEN r."state" <> 2 AND r."state" <> 3 THEN 1 ELSE 0 END) AS "learning", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 THEN 1 ELSE 0 END) AS "young", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 THEN 1 ELSE 0 END) AS "mature", SUM(CASE WHEN r."state" = 3 THEN 1 ELSE 0 END) AS "relearning", SUM(r."durationMs") AS "durationMs", SUM(CASE WHEN r."state" <> 2 AND r."rating" = 1 THEN 1 ELSE 0 END) AS "learningAgain", SUM(CASE WHEN r."state" <> 2 AND r."rating" = 2 THEN 1 ELSE 0 END) AS "learningHard", SUM(CASE WHEN r."state" <> 2 AND r."rating" = 3 THEN 1 ELSE 0 END) AS "learningGood", SUM(CASE WHEN r."state" <> 2 AND r."rating" = 4 THEN 1 ELSE 0 END) AS "learningEasy", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 1 THEN 1 ELSE 0 END) AS "youngAgain", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 2 THEN 1 ELSE 0 END) AS "youngHard", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 3 THEN 1 ELSE 0 END) AS "youngGood", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 4 THEN 1 ELSE 0 END) AS "youngEasy", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 1 THEN 1 ELSE 0 END) AS "matureAgain", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 2 THEN 1 ELSE 0 END) AS "matureHard", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 3 THEN 1 ELSE 0 END) AS "matureGood", SUM(CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 4 THEN 1 ELSE 0 END) AS "matureEasy"
      FROM old_rows r WHERE r."undoneAt" IS NULL GROUP BY r."userId", r."studyDay") d
    WHERE s."userId" = d."userId" AND s."day" = d."studyDay";
  WITH keys AS (SELECT DISTINCT "userId", "studyDay", "cardId" FROM old_rows WHERE "state" = 2),
    after_first AS (SELECT DISTINCT ON (l."userId", l."studyDay", l."cardId") l."userId", l."studyDay", l."cardId", CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c
      FROM (SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM "review_log") l JOIN keys k ON l."userId" = k."userId" AND l."studyDay" = k."studyDay" AND l."cardId" = k."cardId" WHERE l."state" = 2 AND l."undoneAt" IS NULL
      ORDER BY l."userId", l."studyDay", l."cardId", l."reviewedAt", l."id"),
    before_first AS (SELECT DISTINCT ON (l."userId", l."studyDay", l."cardId") l."userId", l."studyDay", l."cardId", CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c
      FROM (SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM "review_log" UNION ALL SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM old_rows) l JOIN keys k ON l."userId" = k."userId" AND l."studyDay" = k."studyDay" AND l."cardId" = k."cardId" WHERE l."state" = 2 AND l."undoneAt" IS NULL
      ORDER BY l."userId", l."studyDay", l."cardId", l."reviewedAt", l."id"),
    delta AS (SELECT k."userId", k."studyDay", SUM((CASE WHEN a.c = 1 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 1 THEN 1 ELSE 0 END)) AS "retYoungPass", SUM((CASE WHEN a.c = 2 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 2 THEN 1 ELSE 0 END)) AS "retYoungFail", SUM((CASE WHEN a.c = 3 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 3 THEN 1 ELSE 0 END)) AS "retMaturePass", SUM((CASE WHEN a.c = 4 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 4 THEN 1 ELSE 0 END)) AS "retMatureFail"
      FROM keys k LEFT JOIN after_first a ON a."userId" = k."userId" AND a."studyDay" = k."studyDay" AND a."cardId" = k."cardId" LEFT JOIN before_first b ON b."userId" = k."userId" AND b."studyDay" = k."studyDay" AND b."cardId" = k."cardId"
      GROUP BY k."userId", k."studyDay")
  UPDATE "stats_day" s SET
    "retYoungPass" = s."retYoungPass" + d."retYoungPass",
    "retYoungFail" = s."retYoungFail" + d."retYoungFail",
    "retMaturePass" = s."retMaturePass" + d."retMaturePass",
    "retMatureFail" = s."retMatureFail" + d."retMatureFail"
    FROM delta d WHERE s."userId" = d."userId" AND s."day" = d."studyDay";
  RETURN NULL;
END
$$;

CREATE FUNCTION "stats_day_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "stats_day" ("userId", "day", "learning", "young", "mature", "relearning", "durationMs", "learningAgain", "learningHard", "learningGood", "learningEasy", "youngAgain", "youngHard", "youngGood", "youngEasy", "matureAgain", "matureHard", "matureGood", "matureEasy")
    SELECT r."userId", r."studyDay", SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."state" <> 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (r."durationMs")), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 1 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 2 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" <> 2 AND r."rating" = 4 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 1 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 2 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" < 21 AND r."rating" = 4 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 1 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 2 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 3 THEN 1 ELSE 0 END)), SUM(r.sign * (CASE WHEN r."state" = 2 AND r."scheduledDays" >= 21 AND r."rating" = 4 THEN 1 ELSE 0 END))
    FROM (SELECT 1 AS sign, * FROM new_rows WHERE "undoneAt" IS NULL UNION ALL SELECT -1 AS sign, * FROM old_rows WHERE "undoneAt" IS NULL) r GROUP BY r."userId", r."studyDay"
    ON CONFLICT ("userId", "day") DO UPDATE SET
    "learning" = "stats_day"."learning" + EXCLUDED."learning",
    "young" = "stats_day"."young" + EXCLUDED."young",
    "mature" = "stats_day"."mature" + EXCLUDED."mature",
    "relearning" = "stats_day"."relearning" + EXCLUDED."relearning",
    "durationMs" = "stats_day"."durationMs" + EXCLUDED."durationMs",
    "learningAgain" = "stats_day"."learningAgain" + EXCLUDED."learningAgain",
    "learningHard" = "stats_day"."learningHard" + EXCLUDED."learningHard",
    "learningGood" = "stats_day"."learningGood" + EXCLUDED."learningGood",
    "learningEasy" = "stats_day"."learningEasy" + EXCLUDED."learningEasy",
    "youngAgain" = "stats_day"."youngAgain" + EXCLUDED."youngAgain",
    "youngHard" = "stats_day"."youngHard" + EXCLUDED."youngHard",
    "youngGood" = "stats_day"."youngGood" + EXCLUDED."youngGood",
    "youngEasy" = "stats_day"."youngEasy" + EXCLUDED."youngEasy",
    "matureAgain" = "stats_day"."matureAgain" + EXCLUDED."matureAgain",
    "matureHard" = "stats_day"."matureHard" + EXCLUDED."matureHard",
    "matureGood" = "stats_day"."matureGood" + EXCLUDED."matureGood",
    "matureEasy" = "stats_day"."matureEasy" + EXCLUDED."matureEasy";
  WITH keys AS (SELECT DISTINCT "userId", "studyDay", "cardId" FROM new_rows WHERE "state" = 2 UNION SELECT DISTINCT "userId", "studyDay", "cardId" FROM old_rows WHERE "state" = 2),
    after_first AS (SELECT DISTINCT ON (l."userId", l."studyDay", l."cardId") l."userId", l."studyDay", l."cardId", CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c
      FROM (SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM "review_log") l JOIN keys k ON l."userId" = k."userId" AND l."studyDay" = k."studyDay" AND l."cardId" = k."cardId" WHERE l."state" = 2 AND l."undoneAt" IS NULL
      ORDER BY l."userId", l."studyDay", l."cardId", l."reviewedAt", l."id"),
    before_first AS (SELECT DISTINCT ON (l."userId", l."studyDay", l."cardId") l."userId", l."studyDay", l."cardId", CASE WHEN l."rating" > 1 THEN (CASE WHEN l."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN l."scheduledDays" >= 21 THEN 4 ELSE 2 END) END AS c
      FROM (SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM "review_log" WHERE "id" NOT IN (SELECT "id" FROM new_rows) UNION ALL SELECT "id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt" FROM old_rows) l JOIN keys k ON l."userId" = k."userId" AND l."studyDay" = k."studyDay" AND l."cardId" = k."cardId" WHERE l."state" = 2 AND l."undoneAt" IS NULL
      ORDER BY l."userId", l."studyDay", l."cardId", l."reviewedAt", l."id"),
    delta AS (SELECT k."userId", k."studyDay", SUM((CASE WHEN a.c = 1 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 1 THEN 1 ELSE 0 END)) AS "retYoungPass", SUM((CASE WHEN a.c = 2 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 2 THEN 1 ELSE 0 END)) AS "retYoungFail", SUM((CASE WHEN a.c = 3 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 3 THEN 1 ELSE 0 END)) AS "retMaturePass", SUM((CASE WHEN a.c = 4 THEN 1 ELSE 0 END) - (CASE WHEN b.c = 4 THEN 1 ELSE 0 END)) AS "retMatureFail"
      FROM keys k LEFT JOIN after_first a ON a."userId" = k."userId" AND a."studyDay" = k."studyDay" AND a."cardId" = k."cardId" LEFT JOIN before_first b ON b."userId" = k."userId" AND b."studyDay" = k."studyDay" AND b."cardId" = k."cardId"
      GROUP BY k."userId", k."studyDay")
  UPDATE "stats_day" s SET
    "retYoungPass" = s."retYoungPass" + d."retYoungPass",
    "retYoungFail" = s."retYoungFail" + d."retYoungFail",
    "retMaturePass" = s."retMaturePass" + d."retMaturePass",
    "retMatureFail" = s."retMatureFail" + d."retMatureFail"
    FROM delta d WHERE s."userId" = d."userId" AND s."day" = d."studyDay";
  RETURN NULL;
END
$$;

CREATE TRIGGER "review_log_stats_day_insert" AFTER INSERT ON "review_log" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stats_day_after_insert"();
CREATE TRIGGER "review_log_stats_day_delete" AFTER DELETE ON "review_log" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stats_day_after_delete"();
CREATE TRIGGER "review_log_stats_day_update" AFTER UPDATE ON "review_log" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stats_day_after_update"();

-- Library search: trigram GIN indexes, so LIKE '%…%' on prompt and answer
-- (lib/data/library-cards.ts) is an index search. pg_trgm ships with
-- PostgreSQL's contrib (Debian's postgresql package); where it cannot be
-- created, search still works, by scanning.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX "card_prompt_trgm_idx" ON "card" USING gin ("prompt" gin_trgm_ops);
  CREATE INDEX "card_answer_trgm_idx" ON "card" USING gin ("answer" gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): library search scans without an index', SQLERRM;
END
$$;
