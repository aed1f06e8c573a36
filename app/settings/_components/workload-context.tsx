"use client";
import { createContext, useContext, useEffect, useState } from "react";
import { workloadCurve, type CurvePoint } from "@/lib/simulator/simulate-workload";
import type { WorkloadSource } from "@/lib/data/workload";

interface Workload {
  source: WorkloadSource;
  curve: CurvePoint[] | null;
}

const WorkloadContext = createContext<Workload | null>(null);

/** Simulation horizon: a year of daily study. */
const HORIZON_DAYS = 365;

/**
 * Runs the workload simulator in the browser (it is pure and deterministic)
 * after the first paint, and shares the curve with the estimate beside the
 * desired-retention field and the chart below the form.
 */
export function WorkloadProvider({ source, children }: { source: WorkloadSource; children: React.ReactNode }) {
  const [curve, setCurve] = useState<CurvePoint[] | null>(null);
  useEffect(() => {
    const id = setTimeout(() => {
      setCurve(
        workloadCurve({
          cards: source.cards,
          newCards: source.newCards,
          newPerDay: source.newPerDay,
          w: source.w ?? undefined,
          maximumInterval: source.maximumInterval,
          horizonDays: HORIZON_DAYS,
          secondsPerReview: source.secondsPerReview,
          secondsPerNew: source.secondsPerNew,
          seed: 1,
        }),
      );
    }, 0);
    return () => clearTimeout(id);
  }, [source]);
  return <WorkloadContext.Provider value={{ source, curve }}>{children}</WorkloadContext.Provider>;
}

/** The simulated curve (null while computing) and what it was computed from; null outside a provider. */
export function useWorkload(): Workload | null {
  return useContext(WorkloadContext);
}
