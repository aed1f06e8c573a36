import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations } from "@/lib/db/migrate";
import { backupSqlite } from "./backup.mjs";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-backup-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm run backup (SQLite)", () => {
  it("copies a live WAL database, committed rows included, while a writer holds it open", () => {
    const file = path.join(tmp, "live.db");
    applyMigrations(`file:${file}`);
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.prepare(`INSERT INTO "user" (id, email, updatedAt) VALUES ('u1', 'a@example.com', '2026-11-24T00:00:00.000+00:00')`).run();
    writer.prepare(`INSERT INTO rate_limit (key, count, resetAt) VALUES ('k', 3, 1764000000000)`).run();
    // Still in the WAL, not checkpointed into the main file: a plain file copy could miss it.
    const dest = path.join(tmp, "backups", "copy.db");
    const counts = backupSqlite(`file:${file}`, dest);
    writer.close();
    expect(counts).toMatchObject({ user: 1, rate_limit: 1, card: 0 });
    const copy = new Database(dest, { readonly: true });
    expect(copy.prepare(`SELECT email FROM "user"`).all()).toEqual([{ email: "a@example.com" }]);
    expect(copy.prepare(`SELECT COUNT(*) AS n FROM _prisma_migrations`).get()).toEqual({ n: listMigrations().length });
    copy.close();
    expect(() => backupSqlite(`file:${file}`, dest)).toThrow(/already exists/);
  });
});
