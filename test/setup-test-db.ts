// Every test file runs in its own process with its own throwaway database (a
// SQLite file, or a PostgreSQL database on the test cluster when
// REHEARSE_TEST_POSTGRES_URL is set), so the app's Prisma singleton (which
// reads DATABASE_URL when it is first imported) never touches a real database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { applyMigrations, migrateDatabase } from "@/lib/db/migrate";
import { createPostgresDatabase, dropPostgresDatabase, testPostgresAdminUrl } from "./helpers/postgres-test-db";

if (testPostgresAdminUrl()) {
  const url = await createPostgresDatabase();
  process.env.DATABASE_URL = url;
  await migrateDatabase(url);
  // WITH (FORCE) closes whatever the file left connected (the app singleton).
  afterAll(() => dropPostgresDatabase(url));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-test-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  applyMigrations(process.env.DATABASE_URL);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
}
