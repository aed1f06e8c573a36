import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { OptimizeResult } from "@/lib/optimizer/optimize-result";
import type { CardStateRow, GradeValue } from "@/lib/scheduler/fsrs-mapping";
import { replayCard } from "@/lib/scheduler/replay-card";
import type { SchedulerSettings } from "@/lib/scheduler/settings";
import { endOfStudyDay } from "@/lib/scheduler/study-day";
import { conflict, notFound } from "./errors";
import { getSchedulerSettings } from "./settings";
import type { SessionUser } from "./session-user";

export interface PublicParameterSet {
  id: string;
  createdAt: string;
  active: boolean;
  w: number[];
  metrics: Omit<OptimizeResult, "parameterSetId">;
}

/** Every parameter set of the user, newest first. */
export async function listParameterSets(user: SessionUser): Promise<PublicParameterSet[]> {
  const rows = await prisma.parameterSet.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, active: true, w: true, metrics: true },
  });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString(), active: r.active, w: JSON.parse(r.w), metrics: JSON.parse(r.metrics) }));
}

async function findSetOrThrow(user: SessionUser, id: string) {
  const row = await prisma.parameterSet.findFirst({ where: { id, userId: user.id }, select: { id: true, w: true, metrics: true } });
  if (!row) throw notFound("매개변수 세트를 찾을 수 없습니다.");
  return { id: row.id, w: JSON.parse(row.w) as number[], metrics: JSON.parse(row.metrics) as OptimizeResult };
}

/** Every graded card's state rebuilt under `settings`, beside its current state. */
async function replayAll(user: SessionUser, settings: SchedulerSettings) {
  const [states, logs] = await Promise.all([
    prisma.cardState.findMany({ where: { userId: user.id }, select: { cardId: true, due: true, version: true } }),
    prisma.reviewLog.findMany({ where: { userId: user.id, undoneAt: null }, select: { cardId: true, rating: true, reviewedAt: true } }),
  ]);
  const byCard = new Map<string, Array<{ rating: GradeValue; reviewedAt: Date }>>();
  for (const l of logs) {
    const list = byCard.get(l.cardId) ?? [];
    list.push({ rating: l.rating as GradeValue, reviewedAt: l.reviewedAt });
    byCard.set(l.cardId, list);
  }
  return states.flatMap((s) => {
    const next = replayCard(s.cardId, byCard.get(s.cardId) ?? [], settings);
    return next ? [{ cardId: s.cardId, oldDue: s.due, version: s.version, next }] : [];
  });
}

export interface ReschedulePreview {
  /** Cards that would be rescheduled (every card with grades). */
  cards: number;
  dueTodayBefore: number;
  dueTodayAfter: number;
}

/** How many cards would be due today if the set were applied with rescheduling. */
export async function previewReschedule(user: SessionUser, id: string, now: Date): Promise<ReschedulePreview> {
  const set = await findSetOrThrow(user, id);
  const settings = { ...(await getSchedulerSettings(user)), w: set.w };
  const end = endOfStudyDay(now, settings.timezone, settings.dayStartHour).getTime();
  const replayed = await replayAll(user, settings);
  return {
    cards: replayed.length,
    dueTodayBefore: replayed.filter((r) => r.oldDue.getTime() < end).length,
    dueTodayAfter: replayed.filter((r) => r.next.due.getTime() < end).length,
  };
}

/**
 * Makes a parameter set the one the scheduler uses. Only sets that predicted
 * the user's later reviews better than the defaults can be applied. With
 * `reschedule`, every card's state is rebuilt from its history under the new
 * weights (its version bumps, so an open study tab refetches).
 */
export async function applyParameterSet(user: SessionUser, id: string, opts: { reschedule: boolean }): Promise<{ active: string; rescheduled: number }> {
  const set = await findSetOrThrow(user, id);
  if (!set.metrics.better) throw conflict("기본값보다 예측이 나아지지 않은 값은 적용할 수 없습니다.", "not_better");
  const replayed = opts.reschedule ? await replayAll(user, { ...(await getSchedulerSettings(user)), w: set.w }) : [];
  // (one update per rescheduled card: the transaction's time limit grows with them, or a large deck on a busy
  // server outlives Prisma's default 5 s and the whole apply fails, as the optimiser test did once in CI)
  await prisma.$transaction(
    async (tx) => {
      await tx.parameterSet.updateMany({ where: { userId: user.id, active: true }, data: { active: false } });
      await tx.parameterSet.update({ where: { id: set.id }, data: { active: true } });
      for (const r of replayed) {
        const fsrs: CardStateRow = r.next;
        await tx.cardState.update({ where: { userId_cardId: { userId: user.id, cardId: r.cardId } }, data: { ...fsrs, version: { increment: 1 } } });
      }
    },
    { maxWait: 10_000, timeout: 30_000 + 50 * replayed.length },
  );
  return { active: set.id, rescheduled: replayed.length };
}

/** Back to the ts-fsrs default weights (every set is kept and can be applied again). */
export async function revertToDefaultParameters(user: SessionUser): Promise<{ active: null }> {
  await prisma.parameterSet.updateMany({ where: { userId: user.id, active: true }, data: { active: false } });
  return { active: null };
}
