import "server-only";
import { selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import type { StatsDayRow } from "@/lib/stats/day-stats";

const COLUMNS = [
  "learning", "young", "mature", "relearning", "durationMs",
  "learningAgain", "learningHard", "learningGood", "learningEasy",
  "youngAgain", "youngHard", "youngGood", "youngEasy",
  "matureAgain", "matureHard", "matureGood", "matureEasy",
  "retYoungPass", "retYoungFail", "retMaturePass", "retMatureFail",
] as const;

const SQL = `SELECT "day", ${COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "stats_day" WHERE "userId" = ?`;

/**
 * The user's review totals per study day (table stats_day, kept by the
 * database's triggers on review_log in the writer's own transaction; see
 * prisma/migrations/0009_stats_day_search and scripts/stats-day-sql.mjs).
 */
export function* statsDaysPlan(userId: string): SqlPlan<StatsDayRow[]> {
  const rows = yield* selectRows<Record<string, unknown>>(SQL, userId);
  return rows.map((r) => {
    const n = (c: (typeof COLUMNS)[number]) => toNum(r[c]);
    const four = (k: "learning" | "young" | "mature"): [number, number, number, number] => [n(`${k}Again`), n(`${k}Hard`), n(`${k}Good`), n(`${k}Easy`)];
    return {
      day: String(r.day),
      learning: n("learning"),
      young: n("young"),
      mature: n("mature"),
      relearning: n("relearning"),
      durationMs: n("durationMs"),
      buttons: { learning: four("learning"), young: four("young"), mature: four("mature") },
      retYoungPass: n("retYoungPass"),
      retYoungFail: n("retYoungFail"),
      retMaturePass: n("retMaturePass"),
      retMatureFail: n("retMatureFail"),
    };
  });
}
