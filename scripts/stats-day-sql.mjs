// Writes the SQL of migration 0009's triggers (both databases) and the
// backfill: `node scripts/stats-day-sql.mjs sqlite|postgresql`. Kept beside
// the migration so a later migration that rebuilds review_log or stats_day
// can recreate them (Prisma does not model triggers). The rules mirror
// lib/stats: reviewKindOf (kinds), answerButtons (learning bucket = every
// state but Review) and countedReviews (true retention: per card and study day,
// the first Review-state grade by reviewedAt, ties by id).

const KIND = {
  learning: (r) => `${r}."state" <> 2 AND ${r}."state" <> 3`,
  young: (r) => `${r}."state" = 2 AND ${r}."scheduledDays" < 21`,
  mature: (r) => `${r}."state" = 2 AND ${r}."scheduledDays" >= 21`,
  relearning: (r) => `${r}."state" = 3`,
};
const BUTTON_BUCKETS = {
  learning: (r) => `${r}."state" <> 2`,
  young: KIND.young,
  mature: KIND.mature,
};
const RATINGS = ["Again", "Hard", "Good", "Easy"];
const RET = { retYoungPass: 1, retYoungFail: 2, retMaturePass: 3, retMatureFail: 4 };

/** Counter columns and their per-row value (0/1, or the duration) for row alias r. */
export function counterColumns(r) {
  const cols = [];
  for (const [k, cond] of Object.entries(KIND)) cols.push([k, `CASE WHEN ${cond(r)} THEN 1 ELSE 0 END`]);
  cols.push(["durationMs", `${r}."durationMs"`]);
  for (const [b, cond] of Object.entries(BUTTON_BUCKETS))
    RATINGS.forEach((name, i) => cols.push([`${b}${name}`, `CASE WHEN ${cond(r)} AND ${r}."rating" = ${i + 1} THEN 1 ELSE 0 END`]));
  return cols;
}

/** 1 young pass, 2 young fail, 3 mature pass, 4 mature fail (rows of state 2 only). */
const code = (r) =>
  `CASE WHEN ${r}."rating" > 1 THEN (CASE WHEN ${r}."scheduledDays" >= 21 THEN 3 ELSE 1 END) ELSE (CASE WHEN ${r}."scheduledDays" >= 21 THEN 4 ELSE 2 END) END`;
const qualifies = (r) => `${r}."state" = 2 AND ${r}."undoneAt" IS NULL`;
const sameKey = (a, b) => `${a}."userId" = ${b}."userId" AND ${a}."studyDay" = ${b}."studyDay" AND ${a}."cardId" = ${b}."cardId"`;
const retSet = (a, b) =>
  Object.entries(RET)
    .map(([col, c]) => `"${col}" = "${col}" + (CASE WHEN ${a} = ${c} THEN 1 ELSE 0 END) - (CASE WHEN ${b} = ${c} THEN 1 ELSE 0 END)`)
    .join(",\n      ");

// ── SQLite: row triggers, which fire as each row changes ────────────────────

function sqliteCounters(r, sign, extraWhere = "") {
  const sets = counterColumns(r).map(([c, v]) => `"${c}" = "${c}" ${sign} (${v})`).join(",\n    ");
  return `  UPDATE "stats_day" SET\n    ${sets}\n  WHERE "userId" = ${r}."userId" AND "day" = ${r}."studyDay"${extraWhere};`;
}

const sqliteEnsure = (r, cond = "1") =>
  `  INSERT INTO "stats_day" ("userId", "day") SELECT ${r}."userId", ${r}."studyDay" WHERE ${cond} ON CONFLICT DO NOTHING;`;

/** Retention delta of key row k: after = first qualifying log now; before = now without row `excl`, plus OLD if given. */
function sqliteRetention(k, excl, withOld, guard) {
  const first = (extra) =>
    `SELECT ${code("l")} FROM "review_log" l WHERE ${sameKey("l", k)} AND ${qualifies("l")}${extra} ORDER BY l."reviewedAt", l."id" LIMIT 1`;
  const after = `COALESCE((${first("")}), 0)`;
  const before = withOld
    ? `COALESCE((SELECT x.c FROM (SELECT l."reviewedAt" AS at, l."id" AS id, ${code("l")} AS c FROM "review_log" l WHERE ${sameKey("l", k)} AND ${qualifies("l")} AND l."id" <> ${excl}."id"
        UNION ALL SELECT OLD."reviewedAt", OLD."id", ${code("OLD")} WHERE ${qualifies("OLD")} AND ${sameKey("OLD", k)}) x ORDER BY x.at, x.id LIMIT 1), 0)`
    : `COALESCE((${first(` AND l."id" <> ${excl}."id"`)}), 0)`;
  return `  UPDATE "stats_day" SET
      ${retSet("d.a", "d.b")}
    FROM (SELECT ${after} AS a, ${before} AS b) AS d
    WHERE "stats_day"."userId" = ${k}."userId" AND "stats_day"."day" = ${k}."studyDay" AND d.a <> d.b${guard ? ` AND (${guard})` : ""};`;
}

