import { assertSharedSecret } from "@/lib/auth/secret";
import { syncBuiltInDecks } from "@/lib/content/sync-built-in-decks";
import { databaseProvider, resolveDatabaseUrl } from "./database-url";
import { migrateDatabase } from "./migrate";
import { prisma } from "./prisma";

/** Advisory lock key for the built-in deck sync (the migration lock is separate). */
const SYNC_LOCK_KEY = 0x7265686561727366n;

/**
 * Brings the database up to date before the first request: committed
 * migrations, then the built-in decks from content/. On PostgreSQL both run
 * under advisory locks, so instances starting together do each step once
 * and the rest find it done.
 */
export async function prepareDatabase(now = new Date()): Promise<void> {
  assertSharedSecret();
  const url = resolveDatabaseUrl();
  const applied = await migrateDatabase(url);
  if (applied.length > 0) console.log(`[rehearse] applied migrations: ${applied.join(", ")}`);
  const sync = () => syncBuiltInDecks(prisma, now);
  const report =
    databaseProvider(url) === "postgresql"
      ? await (await import("./migrate-postgres")).withAdvisoryLock(url, SYNC_LOCK_KEY, sync)
      : await sync();
  console.log(
    `[rehearse] built-in decks: ${report.decks} (${report.skipped} unchanged files); cards +${report.added} ~${report.updated} archived ${report.archived}`,
  );
}
