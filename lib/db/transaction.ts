import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { databaseProvider, resolveDatabaseUrl } from "./database-url";
import { prisma as appPrisma } from "./prisma";

const MAX_ATTEMPTS = 6;

/** Serialization failures, deadlocks and unique races: retrying sees the winner's row. */
function isRetryable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: { code?: string } } | null;
  if (!e) return false;
  if (e.code === "P2034" || e.code === "P2002") return true;
  return /40001|40P01|could not serialize|deadlock detected/i.test(`${e.message ?? ""} ${e.cause?.code ?? ""}`);
}

/**
 * A read-then-write transaction that behaves the same on both databases.
 * SQLite already runs one writer at a time. PostgreSQL runs it SERIALIZABLE
 * and retries a transaction that lost a race, so two instances grading the
 * same card (or replaying the same grade id) act as if they ran one after
 * the other: the loser re-reads and sees the winner's write.
 */
export async function runSerializable<T>(
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  { db = appPrisma, url = resolveDatabaseUrl() }: { db?: PrismaClient; url?: string } = {},
): Promise<T> {
  if (databaseProvider(url) === "sqlite") return db.$transaction(fn);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { isolationLevel: "Serializable", maxWait: 10_000, timeout: 15_000 });
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
    }
  }
}
