import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { assertSharedSecret, resolveAuthSecret } from "./secret";

it("uses BETTER_AUTH_SECRET, else generates one secret file (mode 600) and keeps it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-secret-"));
  const file = path.join(dir, "data", "auth-secret");
  expect(resolveAuthSecret({ BETTER_AUTH_SECRET: "from-env" }, file)).toBe("from-env");
  expect(fs.existsSync(file)).toBe(false);
  const first = resolveAuthSecret({}, file);
  expect(first.length).toBeGreaterThanOrEqual(32);
  expect(resolveAuthSecret({}, file)).toBe(first);
  if (process.platform !== "win32") expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  fs.rmSync(dir, { recursive: true, force: true });
});

it("refuses a PostgreSQL start without a shared BETTER_AUTH_SECRET, and never writes a secret file for it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-secret-"));
  const file = path.join(dir, "data", "auth-secret");
  const pg = { DATABASE_URL: "postgresql://app@db.example:5432/rehearse" };
  expect(() => assertSharedSecret(pg)).toThrow(/BETTER_AUTH_SECRET must be set .* PostgreSQL/);
  expect(() => assertSharedSecret({ ...pg, BETTER_AUTH_SECRET: "too-short" })).toThrow(/at least 32 characters/);
  expect(() => resolveAuthSecret(pg, file)).toThrow(/BETTER_AUTH_SECRET must be set/);
  expect(fs.existsSync(file)).toBe(false);
  const shared = "s".repeat(32);
  expect(() => assertSharedSecret({ ...pg, BETTER_AUTH_SECRET: shared })).not.toThrow();
  expect(resolveAuthSecret({ ...pg, BETTER_AUTH_SECRET: shared }, file)).toBe(shared);
  // SQLite (one process) keeps generating its own.
  expect(() => assertSharedSecret({ DATABASE_URL: "file:./data/x.db" })).not.toThrow();
  expect(() => assertSharedSecret({})).not.toThrow();
  fs.rmSync(dir, { recursive: true, force: true });
});
