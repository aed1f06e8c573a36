import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresTriggers, sqliteTriggers } from "@/scripts/due-state-sql.mjs";

const migration = (db: "sqlite" | "postgresql") =>
  readFileSync(path.join(import.meta.dirname, "../../prisma", db === "sqlite" ? "" : "postgresql", "migrations/0012_due_state_queue_index/migration.sql"), "utf8");

// The triggers are written once (scripts/due-state-sql.mjs); the migrations carry a copy
// because a migration must not change once applied. An edit of one without the other fails here.
describe("due_state triggers", () => {
  it("are in migration 0012 exactly as scripts/due-state-sql.mjs writes them, on both databases", () => {
    expect(migration("sqlite")).toContain(sqliteTriggers());
    expect(migration("postgresql")).toContain(postgresTriggers());
  });
});
