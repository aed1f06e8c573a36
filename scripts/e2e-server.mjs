// The server Playwright tests run against: the production build on a
// throwaway SQLite database that is deleted before every run.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const dir = path.join(ROOT, ".tmp", "e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const port = process.env.E2E_PORT || "3100";
const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
  cwd: ROOT,
  stdio: "inherit",
  // Every spec signs up from 127.0.0.1; keep the per-e-mail limit, lift the per-IP one.
  env: { AUTH_RATE_LIMIT_PER_IP: "1000", ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${path.join(dir, "e2e.db")}` },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
