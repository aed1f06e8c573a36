import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { resolveAuthSecret } from "./secret";

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
