import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { t } from "@/lib/i18n";
import { ApiError } from "@/lib/http/api-error";
import { createLimiter, QueueFullError } from "@/lib/http/semaphore";

// argon2id (algorithm 2) with OWASP's baseline cost: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Password hashes run on libuv's small thread pool (4 threads by default),
 * which file and crypto work share: a log-in flood must not take it all.
 * Two hashes at a time, 64 waiting; beyond that the attempt is a 429 at once.
 */
const hashing = createLimiter(2, 64);

async function limited<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await hashing.run(task);
  } catch (err) {
    if (err instanceof QueueFullError) throw new ApiError(429, "busy", t.auth.errors.rateLimited, undefined, { "Retry-After": "5" });
    throw err;
  }
}

/** Hashes a password to a PHC string (`$argon2id$…`, salt included). */
export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, OPTIONS));
}

/** Constant-time check of a password against a stored PHC hash; false on a malformed hash. */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  return limited(async () => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  });
}

/** Hashes running / waiting right now (for tests and diagnostics). */
export function getHashingLoad(): { running: number; queued: number } {
  return { running: hashing.running, queued: hashing.queued };
}
