import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { listMigrations } from "./migrate";
import { changedMigrations, migrationChecksum, warnChangedMigrations } from "./migration-checksums";

export const PG_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "postgresql", "migrations");

/** pg_advisory_lock key held while migrating ("rehearse" in ASCII, a fixed project-wide number). */
export const MIGRATION_LOCK_KEY = 0x7265686561727365n;

// Prisma's bookkeeping table, PostgreSQL flavour (what `migrate deploy` creates).
const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Runs `fn` while holding a session-level advisory lock on its own
 * connection: every instance that starts at the same moment queues here, so
 * the first one does the work and the others find it done.
 */
export async function withAdvisoryLock<T>(url: string, key: bigint, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1::bigint)", [key.toString()]);
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [key.toString()]);
    }
  } finally {
    await client.end();
  }
}

// A migration's DDL waits for the locks of running instances' transactions, and every query on the
// table queues behind that wait: past this, the migration gives up (and the start fails, saying
// why) instead of stalling the instances that are serving.
const LOCK_TIMEOUT_MS = 15_000;

/**
 * Applies the committed PostgreSQL migrations (prisma/postgresql/migrations)
 * that have not run yet, each in its own transaction, under an advisory lock
 * so two instances starting together migrate once. Returns the names applied.
 */
export async function applyPostgresMigrations(url: string, dir = PG_MIGRATIONS_DIR, lockTimeoutMs = LOCK_TIMEOUT_MS): Promise<string[]> {
  return withAdvisoryLock(url, MIGRATION_LOCK_KEY, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(BOOKKEEPING);
      const { rows } = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      warnChangedMigrations(changedMigrations(rows, dir));
      const done = new Set(rows.map((r) => r.migration_name));
      const applied: string[] = [];
      for (const name of listMigrations(dir)) {
        if (done.has(name)) continue;
        const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
        const checksum = migrationChecksum(sql);
        await client.query("BEGIN");
        try {
          await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
          await client.query(sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
            [crypto.randomUUID(), checksum, name],
          );
          await client.query("COMMIT");
        } catch (err) {
          await client.query("ROLLBACK");
          throw new Error(`migration ${name} failed: ${(err as Error).message}`);
        }
        applied.push(name);
      }
      return applied;
    } finally {
      await client.end();
    }
  });
}
