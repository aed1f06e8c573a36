import { syncBuiltInDecks } from "@/lib/content/sync-built-in-decks";
import { applyMigrations } from "./migrate";
import { prisma } from "./prisma";

/**
 * Brings the database up to date before the first request: committed
 * migrations, then the built-in decks from content/.
 */
export async function prepareDatabase(now = new Date()): Promise<void> {
  const applied = applyMigrations();
  if (applied.length > 0) console.log(`[rehearse] applied migrations: ${applied.join(", ")}`);
  const report = await syncBuiltInDecks(prisma, now);
  console.log(
    `[rehearse] built-in decks: ${report.decks} (${report.skipped} unchanged files); cards +${report.added} ~${report.updated} archived ${report.archived}`,
  );
}