const WATCHED = `"userId", "cardId", "rating", "state", "scheduledDays", "durationMs", "reviewedAt", "studyDay", "undoneAt"`;

export function sqliteTriggers() {
  return `-- Statistics per study day, kept by every writer of review_log (scripts/stats-day-sql.mjs)
CREATE TRIGGER "review_log_stats_day_insert" AFTER INSERT ON "review_log" WHEN NEW."undoneAt" IS NULL BEGIN
${sqliteEnsure("NEW")}
${sqliteCounters("NEW", "+")}
${sqliteRetention("NEW", "NEW", false, `NEW."state" = 2`)}
END;

CREATE TRIGGER "review_log_stats_day_delete" AFTER DELETE ON "review_log" WHEN OLD."undoneAt" IS NULL BEGIN
${sqliteCounters("OLD", "-")}
${sqliteRetention("OLD", "OLD", true, `OLD."state" = 2`)}
END;

CREATE TRIGGER "review_log_stats_day_update" AFTER UPDATE OF ${WATCHED} ON "review_log" BEGIN
${sqliteCounters("OLD", "-", ` AND OLD."undoneAt" IS NULL`)}
${sqliteEnsure("NEW", `NEW."undoneAt" IS NULL`)}
${sqliteCounters("NEW", "+", ` AND NEW."undoneAt" IS NULL`)}
${sqliteRetention("OLD", "OLD", true, `OLD."state" = 2 OR NEW."state" = 2`)}
${sqliteRetention("NEW", "NEW", false, `NEW."state" = 2 AND NOT (${sameKey("NEW", "OLD")})`)}
END;
`;
}

// ── PostgreSQL: statement triggers with transition tables ───────────────────
// Row triggers there fire after the whole statement, so a multi-row insert
// would see its own later rows; transition tables give the exact before/after.

function pgCountersUpsert(source) {
  const cols = counterColumns("r");
  return `  INSERT INTO "stats_day" ("userId", "day", ${cols.map(([c]) => `"${c}"`).join(", ")})
    SELECT r."userId", r."studyDay", ${cols.map(([, v]) => `SUM(r.sign * (${v}))`).join(", ")}
    FROM (${source}) r GROUP BY r."userId", r."studyDay"
    ON CONFLICT ("userId", "day") DO UPDATE SET
    ${cols.map(([c]) => `"${c}" = "stats_day"."${c}" + EXCLUDED."${c}"`).join(",\n    ")};`;
}

function pgCountersSubtract() {
  const cols = counterColumns("r");
  return `  UPDATE "stats_day" s SET
    ${cols.map(([c]) => `"${c}" = s."${c}" - d."${c}"`).join(",\n    ")}
    FROM (SELECT r."userId", r."studyDay", ${cols.map(([c, v]) => `SUM(${v}) AS "${c}"`).join(", ")}
      FROM old_rows r WHERE r."undoneAt" IS NULL GROUP BY r."userId", r."studyDay") d
    WHERE s."userId" = d."userId" AND s."day" = d."studyDay";`;
}

const LOG_COLS = `"id", "userId", "cardId", "studyDay", "reviewedAt", "rating", "state", "scheduledDays", "undoneAt"`;

