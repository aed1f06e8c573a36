// `npm start`: build if needed, then serve on PORT (default 3000).
// Migrations and the built-in decks are applied by instrumentation.ts.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
// Same rule as lib/auth/secret.ts (assertSharedSecret), checked before a build.
if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") && (process.env.BETTER_AUTH_SECRET?.trim().length ?? 0) < 32) {
  console.error(
    "[rehearse] BETTER_AUTH_SECRET must be set (at least 32 characters, the same on every instance) when DATABASE_URL is PostgreSQL: " +
      "instances sharing one database must sign session cookies with one key. Generate one with `openssl rand -base64 32`.",
  );
  process.exit(1);
}
buildIfNeeded();

const port = process.env.PORT || "3000";
const args = [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port];
if (process.env.HOSTNAME_BIND) args.push("-H", process.env.HOSTNAME_BIND);
const child = spawn(process.execPath, args, {
  cwd: ROOT,
  stdio: "inherit",
  env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
