import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { applyMigrations, listMigrations } from "./migrate";
import { snapshotSchema } from "./schema-snapshot";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-migrate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma (no drift)", () => {
    const fromMigrations = path.join(tmp, "migrations.db");
    expect(applyMigrations(`file:${fromMigrations}`)).toEqual(listMigrations());

    // The SQL Prisma would write for schema.prisma from scratch, applied to an empty database.
    const expectedSql = execFileSync(
      path.join("node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "cli.db")}` } },
    );
    const fromSchema = new Database(path.join(tmp, "schema.db"));
    fromSchema.exec(expectedSql);
    const migrated = new Database(fromMigrations);
    expect(snapshotSchema(migrated)).toEqual(snapshotSchema(fromSchema));
    expect(Object.keys(snapshotSchema(migrated))).toContain("card_state");
    migrated.close();
    fromSchema.close();
  });

  it("are applied once: a second start applies nothing", () => {
    const file = `file:${path.join(tmp, "twice.db")}`;
    expect(applyMigrations(file).length).toBeGreaterThan(0);
    expect(applyMigrations(file)).toEqual([]);
  });

  it("say which applied migration was changed afterwards, and apply nothing again", () => {
    const dir = path.join(tmp, "changed-migrations");
    fs.cpSync("prisma/migrations", dir, { recursive: true });
    const file = `file:${path.join(tmp, "changed.db")}`;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      applyMigrations(file, dir);
      expect(warn).not.toHaveBeenCalled();
      const second = listMigrations(dir)[1];
      fs.appendFileSync(path.join(dir, second!, "migration.sql"), "\n-- edited after it ran\n");
      expect(applyMigrations(file, dir)).toEqual([]);
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
        `[rehearse] migration ${second} was changed after it was applied to this database; its new text did not run here.`,
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it("leave the database in WAL mode", () => {
    const file = path.join(tmp, "wal.db");
    applyMigrations(`file:${file}`);
    const db = new Database(file);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });
});

describe("the generated PostgreSQL schema", () => {
  it("is what scripts/db-schema.mjs makes of prisma/schema.prisma (run `npm run db:migration -- --postgresql` after a schema change)", async () => {
    const { generatePostgresSchema, PG_SCHEMA } = await import("../../scripts/db-schema.mjs");
    expect(fs.readFileSync(PG_SCHEMA, "utf8")).toBe(generatePostgresSchema());
  });

  it("has a PostgreSQL migration for the newest SQLite migration", () => {
    const sqlite = listMigrations();
    const postgres = listMigrations(path.join("prisma", "postgresql", "migrations"));
    // The PostgreSQL side may fold several SQLite steps into one, but never lags behind the newest.
    expect(postgres.at(-1)! >= sqlite.at(-1)! || postgres.includes(sqlite.at(-1)!)).toBe(true);
  });
});
