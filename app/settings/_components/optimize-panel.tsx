"use client";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { PublicJob } from "@/lib/data/jobs";
import type { PublicParameterSet, ReschedulePreview } from "@/lib/data/parameter-sets";
import type { SchedulerHealth } from "@/lib/data/scheduler-health";
import { t } from "@/lib/i18n";
import { describeImprovement, type OptimizeResult } from "@/lib/optimizer/optimize-result";
import { btnPrimary, btnSecondary, panel } from "../../study/_components/ui";

const s = t.stats.optimize;
const dateFmt = new Intl.DateTimeFormat("ko-KR", { dateStyle: "medium", timeStyle: "short" });
const num = (x: number) => x.toFixed(4);

export interface OptimizePanelProps {
  sets: PublicParameterSet[];
  job: PublicJob | null;
  health: SchedulerHealth;
}

/** "내 기록으로 최적화": start a job, follow its progress, compare, apply (optionally rescheduling), go back. */
export function OptimizePanel(props: OptimizePanelProps) {
  const [sets, setSets] = useState(props.sets);
  const [job, setJob] = useState<PublicJob | null>(props.job);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [reschedule, setReschedule] = useState(false);
  const [preview, setPreview] = useState<ReschedulePreview | null>(null);

  const refreshSets = useCallback(async () => setSets((await apiFetch<{ parameterSets: PublicParameterSet[] }>("/api/v1/scheduler/parameters")).parameterSets), []);
  const running = job?.status === "queued" || job?.status === "running";

  useEffect(() => {
    if (!running || !job) return;
    const id = setInterval(async () => {
      try {
        const next = (await apiFetch<{ job: PublicJob }>(`/api/v1/scheduler/optimize/${encodeURIComponent(job.id)}`)).job;
        setJob(next);
        if (next.status === "done") await refreshSets();
      } catch (err) {
        setError(err instanceof ApiError ? err.message : s.error);
      }
    }, 700);
    return () => clearInterval(id);
  }, [running, job, refreshSets]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError("");
    setMessage("");
    try {
      await fn();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : s.error);
    } finally {
      setBusy(false);
    }
  };

  const start = () => act(async () => setJob((await apiFetch<{ job: PublicJob }>("/api/v1/scheduler/optimize", { method: "POST" })).job));
  const apply = (id: string) =>
    act(async () => {
      const r = await apiFetch<{ rescheduled: number }>("/api/v1/scheduler/parameters", { method: "POST", body: { action: "apply", id, reschedule } });
      await refreshSets();
      setMessage(reschedule ? `${s.applied} ${s.rescheduled(r.rescheduled)}` : s.applied);
    });
  const revert = () =>
    act(async () => {
      await apiFetch("/api/v1/scheduler/parameters", { method: "POST", body: { action: "revert" } });
      await refreshSets();
      setMessage(s.reverted);
    });

  const result = job?.status === "done" ? job.result : null;
  const active = sets.find((x) => x.active);
  useEffect(() => {
    setPreview(null);
    if (!reschedule || !result?.better) return;
    let stale = false;
    apiFetch<{ preview: ReschedulePreview }>("/api/v1/scheduler/parameters", { method: "POST", body: { action: "preview", id: result.parameterSetId } })
      .then((r) => !stale && setPreview(r.preview))
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [reschedule, result]);

  return (
    <section aria-labelledby="optimize-heading" className={`${panel} space-y-4`}>
      <h2 id="optimize-heading" className="text-base font-semibold">{s.title}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{s.intro}</p>
      <p className="text-sm" data-testid="active-parameters">{active ? s.usingMine(dateFmt.format(new Date(active.createdAt))) : s.usingDefaults}</p>
      <HealthLine health={props.health} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={btnPrimary} onClick={start} disabled={busy || running}>
          {running ? (job?.status === "queued" ? s.queued : s.running) : s.start}
        </button>
        {active ? <button type="button" className={btnSecondary} onClick={revert} disabled={busy}>{s.revert}</button> : null}
      </div>
      {running && job ? (
        <div className="space-y-1">
          <div role="progressbar" aria-label={s.title} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(job.progress * 100)} className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
            <div className="h-full bg-indigo-600 transition-all" style={{ width: `${Math.round(job.progress * 100)}%` }} />
          </div>
          <p className="text-sm tabular-nums">{s.progress(job.progress)}</p>
        </div>
      ) : null}
      {job?.status === "failed" ? <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">{s.failed} {job.error}</p> : null}
      {result ? <ResultTable result={result} /> : null}
      {result?.better && !sets.find((x) => x.id === result.parameterSetId)?.active ? (
        <div className="space-y-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={reschedule} onChange={(e) => setReschedule(e.target.checked)} className="h-4 w-4" />
            {s.reschedule}
          </label>
          {preview ? <p className="text-sm" data-testid="reschedule-preview">{s.preview(preview.dueTodayBefore, preview.dueTodayAfter)}</p> : null}
          <button type="button" className={btnPrimary} onClick={() => apply(result.parameterSetId)} disabled={busy}>{s.apply}</button>
        </div>
      ) : null}
      <div aria-live="polite" className="text-sm">
        {message ? <p className="text-emerald-700 dark:text-emerald-300">{message}</p> : null}
      </div>
      <div aria-live="assertive" className="text-sm">{error ? <p className="text-rose-700 dark:text-rose-300">{error}</p> : null}</div>
      <History sets={sets} busy={busy} onApply={apply} />
    </section>
  );
}

