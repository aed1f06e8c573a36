import "server-only";
import os from "node:os";
import { Worker } from "node:worker_threads";
import { ApiError } from "@/lib/http/api-error";
import { t } from "@/lib/i18n";
import type { RestorePlan } from "@/lib/export/plan-restore";
import type { PreparedImport } from "./import-types";
import type { WorkerKind, WorkerReply, WorkerTask } from "./import-worker";
import { importTimeLimitMs, RESTORE_TIME_LIMIT_MS } from "./limits";

/** Workers: one per spare core (at least one); imports beyond that wait, up to QUEUE_MAX. */
const POOL_SIZE = Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));
const QUEUE_MAX = 16;

interface Job {
  id: number;
  kind: WorkerKind;
  body: Uint8Array;
  timeLimitMs: number;
  resolve: (value: never) => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  file: string | null;
  timer: NodeJS.Timeout | null;
}

/** Vitest runs sources as TypeScript: boot the worker through tsx there. */
function spawnWorker(): Worker {
  if (process.env.VITEST) {
    const url = new URL("./import-worker.ts", import.meta.url).href;
    const boot = `Promise.all([import("tsx/esm/api"), import("tsx/cjs/api")]).then(([e, c]) => { e.register(); c.register(); return import(${JSON.stringify(url)}); })`;
    // Reflect.construct keeps the bundler from treating this code string as a worker entry.
    return Reflect.construct(Worker, [boot, { eval: true }]) as Worker;
  }
  // The bundler (Turbopack) builds this entry into its own chunk.
  return new Worker(new URL("./import-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
}

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;

function finish(slot: Slot) {
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.job = null;
  slot.file = null;
  pump();
}

function createSlot(): Slot {
  const slot: Slot = { worker: spawnWorker(), job: null, file: null, timer: null };
  slot.worker.unref();
  slot.worker.on("message", (msg: WorkerReply) => {
    const job = slot.job;
    if (!job || msg.id !== job.id) return;
    if (msg.type === "file") {
      slot.file = msg.name;
      return;
    }
    if (msg.type === "crash") job.reject(new Error(`import worker failed: ${msg.message}`));
    else if (msg.result.ok) job.resolve(msg.result.value as never);
    else {
      const e = msg.result.error;
      job.reject(new ApiError(e.status, e.code, e.message, e.fields));
    }
    finish(slot);
  });
  const die = (err: unknown) => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    if (slot.job) {
      console.error("[import] worker stopped", err);
      slot.job.reject(new Error("import worker stopped"));
      finish(slot);
    } else pump();
  };
  slot.worker.on("error", die);
  slot.worker.on("exit", (code) => die(new Error(`exit ${code}`)));
  slots.push(slot);
  return slot;
}

function start(slot: Slot, job: Job) {
  slot.job = job;
  slot.file = null;
  slot.timer = setTimeout(() => {
    const file = slot.file ?? "(알 수 없는 파일)";
    const seconds = Math.round(job.timeLimitMs / 1000);
    job.reject(
      job.kind === "restore"
        ? new ApiError(413, "restore_too_slow", t.limits.restoreTooSlow(seconds))
        : new ApiError(413, "import_too_slow", `${file}: 노트를 ${seconds}초 안에 읽지 못해 가져오기를 멈췄습니다. 파일을 나누어 가져와 주세요.`, { file }),
    );
    slot.job = null;
    // A worker stuck in a parse cannot be interrupted: end it; the next import starts a fresh one.
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    void slot.worker.terminate();
    pump();
  }, job.timeLimitMs);
  const message: WorkerTask = { id: job.id, kind: job.kind, body: job.body };
  slot.worker.postMessage(message, [job.body.buffer as ArrayBuffer]);
}

function pump() {
  while (queue.length > 0) {
    let slot = slots.find((s) => s.job === null);
    if (!slot && slots.length < POOL_SIZE) slot = createSlot();
    if (!slot) return;
    start(slot, queue.shift()!);
  }
}

function runOffThread<T>(kind: WorkerKind, body: Uint8Array, timeLimitMs: number): Promise<T> {
  if (queue.length >= QUEUE_MAX) return Promise.reject(new ApiError(429, "import_busy", t.importGuard.busy, undefined, { "Retry-After": "10" }));
  return new Promise<T>((resolve, reject) => {
    queue.push({ id: nextId++, kind, body, timeLimitMs, resolve: resolve as (value: never) => void, reject });
    pump();
  });
}

/**
 * Reads and parses an import request body in a worker thread, so the
 * request thread (everyone's grades) never waits for a parser. Rejects with
 * ApiError: the refusal the worker found (naming the file), 413
 * `import_too_slow` past the time limit, 429 `import_busy` when the queue is full.
 * The body's buffer is transferred (not copied) and unusable afterwards.
 */
export function prepareImportOffThread(body: Uint8Array, timeLimitMs = importTimeLimitMs()): Promise<PreparedImport> {
  return runOffThread<PreparedImport>("import", body, timeLimitMs);
}

/**
 * Parses and validates a restore body in a worker thread and returns its
 * write plan (batches as JSON text: cheap to hand between threads). Rejects
 * with ApiError: 400 `invalid_json` / `validation` (with fields) /
 * `invalid_export`, 413 `restore_too_slow`, 429 `import_busy`. The body's
 * buffer is transferred.
 */
export function prepareRestoreOffThread(body: Uint8Array, timeLimitMs = RESTORE_TIME_LIMIT_MS): Promise<RestorePlan> {
  return runOffThread<RestorePlan>("restore", body, timeLimitMs);
}
