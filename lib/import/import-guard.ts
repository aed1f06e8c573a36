import "server-only";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/data/session-user";
import { ApiError } from "@/lib/http/api-error";
import { t } from "@/lib/i18n";

const running = new Set<string>();

/** Imports (previews included) one user may start per window; IMPORT_RATE_LIMIT_PER_USER overrides. */
export function readImportRateLimit(env: Record<string, string | undefined> = process.env): { limit: number; windowMs: number } {
  const n = Number(env.IMPORT_RATE_LIMIT_PER_USER);
  return { limit: Number.isInteger(n) && n > 0 ? n : 30, windowMs: 10 * 60_000 };
}

/** Whether `userId` has an import running in this process (tests wait on it instead of on timing). */
export function isImportRunning(userId: string): boolean {
  return running.has(userId);
}

/**
 * Runs one import for `user`: a second one while it runs is 409
 * `import_in_progress`, more than the per-user rate is 429 `import_rate_limited`.
 * (One process serves the app, so an in-memory set is the whole truth.)
 */
export async function withImportSlot<T>(user: SessionUser, fn: () => Promise<T>): Promise<T> {
  if (running.has(user.id)) throw new ApiError(409, "import_in_progress", t.importGuard.inProgress);
  running.add(user.id);
  try {
    const { limit, windowMs } = readImportRateLimit();
    const rate = await consumeRateLimit(`import:user:${user.id}`, limit, { windowMs });
    if (!rate.allowed) {
      throw new ApiError(429, "import_rate_limited", t.importGuard.rateLimited, undefined, { "Retry-After": String(rate.retryAfterSeconds) });
    }
    return await fn();
  } finally {
    running.delete(user.id);
  }
}
