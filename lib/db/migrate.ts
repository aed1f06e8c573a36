import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath, databaseProvider, ensureDatabaseDir, resolveDatabaseUrl } from "./database-url";
import { changedMigrations, migrationChecksum, warnChangedMigrations } from "./migration-checksums";
import { applyPragmas } from "./pragmas";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Same bookkeeping table as `prisma migrate deploy`, so both agree on what ran.
const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Lists migration folder names in the order they apply. */
export function listMigrations(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

/**
 * Applies the committed SQL migrations that have not run yet, each in its own
 * transaction. Runs at server start, so a fresh clone needs no migrate step;
 * we do it ourselves because the Prisma CLI's migrate engine is not shipped
 * for offline machines.
 */
export function applyMigrations(url?: string, dir = MIGRATIONS_DIR): string[] {
  const file = databaseFilePath(url);
  ensureDatabaseDir(file);
  const db = new Database(file);
  try {
    applyPragmas(db);
    db.exec(BOOKKEEPING);
    const ran = db
      .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
      .all() as { migration_name: string; checksum: string }[];
    warnChangedMigrations(changedMigrations(ran, dir));
    const done = new Set(ran.map((r) => r.migration_name));
    const applied: string[] = [];
    for (const name of listMigrations(dir)) {
      if (done.has(name)) continue;
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      const checksum = migrationChecksum(sql);
      db.transaction(() => {
        db.exec(sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
        ).run(crypto.randomUUID(), checksum, name);
      })();
      applied.push(name);
    }
    return applied;
  } finally {
    db.close();
  }
}

/**
 * Brings any database up to date: SQLite through `applyMigrations`,
 * PostgreSQL through its own migrations folder under an advisory lock
 * (lib/db/migrate-postgres.ts). Returns the names applied.
 */
export async function migrateDatabase(url = resolveDatabaseUrl()): Promise<string[]> {
  if (databaseProvider(url) === "sqlite") return applyMigrations(url);
  const { applyPostgresMigrations } = await import("./migrate-postgres");
  return applyPostgresMigrations(url);
}
