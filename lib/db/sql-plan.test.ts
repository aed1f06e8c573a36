import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { executeSql, runPrismaPlan, runSqlitePlan, runSqliteReadPlan, selectRows, sqliteArg, toBool, toDate, toNum, utcIsoMs, type SqlPlan } from "./sql-plan";

function memoryDb() {
  const db = new Database(":memory:");
  db.exec(`CREATE TABLE "t" ("id" TEXT PRIMARY KEY, "at" DATETIME NOT NULL, "flag" BOOLEAN NOT NULL, "n" INTEGER NOT NULL)`);
  return db;
}

function* insertAndRead(id: string, at: Date): SqlPlan<{ changed: number; rows: { id: string; at: string; flag: number; n: number }[] }> {
  const changed = yield* executeSql(`INSERT INTO "t" ("id", "at", "flag", "n") VALUES (?, ?, ?, ?)`, id, at, true, 7);
  const rows = yield* selectRows<{ id: string; at: string; flag: number; n: number }>(`SELECT "id", "at", "flag", "n" FROM "t" WHERE "id" = ?`, id);
  return { changed, rows };
}

describe("SQL plans", () => {
  it("read the adapter's DateTime text to the same instant as the Date parser, and leave other shapes to it", () => {
    let t = Date.UTC(1999, 11, 31, 23, 59, 59, 999);
    for (let i = 0; i < 2000; i++, t += 7_919_337_123) {
      const text = new Date(t).toISOString().replace("Z", "+00:00");
      expect(utcIsoMs(text), text).toBe(t);
      expect(toDate(text).getTime()).toBe(new Date(text).getTime());
    }
    expect(utcIsoMs("2024-02-29T12:00:00.000+00:00")).toBe(Date.UTC(2024, 1, 29, 12));
    for (const other of ["2026-02-31T00:00:00.000+00:00", "2026-11-24T01:00:00.000+09:00", "2026-11-24T24:00:00.000+00:00", "2026-11-24T01:00:60.000+00:00", "2026-11-24 01:00:00.000+00:00", "2026-1x-24T01:00:00.000+00:00", "0050-01-01T00:00:00.000+00:00"]) {
      expect(utcIsoMs(other), other).toBeNull();
      expect(toDate(other).getTime(), other).toEqual(new Date(other).getTime());
    }
  });

  it("write dates and booleans on SQLite exactly as Prisma's adapter does", () => {
    const db = memoryDb();
    const out = runSqlitePlan(db, insertAndRead("a", new Date("2026-11-24T01:00:00Z")));
    expect(out).toEqual({ changed: 1, rows: [{ id: "a", at: "2026-11-24T01:00:00.000+00:00", flag: 1, n: 7 }] });
    expect(sqliteArg(undefined)).toBeNull();
    expect(sqliteArg(false)).toBe(0);
  });

  it("return a failed statement's error into the plan, which may handle it", () => {
    const db = memoryDb();
    runSqlitePlan(db, insertAndRead("a", new Date("2026-11-24T01:00:00Z")));
    function* duplicate(): SqlPlan<string> {
      try {
        yield* insertAndRead("a", new Date("2026-11-25T01:00:00Z"));
        return "inserted";
      } catch (err) {
        return (err as Error).message;
      }
    }
    expect(runSqlitePlan(db, duplicate())).toBe("UNIQUE constraint failed: t.id");
  });

  it("roll a synchronous transaction back when the plan throws", () => {
    const db = memoryDb();
    function* insertThenRefuse(): SqlPlan<never> {
      yield* insertAndRead("b", new Date("2026-11-24T01:00:00Z"));
      throw new Error("refused");
    }
    expect(() => db.transaction(() => runSqlitePlan(db, insertThenRefuse())).immediate()).toThrow("refused");
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "t"`).get()).toEqual({ n: 0 });
  });

  it("number the placeholders for PostgreSQL and pass arguments through Prisma's raw calls", async () => {
    const calls: unknown[][] = [];
    const fake = {
      $queryRawUnsafe: async (...args: unknown[]) => (calls.push(["query", ...args]), [{ id: "a", at: new Date("2026-11-24T01:00:00Z"), flag: true, n: 7n }]),
      $executeRawUnsafe: async (...args: unknown[]) => (calls.push(["execute", ...args]), 1),
    };
    const at = new Date("2026-11-24T01:00:00Z");
    const out = await runPrismaPlan(fake as never, insertAndRead("a", at));
    expect(calls).toEqual([
      ["execute", `INSERT INTO "t" ("id", "at", "flag", "n") VALUES ($1, $2, $3, $4)`, "a", at, true, 7],
      ["query", `SELECT "id", "at", "flag", "n" FROM "t" WHERE "id" = $1`, "a"],
    ]);
    const row = out.rows[0]!;
    expect([toDate(row.at).toISOString(), toBool(row.flag), toNum(row.n)]).toEqual(["2026-11-24T01:00:00.000Z", true, 7]);
  });

  it("read values from either driver the same way", () => {
    expect(toDate("2026-11-24T01:00:00.000+00:00").toISOString()).toBe("2026-11-24T01:00:00.000Z");
    expect([toBool(1), toBool(0), toBool(true), toBool(false)]).toEqual([true, false, true, false]);
    expect([toNum(3n), toNum(null), toNum(2)]).toEqual([3, 0, 2]);
  });

  it("run a read plan that writes again, statement by statement, when another connection committed after its snapshot", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-read-plan-"));
    const file = path.join(dir, "two.db");
    const app = new Database(file);
    const other = new Database(file);
    try {
      app.pragma("journal_mode = WAL");
      app.exec(`CREATE TABLE "t" ("id" TEXT PRIMARY KEY)`);
      let runs = 0;
      function* readThenCreate(): SqlPlan<number> {
        runs++;
        const before = yield* selectRows<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "t"`);
        other.prepare(`INSERT OR IGNORE INTO "t" ("id") VALUES ('other')`).run(); // another process commits meanwhile
        yield* executeSql(`INSERT OR IGNORE INTO "t" ("id") VALUES ('mine')`);
        return before[0]!.n;
      }
      expect(() => app.transaction(() => runSqlitePlan(app, readThenCreate())).deferred()).toThrow(expect.objectContaining({ code: "SQLITE_BUSY_SNAPSHOT" }));
      runs = 0;
      other.prepare(`DELETE FROM "t"`).run();
      expect(runSqliteReadPlan(app, readThenCreate)).toBe(1); // the second run saw the other's row, then wrote its own
      expect(runs).toBe(2);
      expect(app.prepare(`SELECT "id" FROM "t" ORDER BY "id"`).pluck().all()).toEqual(["mine", "other"]);
    } finally {
      app.close();
      other.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
