import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { backfill, postgresTriggers, sqliteTriggers } from "@/scripts/unlocked-followup-sql.mjs";

const migration = (db: "sqlite" | "postgresql") =>
  readFileSync(path.join(import.meta.dirname, "../../prisma", db === "sqlite" ? "" : "postgresql", "migrations/0014_unlocked_followup/migration.sql"), "utf8");

// The triggers are written once (scripts/unlocked-followup-sql.mjs); the migration carries a copy
// because a migration must not change once applied. An edit of one without the other fails here.
describe("unlocked_followup triggers", () => {
  it("are in migration 0014 exactly as scripts/unlocked-followup-sql.mjs writes them, with its backfill, on both databases", () => {
    expect(migration("sqlite")).toContain(backfill() + "\n-- Triggers\n" + sqliteTriggers());
    expect(migration("postgresql")).toContain(backfill() + "\n-- Triggers and their functions\n" + postgresTriggers());
  });
});
