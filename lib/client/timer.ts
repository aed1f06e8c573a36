"use client";
import { useEffect, useState } from "react";

/** "mm:ss" (or "h:mm:ss" past an hour) for a duration in milliseconds. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${String(m).padStart(2, "0")}:${s}`;
}

/**
 * Milliseconds since `startedAt` (a performance.now() value), re-rendering a
 * few times a second while `running`; frozen at the last value once stopped.
 */
export function useElapsed(startedAt: number, running: boolean): number {
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(performance.now());
    tick();
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [running, startedAt]);
  return Math.max(0, now - startedAt);
}
