import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import type { UserExport } from "@/lib/export/export-schema";
import { planRestore, RestoreRefusedError, type RestoreBatch, type RestoreCounts, type RestorePlan } from "@/lib/export/plan-restore";
import type { RestoreRowContext } from "@/lib/export/restore-batch-sql";
import { conflict, DataError } from "./errors";
import type { SessionUser } from "./session-user";
import { writeRowBatch } from "./write-row-batch";

export type RestoreResult = RestoreCounts;

/** Staging accounts hold a restore while it is written; nobody can sign in to them (no password, reserved domain). */
const STAGING_DOMAIN = "@restore.invalid";
/** A staging account older than this belongs to a restore that died (a crash): removed by the next restore. */
const STALE_STAGING_MS = 60 * 60_000;

/** Lets queued requests (grades) run between two write batches. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

async function assertEmptyAccount(db: Pick<typeof prisma, "deck" | "cardState" | "reviewLog">, userId: string): Promise<void> {
  const [decks, states, logs] = [
    await db.deck.count({ where: { ownerId: userId } }),
    await db.cardState.count({ where: { userId } }),
    await db.reviewLog.count({ where: { userId } }),
  ];
  if (decks + states + logs > 0) {
    throw conflict("이미 덱이나 학습 기록이 있는 계정에는 복원할 수 없습니다. 새 계정에서 복원해 주세요.", "account_not_empty");
  }
}

/** Every card id the export references but does not contain must be a built-in card of this server. */
async function assertBuiltInCards(ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const found = new Set((await prisma.card.findMany({ where: { id: { in: part }, deck: { builtIn: true } }, select: { id: true } })).map((c) => c.id));
    const missing = part.find((id) => !found.has(id));
    if (missing) throw new DataError(400, "unknown_card", `내보낸 파일의 카드(${missing})를 이 서버에서 찾을 수 없습니다.`);
  }
}

/** Moves everything the staging account holds to the user, in one short transaction (the moment the restore appears). */
async function swapIn(user: SessionUser, stagingId: string, settings: RestorePlan["settings"]): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertEmptyAccount(tx, user.id);
    const from = { where: { userId: stagingId }, data: { userId: user.id } };
    await tx.deck.updateMany({ where: { ownerId: stagingId }, data: { ownerId: user.id } });
    await tx.cardState.updateMany(from);
    await tx.reviewLog.updateMany(from);
    await tx.attempt.updateMany(from);
    await tx.studyDay.deleteMany({ where: { userId: user.id } });
    await tx.studyDay.updateMany(from);
    if (settings) await tx.settings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...settings }, update: settings });
    await tx.user.delete({ where: { id: stagingId } });
  });
}

/**
 * Writes a restore plan (`planRestore`, made in a worker by the restore
 * route) into the signed-in account, which must not have decks or study
 * history yet (nothing is merged). All or nothing, without one long
 * transaction: the rows are written in short batches under a staging account
 * nobody can sign in to, then one short transaction moves them to the user
 * (re-checking that the account is still empty). A failure removes the
 * staging account; one left by a crash is removed by a later restore.
 */
export async function writeRestorePlan(user: SessionUser, plan: RestorePlan, now = new Date()): Promise<RestoreResult> {
  await assertEmptyAccount(prisma, user.id);
  await assertBuiltInCards(plan.foreignCardIds);
  await prisma.user.deleteMany({ where: { email: { endsWith: STAGING_DOMAIN }, createdAt: { lt: new Date(now.getTime() - STALE_STAGING_MS) } } });
  const stagingId = `restore_${crypto.randomUUID()}`;
  await prisma.user.create({ data: { id: stagingId, email: `${stagingId}${STAGING_DOMAIN}`, name: "restore" } });
  try {
    const ctx: RestoreRowContext = { stagingId, now, newId: () => crypto.randomUUID() };
    for (const text of plan.batches) {
      await yieldToOthers();
      // The swap below is a durable commit: it makes every staging batch durable with it.
      await writeRowBatch(JSON.parse(text) as RestoreBatch, ctx, { durableLater: true });
    }
    await swapIn(user, stagingId, plan.settings);
  } catch (err) {
    await prisma.user.deleteMany({ where: { id: stagingId } }).catch((e: unknown) => console.error("[restore] could not remove staging account", stagingId, e));
    throw err;
  }
  return plan.counts;
}

/**
 * Restores an export into the signed-in account (see `writeRestorePlan`).
 * Deck ids are new (`d_…`), card ids follow from them, review-log ids are
 * kept unless taken on this server; everything else — texts, archived
 * cards, states, logs, settings, study days — comes back exactly.
 */
export async function restoreUserData(user: SessionUser, data: UserExport): Promise<RestoreResult> {
  let plan: RestorePlan;
  try {
    plan = planRestore(data);
  } catch (err) {
    if (err instanceof RestoreRefusedError) throw new DataError(400, err.code, err.message);
    throw err;
  }
  return writeRestorePlan(user, plan);
}
