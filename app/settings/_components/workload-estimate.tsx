"use client";
import { t } from "@/lib/i18n";
import { minutesAt } from "@/lib/simulator/simulate-workload";
import { useWorkload } from "./workload-context";

/** "약 N분/일" at the desired retention being edited, read off the simulated curve. */
export function WorkloadEstimate({ retention }: { retention: number }) {
  const workload = useWorkload();
  if (!workload) return null;
  const text = workload.curve ? t.stats.simulator.estimate(Math.round(minutesAt(workload.curve, retention)), retention) : t.stats.simulator.loading;
  return (
    <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300" data-testid="workload-estimate">
      {text}
    </p>
  );
}
