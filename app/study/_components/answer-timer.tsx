"use client";
import { formatClock, useElapsed } from "@/lib/client/timer";
import { t } from "@/lib/i18n/client";

/** Elapsed speaking time against the card's target length; the bar turns amber past the target. */
export function AnswerTimer({ startedAt, running, targetSeconds }: { startedAt: number; running: boolean; targetSeconds: number }) {
  const elapsed = useElapsed(startedAt, running);
  const targetMs = Math.max(0, targetSeconds) * 1000;
  const over = targetMs > 0 && elapsed > targetMs;
  const ratio = targetMs > 0 ? Math.min(1, elapsed / targetMs) : 0;
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span role="timer" aria-label={t.study.timer.label} className={`font-mono text-lg tabular-nums ${over ? "text-amber-700 dark:text-amber-300" : ""}`}>
          {formatClock(elapsed)}
        </span>
        {targetMs > 0 ? <span className="text-slate-600 dark:text-slate-400">{t.study.timer.target(formatClock(targetMs))}</span> : null}
      </div>
      {targetMs > 0 ? (
        <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
          <div
            className={`h-full rounded-full transition-[width] duration-300 ${over ? "bg-amber-500" : "bg-indigo-500"}`}
            style={{ width: `${ratio * 100}%` }}
          />
        </div>
      ) : null}
      {/* Announced once when crossing the target; silent otherwise. */}
      <p aria-live="polite" className="text-xs font-medium text-amber-700 dark:text-amber-300">
        {over ? t.study.timer.over : ""}
      </p>
    </div>
  );
}
