import type Database from "better-sqlite3";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { databaseProvider, resolveDatabaseUrl } from "./database-url";
import { idleSqliteHandleOf, prisma as appPrisma } from "./prisma";

/**
 * Hand-written SQL for the hot paths (Today, next card, a grade), written once
 * and run on either database. Prisma 6.19 compiles a query plan for every call
 * (half the CPU of those requests in the profile, bench/README.md), `$queryRaw`
 * included; on SQLite these run as cached prepared statements on Prisma's own
 * better-sqlite3 connection instead.
 *
 * A plan is a generator that yields SQL steps and receives their results, so
 * the same code runs synchronously on SQLite (no other request can interleave,
 * and a grade is one synchronous better-sqlite3 transaction) and awaits each
 * step on PostgreSQL. SQL is written with `?` placeholders and double-quoted
 * identifiers; `true`/`false` literals and `ON CONFLICT … DO UPDATE` work on both.
 */
export interface SqlStep {
  sql: string;
  params: readonly unknown[];
  write: boolean;
}

export type SqlPlan<T> = Generator<SqlStep, T, unknown>;

/** Runs a SELECT inside a plan: `const rows = yield* selectRows<Row>(sql, a, b)`. */
export function* selectRows<R>(sql: string, ...params: unknown[]): Generator<SqlStep, R[], unknown> {
  return (yield { sql, params, write: false }) as R[];
}

/** Runs an INSERT/UPDATE/DELETE inside a plan; returns the number of rows changed. */
export function* executeSql(sql: string, ...params: unknown[]): Generator<SqlStep, number, unknown> {
  return (yield { sql, params, write: true }) as number;
}

// ── Values as each driver returns them ──────────────────────────────────────

/** A DateTime column: ISO text on SQLite (better-sqlite3), a Date on PostgreSQL. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "string" && value.length === 29) {
    const ms = utcIsoMs(value);
    if (ms !== null) return new Date(ms);
  }
  return new Date(value as string | number);
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const num = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = digit(s, i);
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * "YYYY-MM-DDTHH:MM:SS.mmm+00:00" (how the SQLite adapter and our plans write
 * DateTime) to epoch ms without the general Date parser: a study queue reads
 * hundreds of them per request. Null for any other shape (the caller falls back).
 */
export function utcIsoMs(s: string): number | null {
  if (s[4] !== "-" || s[7] !== "-" || s[10] !== "T" || s[13] !== ":" || s[16] !== ":" || s[19] !== "." || !s.endsWith("+00:00")) return null;
  const y = num(s, 0, 4), mo = num(s, 5, 7), d = num(s, 8, 10), h = num(s, 11, 13), mi = num(s, 14, 16), se = num(s, 17, 19), ms = num(s, 20, 23);
  // Date.UTC reads years 0–99 as 1900–1999: leave those to the general parser
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59 || ms < 0) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, se, ms);
  // Date.UTC rolls 31 February over into March; the general parser refuses it: keep its answer.
  return new Date(t).getUTCDate() === d ? t : null;
}

export function toDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

/** A Boolean column: 0/1 on SQLite, a boolean on PostgreSQL. */
export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}

/** A count or integer: PostgreSQL returns COUNT(*) and SUM as bigint. */
export function toNum(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

// ── SQLite: prepared statements on Prisma's connection ──────────────────────

const MAX_STATEMENTS = 200;
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statementOf(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    // Prisma's adapter turns safe integers on for the connection; our columns fit in a double.
    statement = db.prepare(sql);
    if (statement.reader) statement.safeIntegers(false);
    cache.set(sql, statement);
  }
  return statement;
}

/** Arguments as `@prisma/adapter-better-sqlite3` writes them, so Prisma reads our rows back. */
export function sqliteArg(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
}

let observer: ((sql: string, ms: number) => void) | null = null;

/** Reports every statement a plan runs on SQLite with its time (the scale bench explains them); null stops. */
export function observePlanSql(fn: ((sql: string, ms: number) => void) | null): void {
  observer = fn;
}

