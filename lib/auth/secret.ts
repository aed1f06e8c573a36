import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";

/** Where the generated secret lives when BETTER_AUTH_SECRET is unset (the gitignored data/ folder). */
export const SECRET_FILE = path.join(process.cwd(), "data", "auth-secret");

/**
 * The key Better Auth signs session cookies with: `BETTER_AUTH_SECRET`, else
 * a random 32-byte secret generated on first start and kept in data/auth-secret
 * (mode 600) so sessions survive restarts. Never committed. On PostgreSQL
 * (several instances) only the environment will do: see assertSharedSecret.
 */
export function resolveAuthSecret(env: Record<string, string | undefined> = process.env, file = SECRET_FILE): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  assertSharedSecret(env);
  try {
    const existing = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not created yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    // Another process created it first (or it was too short): use what is there, else overwrite.
    const existing = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (existing.length >= 32) return existing;
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

/**
 * Refuses to start when instances could disagree on the cookie-signing key:
 * a PostgreSQL database is meant to be shared by several instances, and a
 * secret generated into one instance's data/ folder would sign cookies the
 * others reject. Throws with the fix in the message.
 */
export function assertSharedSecret(env: Record<string, string | undefined> = process.env): void {
  if (databaseProvider(resolveDatabaseUrl(env.DATABASE_URL)) !== "postgresql") return;
  if ((env.BETTER_AUTH_SECRET?.trim().length ?? 0) >= 32) return;
  throw new Error(
    "[rehearse] BETTER_AUTH_SECRET must be set (at least 32 characters, the same on every instance) when DATABASE_URL is PostgreSQL: " +
      "instances sharing one database must sign session cookies with one key. Generate one with `openssl rand -base64 32`.",
  );
}
