import "server-only";
import { takeLongTexts, writeLongTexts } from "@/lib/db/long-text";
import { prisma } from "@/lib/db/prisma";
import { idleConnection, runPrismaPlan, runSqlitePlan } from "@/lib/db/sql-plan";
import type { RestoreBatch } from "@/lib/export/plan-restore";
import { restoreBatchPlan, type RestoreRowContext } from "@/lib/export/restore-batch-sql";

/**
 * Writes one batch in its own short transaction, with hand-written
 * parameterised INSERTs (lib/export/restore-batch-sql.ts), never through
 * Prisma's query compiler (it compiles every statement with its values on
 * the request thread: ~0.3 s per MB of Korean text). On SQLite the batch is
 * one synchronous better-sqlite3 transaction on the app's connection once no
 * other transaction holds it; on PostgreSQL its statements are raw queries in
 * one transaction, long texts sent in pieces (lib/db/long-text.ts).
 */
export async function writeRowBatch(batch: RestoreBatch, ctx: RestoreRowContext): Promise<void> {
  const db = await idleConnection();
  if (db) {
    db.transaction(() => runSqlitePlan(db, restoreBatchPlan(batch, ctx))).immediate();
    return;
  }
  const long =
    batch.table === "deck" ? takeLongTexts(batch.rows as { id: string }[], "deck", ["markdown"] as never)
    : batch.table === "card" ? takeLongTexts(batch.rows as { id: string }[], "card", ["answer", "prompt"] as never)
    : { rows: batch.rows, writes: [] };
  await prisma.$transaction(async (tx) => {
    await runPrismaPlan(tx, restoreBatchPlan({ table: batch.table, rows: long.rows }, ctx));
    await writeLongTexts(tx, long.writes);
  });
}