/** Runs a plan to completion on a better-sqlite3 connection, synchronously. */
export function runSqlitePlan<T>(db: Database.Database, plan: SqlPlan<T>): T {
  let step = plan.next();
  while (!step.done) {
    let result: unknown;
    try {
      const statement = statementOf(db, step.value.sql);
      const args = step.value.params.map(sqliteArg);
      const t0 = observer ? performance.now() : 0;
      result = step.value.write ? statement.run(...args).changes : statement.all(...args);
      observer?.(step.value.sql, performance.now() - t0);
    } catch (err) {
      step = plan.throw(err);
      continue;
    }
    step = plan.next(result);
  }
  return step.value;
}

// ── Through Prisma (PostgreSQL, or SQLite before Prisma opened its connection) ─

const numbered = new Map<string, string>();

/** `?` → `$1, $2, …` for PostgreSQL (our SQL has no `?` inside literals). */
function numberPlaceholders(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let i = 0;
    out = sql.replace(/\?/g, () => `$${++i}`);
    if (numbered.size < MAX_STATEMENTS) numbered.set(sql, out);
  }
  return out;
}

type Queryable = Pick<PrismaClient | Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** Runs a plan through Prisma's raw queries, one awaited step at a time. */
export async function runPrismaPlan<T>(db: Queryable, plan: SqlPlan<T>, sqlite = false): Promise<T> {
  let step = plan.next();
  while (!step.done) {
    let result: unknown;
    try {
      const sql = sqlite ? step.value.sql : numberPlaceholders(step.value.sql);
      const params = step.value.params.map((p) => (p === undefined ? null : p));
      result = step.value.write ? await db.$executeRawUnsafe(sql, ...params) : await db.$queryRawUnsafe(sql, ...params);
    } catch (err) {
      step = plan.throw(err);
      continue;
    }
    step = plan.next(result);
  }
  return step.value;
}

const isSqliteApp = () => databaseProvider(resolveDatabaseUrl()) === "sqlite";

/** Prisma's SQLite connection once idle (opening it first if Prisma has not yet), else null. */
export async function idleConnection(client: PrismaClient = appPrisma): Promise<Database.Database | null> {
  const db = await idleSqliteHandleOf(client);
  if (db || !isSqliteApp()) return db;
  await client.$connect();
  return idleSqliteHandleOf(client);
}

// One read transaction per plan: a snapshot even while another process writes (two instances on one
// file), and one WAL read lock instead of one per statement (≈5 µs each here, a dozen per next card).
const readTransactions = new WeakMap<Database.Database, (plan: SqlPlan<unknown>) => unknown>();

function readTransactionOf(db: Database.Database): (plan: SqlPlan<unknown>) => unknown {
  let run = readTransactions.get(db);
  if (!run) {
    const transaction = db.transaction((plan: SqlPlan<unknown>) => runSqlitePlan(db, plan));
    run = (plan) => transaction.deferred(plan);
    readTransactions.set(db, run);
  }
  return run;
}

/**
 * Runs a read plan in one read transaction on a better-sqlite3 connection. A read plan may write
 * once (the settings row of a user's first request): if another connection committed after the
 * snapshot began, SQLite refuses to turn the snapshot into a write (SQLITE_BUSY_SNAPSHOT, no
 * waiting helps), so the plan runs again from the start, statement by statement.
 */
export function runSqliteReadPlan<T>(db: Database.Database, plan: () => SqlPlan<T>): T {
  try {
    return readTransactionOf(db)(plan()) as T;
  } catch (err) {
    if ((err as { code?: unknown }).code !== "SQLITE_BUSY_SNAPSHOT") throw err;
    return runSqlitePlan(db, plan());
  }
}

/** Runs a read-only plan: synchronously on SQLite, as one consistent snapshot; through Prisma elsewhere. */
export async function readPlan<T>(plan: () => SqlPlan<T>, client: PrismaClient = appPrisma): Promise<T> {
  const db = await idleConnection(client);
  if (db) return runSqliteReadPlan(db, plan);
  return runPrismaPlan(client, plan(), isSqliteApp());
}
