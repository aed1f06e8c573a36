import { expect, it } from "vitest";
import { createLimiter, QueueFullError } from "./semaphore";

it("runs at most `limit` tasks at once, queues `maxQueued`, refuses the rest", async () => {
  const limiter = createLimiter(2, 1);
  let active = 0;
  let peak = 0;
  const gates: (() => void)[] = [];
  const task = () =>
    limiter.run(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise<void>((r) => gates.push(r));
      active--;
      return "done";
    });
  const results = [task(), task(), task()];
  await expect(task()).rejects.toBeInstanceOf(QueueFullError);
  expect([limiter.running, limiter.queued]).toEqual([2, 1]);
  for (let released = 0; released < 3; released++) {
    while (gates.length === 0) await new Promise((r) => setTimeout(r, 1));
    gates.shift()!();
  }
  expect(await Promise.all(results)).toEqual(["done", "done", "done"]);
  expect(peak).toBe(2);
  expect([limiter.running, limiter.queued]).toEqual([0, 0]);
});
