import "server-only";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { default_w } from "ts-fsrs";
import { claimNextJob, completeOptimizeJob, failJob, LEASE_MS, reportJobProgress, type ClaimedJob } from "@/lib/data/jobs";
import { loadFsrsItems } from "@/lib/data/optimize-history";
import { splitByTime } from "@/lib/optimizer/fsrs-items";
import { isBetter } from "@/lib/optimizer/optimize-result";
import type { OptimizeOutcome } from "@/lib/optimizer/run-optimizer.mjs";

/** This process's name on the leases it takes. */
const INSTANCE_ID = `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
// Resolved at run time from the app root (not bundled): the worker imports the binding directly.
const WORKER_FILE = path.join(process.cwd(), "lib", "optimizer", "optimize-worker.mjs");

let running: Promise<void> | null = null;

/**
 * Runs queued jobs (and ones whose lease expired) in the background until
 * none is left. Never awaited by a request: the optimiser itself runs in a
 * worker thread, this loop only moves messages and writes progress.
 */
export function kickJobRunner(now: () => Date = () => new Date()): Promise<void> {
  running ??= (async () => {
    try {
      for (let job = await claimNextJob(INSTANCE_ID, now()); job; job = await claimNextJob(INSTANCE_ID, now())) {
        await runJob(job, now);
      }
    } catch (err) {
      console.error("[jobs] runner failed", err);
    } finally {
      running = null;
    }
  })();
  return running;
}

async function runJob(job: ClaimedJob, now: () => Date): Promise<void> {
  if (job.kind !== "optimize") return failJob(job.id, INSTANCE_ID, `알 수 없는 작업 종류: ${job.kind}`);
  try {
    const items = await loadFsrsItems(job.userId);
    const { train, test } = splitByTime(items);
    const outcome = await runWorker({ train, test, all: items.items, defaults: [...default_w] }, (share) =>
      reportJobProgress(job.id, INSTANCE_ID, Math.round(share * 100) / 100, now()),
    );
    await completeOptimizeJob(job.id, INSTANCE_ID, job.userId, outcome.w, {
      reviews: items.reviews,
      trainItems: train.length,
      testItems: test.length,
      before: outcome.before,
      after: outcome.after,
      better: isBetter(outcome.before, outcome.after),
    });
  } catch (err) {
    console.error("[jobs] optimise failed", err);
    await failJob(job.id, INSTANCE_ID, "최적화 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.");
  }
}

function runWorker(workerData: unknown, onProgress: (share: number) => Promise<boolean>): Promise<OptimizeOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData });
    // Keep the lease alive even when the optimiser reports no progress for a while.
    let share = 0;
    const renew = setInterval(() => void onProgress(share), LEASE_MS / 3);
    const stop = () => clearInterval(renew);
    worker.on("message", (msg: { type: string; share?: number; result?: OptimizeOutcome; message?: string }) => {
      if (msg.type === "progress") {
        share = msg.share ?? share;
        void onProgress(share).then((ours) => {
          if (!ours) void worker.terminate(); // another instance took over: stop wasting CPU
        });
      } else if (msg.type === "done") {
        stop();
        resolve(msg.result!);
        void worker.terminate();
      } else if (msg.type === "error") {
        stop();
        reject(new Error(msg.message));
      }
    });
    worker.on("error", (err) => {
      stop();
      reject(err);
    });
    worker.on("exit", (code) => {
      stop();
      if (code !== 0) reject(new Error(`optimiser worker exited with ${code}`));
    });
  });
}
