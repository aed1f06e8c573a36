import "server-only";
import type Database from "better-sqlite3";
import { idleSqliteHandleOf, prisma } from "@/lib/db/prisma";
import type { SessionUser } from "@/lib/data/session-user";

/**
 * The per-request session check without Better Auth's machinery (profiled in
 * bench/README.md: Better Auth plus Prisma's query compilation were about 45 %
 * of a `GET /api/v1/me`). Two parts:
 *
 * - The cookie's HMAC: a signed cookie value Better Auth has accepted once is
 *   remembered with its token. The signature depends only on the token and the
 *   secret, so a remembered value stays valid; a forged or changed value is
 *   simply not found and goes the slow way.
 * - The database: every request still looks the session up by token (one
 *   indexed SELECT, written by hand so Prisma compiles nothing), so a session
 *   deleted by sign-out, by a new sign-in or by any other process is refused
 *   on the very next request. Nothing about a session is cached. On SQLite
 *   it is a prepared statement on Prisma's own connection (even a $queryRaw
 *   goes through Prisma's query compiler, 13 % of a `me` in the profile);
 *   elsewhere the same SQL through $queryRaw.
 *
 * Whenever the fast path is unsure (unknown cookie value, session missing,
 * expired or due for its sliding extension) the caller asks Better Auth.
 */

const MAX_REMEMBERED = 10_000;
/** Signed cookie value (as sent) → the session token Better Auth verified it carries. */
const verified = new Map<string, string>();

/** The one value of cookie `name` in a Cookie header; null when absent or sent more than once. */
export function readSingleCookie(cookieHeader: string, name: string): string | null {
  let found: string | null = null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    if (found !== null) return null; // ambiguous: let Better Auth decide
    found = part.slice(eq + 1).trim();
  }
  return found || null;
}

/** Remembers that Better Auth accepted `cookieValue` as carrying `token` (only if it visibly does). */
export function rememberVerifiedCookie(cookieValue: string, token: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(cookieValue);
  } catch {
    return;
  }
  if (!decoded.startsWith(`${token}.`)) return;
  if (verified.size >= MAX_REMEMBERED) verified.delete(verified.keys().next().value as string);
  verified.set(cookieValue, token);
}

/** The token of a cookie value Better Auth accepted before, else null. */
export function verifiedToken(cookieValue: string): string | null {
  return verified.get(cookieValue) ?? null;
}

/** Forgets every remembered cookie value (tests). */
export function forgetVerifiedCookies(): void {
  verified.clear();
}

interface SessionRow {
  sessionId: string;
  expiresAt: Date | string | number;
  userId: string;
  email: string;
}

/**
 * The live session with this token and its user, or null when it does not
 * exist, has expired, or is due for its sliding extension (`refreshAfterMs`
 * before expiry), which Better Auth must do.
 */
export async function findFreshSession(
  token: string,
  now: Date,
  freshForMs: number,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  const row = await selectSessionByToken(token);
  if (!row) return null;
  const expiresAt = new Date(row.expiresAt).getTime();
  if (!Number.isFinite(expiresAt) || expiresAt - now.getTime() <= freshForMs) return null;
  return { user: { id: row.userId, email: row.email }, sessionId: row.sessionId };
}

const SESSION_BY_TOKEN = `SELECT s."id" AS "sessionId", s."expiresAt" AS "expiresAt", u."id" AS "userId", u."email" AS "email"
  FROM "session" s JOIN "user" u ON u."id" = s."userId"
  WHERE s."token" = ? LIMIT 1`;
const statements = new WeakMap<Database.Database, Database.Statement<[string], SessionRow>>();

async function selectSessionByToken(token: string): Promise<SessionRow | undefined> {
  const db = await idleSqliteHandleOf(prisma);
  if (db) {
    let statement = statements.get(db);
    if (!statement) statements.set(db, (statement = db.prepare<[string], SessionRow>(SESSION_BY_TOKEN)));
    return statement.get(token);
  }
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."id" AS "sessionId", s."expiresAt" AS "expiresAt", u."id" AS "userId", u."email" AS "email"
    FROM "session" s JOIN "user" u ON u."id" = s."userId"
    WHERE s."token" = ${token}
    LIMIT 1`;
  return rows[0];
}