function ResultTable({ result }: { result: OptimizeResult }) {
  return (
    <div className="space-y-2" data-testid="optimize-result">
      <table className="w-full text-right text-sm tabular-nums">
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="text-left">{s.metric}</th><th scope="col">{s.defaults}</th><th scope="col">{s.mine}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-100 dark:border-slate-900">
            <th scope="row" className="text-left font-normal">{s.logLoss}</th>
            <td data-testid="logloss-before">{num(result.before.logLoss)}</td><td data-testid="logloss-after">{num(result.after.logLoss)}</td>
          </tr>
          <tr>
            <th scope="row" className="text-left font-normal">{s.rmse}</th>
            <td>{num(result.before.rmseBins)}</td><td>{num(result.after.rmseBins)}</td>
          </tr>
        </tbody>
      </table>
      <p className="text-xs text-slate-600 dark:text-slate-400">{s.split(result.trainItems, result.testItems)}</p>
      <p className="text-sm font-medium" data-testid="optimize-sentence">{describeImprovement(result.before, result.after)}</p>
    </div>
  );
}

function History({ sets, busy, onApply }: { sets: PublicParameterSet[]; busy: boolean; onApply: (id: string) => void }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">{s.history} ({sets.length})</summary>
      {sets.length === 0 ? <p className="mt-2">{s.noHistory}</p> : (
        <table className="mt-2 w-full text-right tabular-nums">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="text-left">{s.date}</th><th scope="col">{s.defaults}</th><th scope="col">{s.mine}</th><td />
            </tr>
          </thead>
          <tbody>
            {sets.map((set) => (
              <tr key={set.id} className="border-b border-slate-100 dark:border-slate-900">
                <th scope="row" className="text-left font-normal">{dateFmt.format(new Date(set.createdAt))}</th>
                <td>{num(set.metrics.before.logLoss)}</td>
                <td>{num(set.metrics.after.logLoss)}</td>
                <td>
                  {set.active ? <span className="font-semibold">{s.active}</span> : set.metrics.better ? (
                    <button type="button" className="text-indigo-700 underline dark:text-indigo-300" disabled={busy} onClick={() => onApply(set.id)}>{s.useThis}</button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

function HealthLine({ health }: { health: SchedulerHealth }) {
  const h = t.stats.health;
  const line = health.rmseBins === null ? h.unknown : health.predictable ? h.predictable(health.rmseBins) : h.unpredictable(health.rmseBins);
  return (
    <div className="space-y-1 text-sm" data-testid="health">
      <p><span className="font-semibold">{h.title}:</span> {line} {h.leeches(health.leeches.length)}</p>
      {health.leeches.length > 0 ? (
        <ul className="list-disc pl-5">
          {health.leeches.map((l) => (
            <li key={l.cardId}><Link href={`/library/cards/${encodeURIComponent(l.cardId)}`} className="hover:underline">{l.prompt}</Link> · {h.lapses(l.lapses)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
