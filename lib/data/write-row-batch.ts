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
 *
 * `durableLater`: the caller commits a durable transaction after this one
 * before it answers (a restore's swap, an import's last piece). SQLite then
 * commits this batch without its own fsync (`synchronous = NORMAL` for this
 * one transaction, FULL again at once, before any other statement can run):
 * WAL frames are appended in order, so the later commit's fsync of the WAL
 * makes this batch durable too. Nothing acknowledged can be lost; a batch
 * holds the write lock for its statements, not for an fsync.
 */
export async function writeRowBatch(batch: RestoreBatch, ctx: RestoreRowContext, { durableLater = false } = {}): Promise<void> {
  const db = await idleConnection();
  if (db) {
    const write = db.transaction(() => runSqlitePlan(db, restoreBatchPlan(batch, ctx)));
    if (!durableLater) {
      write.immediate();
      return;
    }
    const synchronous = Number(db.pragma("synchronous", { simple: true }));
    db.pragma("synchronous = NORMAL");
    try {
      write.immediate();
    } finally {
      db.pragma(`synchronous = ${synchronous}`);
    }
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