/** Retention: for each touched (user, day, card), first qualifying log now vs before the statement. */
function pgRetention(hasNew, hasOld) {
  // UNION (not UNION ALL) and DISTINCT: each touched key once, however many of its rows the statement wrote.
  const keySources = [hasNew && `SELECT DISTINCT "userId", "studyDay", "cardId" FROM new_rows WHERE "state" = 2`, hasOld && `SELECT DISTINCT "userId", "studyDay", "cardId" FROM old_rows WHERE "state" = 2`]
    .filter(Boolean)
    .join(" UNION ");
  const firstOf = (rows) => `SELECT DISTINCT ON (l."userId", l."studyDay", l."cardId") l."userId", l."studyDay", l."cardId", ${code("l")} AS c
      FROM (${rows}) l JOIN keys k ON ${sameKey("l", "k")} WHERE ${qualifies("l")}
      ORDER BY l."userId", l."studyDay", l."cardId", l."reviewedAt", l."id"`;
  const now = `SELECT ${LOG_COLS} FROM "review_log"`;
  const before = [
    hasNew ? `SELECT ${LOG_COLS} FROM "review_log" WHERE "id" NOT IN (SELECT "id" FROM new_rows)` : now,
    hasOld && `SELECT ${LOG_COLS} FROM old_rows`,
  ]
    .filter(Boolean)
    .join(" UNION ALL ");
  const sums = Object.entries(RET)
    .map(([col, c]) => `SUM((CASE WHEN a.c = ${c} THEN 1 ELSE 0 END) - (CASE WHEN b.c = ${c} THEN 1 ELSE 0 END)) AS "${col}"`)
    .join(", ");
  return `  WITH keys AS (${keySources}),
    after_first AS (${firstOf(now)}),
    before_first AS (${firstOf(before)}),
    delta AS (SELECT k."userId", k."studyDay", ${sums}
      FROM keys k LEFT JOIN after_first a ON ${sameKey("a", "k")} LEFT JOIN before_first b ON ${sameKey("b", "k")}
      GROUP BY k."userId", k."studyDay")
  UPDATE "stats_day" s SET
    ${Object.keys(RET).map((c) => `"${c}" = s."${c}" + d."${c}"`).join(",\n    ")}
    FROM delta d WHERE s."userId" = d."userId" AND s."day" = d."studyDay";`;
}

export function postgresTriggers() {
  const live = (t, sign) => `SELECT ${sign} AS sign, * FROM ${t} WHERE "undoneAt" IS NULL`;
  const fn = (name, body) => `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${body}
  RETURN NULL;
END
$$;`;
  return `-- Statistics per study day, kept by every writer of review_log (scripts/stats-day-sql.mjs)
${fn("stats_day_after_insert", `${pgCountersUpsert(live("new_rows", 1))}\n${pgRetention(true, false)}`)}

${fn("stats_day_after_delete", `${pgCountersSubtract()}\n${pgRetention(false, true)}`)}

${fn("stats_day_after_update", `${pgCountersUpsert(`${live("new_rows", 1)} UNION ALL ${live("old_rows", -1)}`)}\n${pgRetention(true, true)}`)}

CREATE TRIGGER "review_log_stats_day_insert" AFTER INSERT ON "review_log" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stats_day_after_insert"();
CREATE TRIGGER "review_log_stats_day_delete" AFTER DELETE ON "review_log" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stats_day_after_delete"();
CREATE TRIGGER "review_log_stats_day_update" AFTER UPDATE ON "review_log" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stats_day_after_update"();
`;
}

/** Fills stats_day from the existing logs (the same rules, as one query). */
export function backfill() {
  const cols = counterColumns("r");
  const ret = Object.entries(RET).map(([col, c]) => `SUM(CASE WHEN r."state" = 2 AND r.rn = 1 AND (${code("r")}) = ${c} THEN 1 ELSE 0 END)`);
  return `-- Backfill from the logs already there
INSERT INTO "stats_day" ("userId", "day", ${cols.map(([c]) => `"${c}"`).join(", ")}, ${Object.keys(RET).map((c) => `"${c}"`).join(", ")})
SELECT r."userId", r."studyDay", ${cols.map(([, v]) => `SUM(${v})`).join(", ")}, ${ret.join(", ")}
FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY l."userId", l."studyDay", l."cardId", l."state" ORDER BY l."reviewedAt", l."id") AS rn
  FROM "review_log" l WHERE l."undoneAt" IS NULL) r
GROUP BY r."userId", r."studyDay";
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2];
  if (which === "sqlite") process.stdout.write(`${backfill()}\n${sqliteTriggers()}`);
  else if (which === "postgresql") process.stdout.write(`${backfill()}\n${postgresTriggers()}`);
  else {
    console.error("usage: node scripts/stats-day-sql.mjs sqlite|postgresql");
    process.exit(1);
  }
}
