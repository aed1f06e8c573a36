// Every test file runs in its own process with its own throwaway SQLite
// database, so the app's Prisma singleton (which reads DATABASE_URL when it
// is first imported) never touches a real database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
applyMigrations(process.env.DATABASE_URL);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
