import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { MIN_OPTIMIZE_ITEMS } from "@/lib/optimizer/fsrs-items";
import type { OptimizeResult } from "@/lib/optimizer/optimize-result";
import { notFound } from "./errors";
import { countFsrsItems } from "./optimize-history";
import type { SessionUser } from "./session-user";

/** How long a claimed job is ours without renewing; a crashed instance's job is retried after this. */
export const LEASE_MS = 30_000;
/** Attempts before a job that keeps crashing is given up. */
export const MAX_ATTEMPTS = 3;

export interface PublicJob {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  attempts: number;
  error: string | null;
  result: OptimizeResult | null;
  createdAt: string;
}

const JOB_SELECT = { id: true, status: true, progress: true, attempts: true, error: true, result: true, createdAt: true } as const;

function toPublicJob(row: { id: string; status: string; progress: number; attempts: number; error: string | null; result: string | null; createdAt: Date }): PublicJob {
  return {
    id: row.id,
    status: row.status as PublicJob["status"],
    progress: row.progress,
    attempts: row.attempts,
    error: row.error,
    result: row.result ? (JSON.parse(row.result) as OptimizeResult) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type StartOptimizeOutcome = { ok: true; job: PublicJob } | { ok: false; missing: number };

/**
 * Queues an optimisation of the user's FSRS weights, or returns the one
 * already queued or running. Below the minimum history nothing is queued and
 * the answer says how many more reviews are needed.
 */
export async function startOptimizeJob(user: SessionUser): Promise<StartOptimizeOutcome> {
  const open = await prisma.job.findFirst({
    where: { userId: user.id, kind: "optimize", status: { in: ["queued", "running"] } },
    select: JOB_SELECT,
  });
  if (open) return { ok: true, job: toPublicJob(open) };
  // One aggregate query, not the whole log: this runs on the request.
  const missing = Math.max(0, MIN_OPTIMIZE_ITEMS - (await countFsrsItems(user.id)));
  if (missing > 0) return { ok: false, missing };
  const row = await prisma.job.create({ data: { id: crypto.randomUUID(), userId: user.id, kind: "optimize" }, select: JOB_SELECT });
  return { ok: true, job: toPublicJob(row) };
}

/** One of the user's jobs; 404 for anyone else's. */
export async function getJob(user: SessionUser, jobId: string): Promise<PublicJob> {
  const row = await prisma.job.findFirst({ where: { id: jobId, userId: user.id }, select: JOB_SELECT });
  if (!row) throw notFound("작업을 찾을 수 없습니다.");
  return toPublicJob(row);
}

export interface ClaimedJob {
  id: string;
  userId: string;
  kind: string;
  attempts: number;
}

/**
 * Claims the oldest queued job, or a running one whose lease ran out (its
 * instance died), for `instanceId`. The claim is one conditional update on
 * the row as we read it, so two instances can never both win; a job that has
 * used up its attempts is marked failed instead.
 */
export async function claimNextJob(instanceId: string, now: Date): Promise<ClaimedJob | null> {
  for (let tries = 0; tries < 5; tries++) {
    const candidate = await prisma.job.findFirst({
      where: { OR: [{ status: "queued" }, { status: "running", leaseUntil: { lt: now } }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, userId: true, kind: true, status: true, attempts: true, leaseUntil: true },
    });
    if (!candidate) return null;
    const same = { id: candidate.id, status: candidate.status, attempts: candidate.attempts, leaseUntil: candidate.leaseUntil };
    if (candidate.attempts >= MAX_ATTEMPTS) {
      await prisma.job.updateMany({ where: same, data: { status: "failed", error: "작업이 여러 번 중단되어 포기했습니다.", leaseUntil: null } });
      continue;
    }
    const won = await prisma.job.updateMany({
      where: same,
      data: { status: "running", leaseUntil: new Date(now.getTime() + LEASE_MS), leasedBy: instanceId, attempts: { increment: 1 } },
    });
    if (won.count === 1) return { id: candidate.id, userId: candidate.userId, kind: candidate.kind, attempts: candidate.attempts + 1 };
  }
  return null;
}

/** Records progress and extends the lease; false when the job is no longer ours (lease lost). */
export async function reportJobProgress(jobId: string, instanceId: string, progress: number, now: Date): Promise<boolean> {
  const res = await prisma.job.updateMany({
    where: { id: jobId, leasedBy: instanceId, status: "running" },
    data: { progress, leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  return res.count === 1;
}

/** Marks a job failed with a message for the user. */
export async function failJob(jobId: string, instanceId: string, message: string): Promise<void> {
  await prisma.job.updateMany({ where: { id: jobId, leasedBy: instanceId, status: "running" }, data: { status: "failed", error: message, leaseUntil: null } });
}

/**
 * Stores the new parameter set (inactive: applying is the user's choice) and
 * completes the job, in one transaction, only while we still hold the lease.
 */
export async function completeOptimizeJob(jobId: string, instanceId: string, userId: string, w: number[], result: Omit<OptimizeResult, "parameterSetId">): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const parameterSetId = crypto.randomUUID();
    const full: OptimizeResult = { ...result, parameterSetId };
    const done = await tx.job.updateMany({
      where: { id: jobId, leasedBy: instanceId, status: "running" },
      data: { status: "done", progress: 1, leaseUntil: null, result: JSON.stringify(full) },
    });
    if (done.count !== 1) return false;
    await tx.parameterSet.create({ data: { id: parameterSetId, userId, w: JSON.stringify(w), metrics: JSON.stringify(result), jobId } });
    return true;
  });
}
