import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { databaseProvider, resolveDatabaseUrl } from "./database-url";
import { prisma as appPrisma } from "./prisma";

const MAX_ATTEMPTS = 5;

/** Serialization failures, deadlocks and unique races: retrying sees the winner's row. */
function isRetryable(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code === "P2034" || e.code === "P2002") return true;
  // Raw statements (lib/db/sql-plan.ts) report the database code in the message: 23505 is a unique race.
  return /40001|40P01|23505|could not serialize|deadlock detected/i.test(e.message ?? "");
}

/**
 * A read-then-write transaction on one user's progress that behaves the same
 * on both databases. SQLite runs one writer at a time already. On PostgreSQL
 * the transaction first takes a transaction-scoped advisory lock on the user,
 * so two instances grading the same card (or replaying the same grade id, or
 * bumping the same study-day counter) queue instead of racing: the second
 * reads what the first committed. Other users never wait for each other. A
 * transaction that still loses a race (a unique key, a deadlock) is retried.
 */
export async function runUserTransaction<T>(
  userId: string,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  { db = appPrisma, url = resolveDatabaseUrl() }: { db?: PrismaClient; url?: string } = {},
): Promise<T> {
  if (databaseProvider(url) === "sqlite") return db.$transaction(fn);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`user:${userId}`}, 0))`;
          return fn(tx);
        },
        { maxWait: 10_000, timeout: 20_000 },
      );
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
    }
  }
}
