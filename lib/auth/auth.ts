import "server-only";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { betterAuth } from "better-auth/minimal";
import { databaseProvider } from "@/lib/db/database-url";
import { prisma } from "@/lib/db/prisma";
import { MAX_PASSWORD, MIN_PASSWORD } from "./credentials";
import { readConfiguredOrigins } from "./origin";
import { hashPassword, verifyPassword } from "./password";
import { resolveAuthSecret } from "./secret";
import { useSecureCookies } from "./secure-cookies";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;
/** A session is extended (sliding expiry, new cookie) once it is this old. */
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60 * 24;

function createAuth() {
  const origins = readConfiguredOrigins();
  return betterAuth({
    appName: "Rehearse",
    // Only used for links in e-mails we do not send; cookies and CSRF do not depend on it.
    baseURL: origins[0] || `http://localhost:${process.env.PORT || "3000"}`,
    secret: resolveAuthSecret(),
    database: prismaAdapter(prisma, { provider: databaseProvider() }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: MAX_PASSWORD,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: { expiresIn: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    // Our own limiter (lib/auth/rate-limit.ts) counts per IP *and* per e-mail in SQLite.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // We call auth.api directly (no catch-all handler), so Better Auth's own
    // Origin check does not run; lib/auth/csrf.ts guards every non-GET request.
    trustedOrigins: origins,
    advanced: { cookiePrefix: "rehearse", useSecureCookies: useSecureCookies() },
    logger: { level: "error" },
  });
}

let auth: ReturnType<typeof createAuth> | undefined;

/** The Better Auth instance, created on first use (so `next build` neither reads nor writes the secret). */
export function getAuth(): ReturnType<typeof createAuth> {
  auth ??= createAuth();
  return auth;
}
