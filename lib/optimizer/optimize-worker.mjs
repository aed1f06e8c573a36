// Worker thread: runs one optimisation off the server's event loop and
// reports progress to the parent. workerData: { train, test, all, defaults }.
import { parentPort, workerData } from "node:worker_threads";
import { optimizeAndEvaluate } from "./run-optimizer.mjs";

let last = 0;
try {
  const result = await optimizeAndEvaluate({
    ...workerData,
    onProgress: (share) => {
      if (share - last >= 0.02 || share === 1) {
        last = share;
        parentPort.postMessage({ type: "progress", share });
      }
    },
  });
  parentPort.postMessage({ type: "done", result });
} catch (err) {
  parentPort.postMessage({ type: "error", message: err instanceof Error ? err.message : String(err) });
}
