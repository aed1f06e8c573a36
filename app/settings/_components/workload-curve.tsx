"use client";
import { t } from "@/lib/i18n";
import { useWorkload } from "./workload-context";

const W = 600;
const H = 180;

/** Minutes per day across desired retention 0.70–0.97 (SVG), with the same numbers in a table. */
export function WorkloadCurve() {
  const workload = useWorkload();
  const s = t.stats.simulator;
  if (!workload) return null;
  const { curve, source } = workload;
  return (
    <section aria-labelledby="workload-heading" className="space-y-3 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <h2 id="workload-heading" className="text-base font-semibold">{s.title}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{s.intro} {s.secondsPerReview(source.secondsPerReview, source.ownDurations)}</p>
      {!curve ? <p aria-busy="true" className="text-sm">{s.loading}</p> : <Curve curve={curve} chosen={source.desiredRetention} />}
    </section>
  );
}

function Curve({ curve, chosen }: { curve: NonNullable<ReturnType<typeof useWorkload>>["curve"] & object; chosen: number }) {
  const s = t.stats.simulator;
  const max = Math.max(1, ...curve.map((p) => p.minutesPerDay));
  const x = (r: number) => 30 + ((r - 0.7) / 0.27) * (W - 40);
  const y = (m: number) => H - 20 - (m / max) * (H - 40);
  const path = curve.map((p, i) => `${i ? "L" : "M"}${x(p.retention).toFixed(1)},${y(p.minutesPerDay).toFixed(1)}`).join(" ");
  const summary = curve.map((p) => `${Math.round(p.retention * 100)}%: ${Math.round(p.minutesPerDay)}분`).join(", ");
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={`${s.title}: ${summary}`}>
        <line x1={30} x2={W - 10} y1={H - 20} y2={H - 20} className="stroke-slate-300 dark:stroke-slate-700" />
        <path d={path} fill="none" strokeWidth={2} className="stroke-indigo-600 dark:stroke-indigo-300" />
        <line x1={x(chosen)} x2={x(chosen)} y1={10} y2={H - 20} strokeDasharray="4 4" className="stroke-rose-500" />
        {curve.map((p) => <circle key={p.retention} cx={x(p.retention)} cy={y(p.minutesPerDay)} r={3} className="fill-indigo-600 dark:fill-indigo-300" />)}
        <text x={30} y={H - 4} className="fill-slate-600 text-[11px] dark:fill-slate-400">70%</text>
        <text x={W - 10} y={H - 4} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">97%</text>
        <text x={0} y={14} className="fill-slate-600 text-[11px] dark:fill-slate-400">{Math.round(max)}분</text>
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">{t.stats.chartTable}</summary>
        <table className="mt-2 w-full text-right tabular-nums">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="text-left">{s.retention}</th><th scope="col">{s.minutes}</th><th scope="col">{s.reviews}</th><th scope="col">{s.remembered}</th>
            </tr>
          </thead>
          <tbody>
            {curve.map((p) => (
              <tr key={p.retention} className="border-b border-slate-100 dark:border-slate-900">
                <th scope="row" className="text-left font-normal">{Math.round(p.retention * 100)}%</th>
                <td>{Math.round(p.minutesPerDay)}</td><td>{Math.round(p.reviewsPerDay)}</td><td>{Math.round(p.remembered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
