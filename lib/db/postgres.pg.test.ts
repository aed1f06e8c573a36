// PostgreSQL only (the PostgreSQL run of `npm test`; scripts/test.mjs starts
// the cluster): the migrations produce exactly the generated schema, and two
// instances starting together migrate once.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPostgresDatabase, dropPostgresDatabase, testPostgresAdminUrl } from "@/test/helpers/postgres-test-db";
import { listMigrations } from "./migrate";
import { applyPostgresMigrations, PG_MIGRATIONS_DIR } from "./migrate-postgres";
import { snapshotPostgresSchema } from "./postgres-schema-snapshot";

const created: string[] = [];
async function freshDatabase(): Promise<string> {
  const url = await createPostgresDatabase();
  created.push(url);
  return url;
}
afterAll(async () => {
  for (const url of created) await dropPostgresDatabase(url);
});

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("PostgreSQL migrations", () => {
  it("produce exactly the schema in prisma/postgresql/schema.prisma (no drift)", async () => {
    const fromMigrations = await freshDatabase();
    expect(await applyPostgresMigrations(fromMigrations)).toEqual(listMigrations(PG_MIGRATIONS_DIR));

    // The SQL Prisma writes for the generated schema from scratch, applied to an empty database.
    const expectedSql = execFileSync(
      path.join("node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--config", "prisma.postgresql.config.ts", "--from-empty", "--to-schema-datamodel", "prisma/postgresql/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: testPostgresAdminUrl() } },
    );
    const fromSchema = await freshDatabase();
    await withClient(fromSchema, (c) => c.query(expectedSql));

    const migrated = await withClient(fromMigrations, snapshotPostgresSchema);
    expect(migrated).toEqual(await withClient(fromSchema, snapshotPostgresSchema));
    const columns = migrated.columns as { table_name: string; column_name: string; data_type: string }[];
    // The documented type choices: booleans, instants with a time zone, JSON kept as text.
    const type = (t: string, c: string) => columns.find((x) => x.table_name === t && x.column_name === c)?.data_type;
    expect(type("card_state", "suspended")).toBe("boolean");
    expect(type("review_log", "reviewedAt")).toBe("timestamp with time zone");
    expect(type("card", "tips")).toBe("text");
    expect(type("rate_limit", "resetAt")).toBe("bigint");
  }, 120_000);

  it("run once when two instances start together (advisory lock), and a later start applies nothing", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([applyPostgresMigrations(url), applyPostgresMigrations(url)]);
    const all = listMigrations(PG_MIGRATIONS_DIR);
    expect([a, b].sort((x, y) => y.length - x.length)).toEqual([all, []]);
    const rows = await withClient(url, (c) => c.query(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`));
    expect(rows.rows.map((r) => r.migration_name)).toEqual(all);
    expect(await applyPostgresMigrations(url)).toEqual([]);
  });

  it("say which applied migration was changed afterwards, and apply nothing again", async () => {
    const url = await freshDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-pg-migrations-"));
    fs.cpSync(PG_MIGRATIONS_DIR, dir, { recursive: true });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await applyPostgresMigrations(url, dir);
      expect(warn).not.toHaveBeenCalled();
      const second = listMigrations(dir)[1];
      fs.appendFileSync(path.join(dir, second!, "migration.sql"), "\n-- edited after it ran\n");
      expect(await applyPostgresMigrations(url, dir)).toEqual([]);
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
        `[rehearse] migration ${second} was changed after it was applied to this database; its new text did not run here.`,
      ]);
    } finally {
      warn.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("give up on a table another session holds instead of stalling its queries", async () => {
    const url = await freshDatabase();
    await applyPostgresMigrations(url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-pg-locked-"));
    fs.cpSync(PG_MIGRATIONS_DIR, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "9999_test_alter_deck"));
    fs.writeFileSync(path.join(dir, "9999_test_alter_deck", "migration.sql"), `ALTER TABLE "deck" ADD COLUMN "testOnly" TEXT;`);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT COUNT(*) FROM "deck"`); // a reader's lock, as a running instance's transaction holds
      await expect(applyPostgresMigrations(url, dir, 300)).rejects.toThrow(/9999_test_alter_deck failed: .*lock timeout/);
      await holder.query("ROLLBACK");
      expect(await applyPostgresMigrations(url, dir, 300)).toEqual(["9999_test_alter_deck"]);
    } finally {
      await holder.end();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
