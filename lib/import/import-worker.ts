// Entry of an import worker thread (see lib/import/import-pool.ts): reads and
// parses uploads (imports and restores) off the request thread. One task at
// a time per worker.
import { parentPort } from "node:worker_threads";
import { prepareRestore } from "@/lib/export/prepare-restore";
import { prepareImport } from "./prepare-import";

export type WorkerKind = "import" | "restore";

export interface WorkerTask {
  id: number;
  kind: WorkerKind;
  body: Uint8Array;
}

export type WorkerReply =
  | { id: number; type: "file"; name: string }
  | { id: number; type: "done"; result: ReturnType<typeof prepareImport> | ReturnType<typeof prepareRestore> }
  | { id: number; type: "crash"; message: string };

const port = parentPort;
port?.on("message", (task: WorkerTask) => {
  const reply = (msg: WorkerReply) => port.postMessage(msg);
  try {
    const result = task.kind === "restore" ? prepareRestore(task.body) : prepareImport(task.body, (name) => reply({ id: task.id, type: "file", name }));
    reply({ id: task.id, type: "done", result });
  } catch (err) {
    reply({ id: task.id, type: "crash", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
