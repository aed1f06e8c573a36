import { describe, expect, it } from "vitest";
import { forgetting_curve } from "ts-fsrs";
import { databaseProvider } from "@/lib/db/database-url";
import { readPlan, selectRows, toNum } from "@/lib/db/sql-plan";
import { DIFFICULTY_BINS, memoryStats, RETRIEVABILITY_BINS, STABILITY_BINS } from "@/lib/stats/memory";
import type { StatsCard } from "@/lib/stats/types";
import { binOf, decodeGroupKey, retrievabilityBinOf, roundedNumerator } from "./stats-memory-sql";

// The expressions run on the test's database (SQLite, or PostgreSQL in the PG suites) and must
// give what lib/stats computes in JavaScript for the same value, at the edges included.
const pg = databaseProvider() === "postgresql";
const param = pg ? "?::float8" : "?";
// Prisma hands PostgreSQL a number parameter with 15 significant digits (2.9999999999999996 arrives
// as 3): there the value goes as its shortest round-trip text, which float8 parses exactly.
const bind = (x: number) => (pg ? String(x) : x);

async function evaluate(expression: (x: string) => string, x: number): Promise<number> {
  const [row] = await readPlan(() => selectRows<{ v: unknown }>(`SELECT ${expression(`t."x"`)} AS "v" FROM (SELECT ${param} AS "x") t`, bind(x)));
  return toNum(row?.v);
}

/** The next double below / above x. */
const nextDown = (x: number) => x - Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON) / 2;
const nextUp = (x: number) => x + Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON) / 2;

/** The bin memoryStats places one studied card's stability or difficulty in. */
function binInJs(field: "stability" | "difficulty", value: number): number {
  const state = { due: new Date(0), stability: 5, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: new Date(0), [field]: value };
  const cards = [{ cardId: "c", archived: false, suspended: false, state: { ...state, lastReview: new Date(0) } } as unknown as StatsCard];
  const stats = memoryStats(cards, new Date(0), "UTC", 4, 0.1542);
  return stats[field].findIndex((b) => b.count === 1);
}

describe("the statistics pass's SQL expressions", () => {
  it("bin stability and difficulty as memoryStats does, at and beside every bound", async () => {
    for (const [field, bounds] of [["stability", STABILITY_BINS], ["difficulty", DIFFICULTY_BINS]] as const) {
      const values = [0.01, 1, 500, ...bounds.flatMap((b) => [nextDown(b), b, nextUp(b)])];
      for (const v of values) expect([field, v, await evaluate((x) => binOf(x, bounds), v)]).toEqual([field, v, binInJs(field, v)]);
    }
  });

  it("round R to 8 decimals as ts-fsrs' forgetting_curve does, ties and near-ties included", async () => {
    // p · 1e8 exactly at a half, one double either side of it, and a spread of ordinary values.
    const ties = [0.5, 12_345_678.5, 99_999_999.5, 90_000_000.5].map((y) => y / 1e8);
    const spread = Array.from({ length: 60 }, (_, i) => 0.05 + (i * 0.95) / 59 + i * 1.3e-11);
    for (const p of [...ties.flatMap((t) => [nextDown(t), t, nextUp(t)]), ...spread, 1, 1e-9]) {
      const n = await evaluate((x) => roundedNumerator(`(${x} * ${pg ? "100000000::float8" : "100000000"})`), p);
      expect([p, n / 1e8]).toEqual([p, Math.round(p * 1e8) / 1e8]);
    }
    // The same rounding as the curve itself: R for 3 elapsed days at stability 7.
    const decay = -0.1542;
    const factor = Math.exp(Math.log(0.9) / decay) - 1;
    const p = Math.pow(1 + (Math.round(factor * 1e8) / 1e8) * 3 / 7, decay);
    const n = await evaluate((x) => roundedNumerator(`(${x} * ${pg ? "100000000::float8" : "100000000"})`), p);
    expect(n / 1e8).toBe(forgetting_curve(0.1542, 3, 7));
  });

  it("bin R from its numerator as memoryStats bins R, at every bound", async () => {
    for (const n of [0, 1, 9_999_999, 10_000_000, 10_000_001, 49_999_999, 50_000_000, 89_999_999, 90_000_000, 99_999_999, 100_000_000]) {
      const r = n / 1e8;
      const expected = RETRIEVABILITY_BINS.filter((b) => b <= r).length;
      expect([n, await evaluate((x) => retrievabilityBinOf(x), n)]).toEqual([n, expected]);
    }
  });

  it("decode the group key into a bucket and the three bins", () => {
    expect(decodeGroupKey(3)).toEqual({ bucket: "mature", stabilityBin: null });
    expect(decodeGroupKey(4 + 10 * 9 + 100 * 10 + 10_000 * 10)).toEqual({ bucket: "suspended", stabilityBin: 8, difficultyBin: 9, retrievabilityBin: 9 });
    expect(decodeGroupKey(1 + 10 * 1 + 100 * 1 + 10_000 * 1)).toEqual({ bucket: "learning", stabilityBin: 0, difficultyBin: 0, retrievabilityBin: 0 });
  });
});
