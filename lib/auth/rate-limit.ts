import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma as appPrisma } from "@/lib/db/prisma";
import { t } from "@/lib/i18n";
import { ApiError } from "@/lib/http/api-error";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { isClientIpStamped } from "@/lib/http/stamp-client-ip";

export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Attempts per minute; override with AUTH_RATE_LIMIT_PER_IP / AUTH_RATE_LIMIT_PER_EMAIL. */
export function readAuthRateLimits(env: Record<string, string | undefined> = process.env): { perIp: number; perEmail: number } {
  const read = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return { perIp: read(env.AUTH_RATE_LIMIT_PER_IP, 10), perEmail: read(env.AUTH_RATE_LIMIT_PER_EMAIL, 5) };
}

/**
 * Counts one hit on `key` in a fixed window, atomically in SQLite and
 * PostgreSQL alike (one upsert … RETURNING; on PostgreSQL the conflicting row
 * is locked, so concurrent instances count every hit), so the limit holds across requests, processes and
 * restarts without another service.
 */
export async function consumeRateLimit(
  key: string,
  limit: number,
  { windowMs = RATE_LIMIT_WINDOW_MS, now = Date.now(), db = appPrisma }: { windowMs?: number; now?: number; db?: PrismaClient } = {},
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const rows = await db.$queryRaw<{ count: number | bigint; resetAt: number | bigint }[]>`
    INSERT INTO "rate_limit" ("key", "count", "resetAt") VALUES (${key}, 1, ${BigInt(now + windowMs)})
    ON CONFLICT("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limit"."resetAt" <= ${BigInt(now)} THEN 1 ELSE "rate_limit"."count" + 1 END,
      "resetAt" = CASE WHEN "rate_limit"."resetAt" <= ${BigInt(now)} THEN excluded."resetAt" ELSE "rate_limit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0];
  const count = Number(row?.count ?? 1);
  const resetAt = Number(row?.resetAt ?? now + windowMs);
  // Expired windows are dead weight; sweep them now and then.
  if (Math.random() < 0.02) await db.rateLimit.deleteMany({ where: { resetAt: { lt: BigInt(now) } } });
  return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
}

/**
 * The client address the server stamped on this request (socket address, or
 * the right-most untrusted X-Forwarded-For hop under TRUST_PROXY; see
 * lib/http/client-ip.ts). Headers a client writes itself are never read.
 */
export function getClientIp(headers: Headers): string {
  if (!isClientIpStamped()) return "unknown";
  return headers.get(CLIENT_IP_HEADER)?.trim() || "unknown";
}

/**
 * Throttles sign-in / sign-up: every attempt counts against the client IP
 * (the flood limit) and against the (normalised) e-mail. For sign-in the
 * e-mail counter is kept per e-mail *and* IP, so someone else guessing
 * cannot lock the owner out. Throws ApiError 429 with Retry-After.
 */
export async function enforceAuthRateLimit(action: "login" | "signup", headers: Headers, email: string): Promise<void> {
  const { perIp, perEmail } = readAuthRateLimits();
  const ip = getClientIp(headers);
  const emailKey = action === "login" ? `${action}:email-ip:${email}|${ip}` : `${action}:email:${email}`;
  const [byIp, byEmail] = [await consumeRateLimit(`${action}:ip:${ip}`, perIp), await consumeRateLimit(emailKey, perEmail)];
  if (byIp.allowed && byEmail.allowed) return;
  const retryAfter = Math.max(byIp.allowed ? 0 : byIp.retryAfterSeconds, byEmail.allowed ? 0 : byEmail.retryAfterSeconds);
  throw new ApiError(429, "rate_limited", t.auth.errors.rateLimited, undefined, { "Retry-After": String(retryAfter) });
}
