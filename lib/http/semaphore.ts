/** Thrown when a limiter's queue is full: the caller should answer "busy", not wait. */
export class QueueFullError extends Error {
  constructor() {
    super("queue full");
    this.name = "QueueFullError";
  }
}

/**
 * At most `limit` tasks run at once; up to `maxQueued` more wait in order,
 * anything beyond is refused at once with QueueFullError, so a flood cannot
 * pile up unbounded work (or memory) behind it.
 */
export function createLimiter(limit: number, maxQueued: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= limit) {
        if (waiting.length >= maxQueued) throw new QueueFullError();
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running++;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
  };
}
