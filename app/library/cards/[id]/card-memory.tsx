import { default_w } from "ts-fsrs";
import { getSchedulerSettings } from "@/lib/data/settings";
import type { SessionUser } from "@/lib/data/session-user";
import { t } from "@/lib/i18n";
import { daysBetween, studyDayOf } from "@/lib/scheduler/study-day";
import { forgettingCurve, retrievabilityNow } from "@/lib/stats/memory";

/**
 * Stability, difficulty and retrievability now, and the card's forgetting
 * curve (server-rendered SVG with a text alternative), under the weights the
 * scheduler uses for this user.
 */
export async function CardMemory({ user, state, now }: { user: SessionUser; state: { stability: number; difficulty: number; lastReview: string | null; reps: number }; now: Date }) {
  const s = t.stats.card;
  if (!state.lastReview || state.reps === 0) {
    return (
      <section aria-labelledby="card-memory">
        <h2 id="card-memory" className="text-lg font-semibold">{s.title}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{s.never}</p>
      </section>
    );
  }
  const settings = await getSchedulerSettings(user);
  const decay = (settings.w ?? default_w)[20]!;
  const last = new Date(state.lastReview);
  const r = retrievabilityNow(state.stability, last, now, settings.timezone, settings.dayStartHour, decay);
  const elapsed = Math.max(0, daysBetween(studyDayOf(last, settings.timezone, settings.dayStartHour), studyDayOf(now, settings.timezone, settings.dayStartHour)));
  const horizon = Math.max(7, Math.ceil(Math.max(state.stability * 3, elapsed * 1.2)));
  const points = forgettingCurve(state.stability, decay, horizon, 60);
  const W = 600;
  const H = 160;
  const x = (d: number) => (d / horizon) * W;
  const y = (p: number) => H - p * (H - 10);
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(p.day).toFixed(1)},${y(p.r).toFixed(1)}`).join(" ");
  const pct = `${Math.round(r * 1000) / 10}%`;
  return (
    <section aria-labelledby="card-memory" className="space-y-2">
      <h2 id="card-memory" className="text-lg font-semibold">{s.title}</h2>
      <dl className="grid grid-cols-3 gap-2 text-sm" data-testid="card-memory">
        <div><dt className="text-slate-600 dark:text-slate-400">{s.stability}</dt><dd className="text-lg font-semibold">{s.days(state.stability)}</dd></div>
        <div><dt className="text-slate-600 dark:text-slate-400">{s.difficulty}</dt><dd className="text-lg font-semibold">{Math.round(state.difficulty * 10) / 10}</dd></div>
        <div><dt className="text-slate-600 dark:text-slate-400">{s.retrievability}</dt><dd className="text-lg font-semibold">{pct}</dd></div>
      </dl>
      <figure>
        <svg viewBox={`0 0 ${W} ${H + 16}`} className="h-auto w-full" role="img" aria-label={`${s.curve}: ${s.curveDescription(state.stability)}`}>
          <line x1={0} x2={W} y1={y(0.9)} y2={y(0.9)} className="stroke-slate-300 dark:stroke-slate-700" strokeDasharray="4 4" />
          <path d={path} fill="none" className="stroke-indigo-600 dark:stroke-indigo-300" strokeWidth={2} />
          <circle cx={x(Math.min(elapsed, horizon))} cy={y(r)} r={4} className="fill-rose-500" />
          <text x={0} y={H + 14} className="fill-slate-600 text-[11px] dark:fill-slate-400">0</text>
          <text x={W} y={H + 14} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">{s.days(horizon)}</text>
          <text x={2} y={y(0.9) - 3} className="fill-slate-600 text-[11px] dark:fill-slate-400">90%</text>
        </svg>
        <figcaption className="text-sm text-slate-700 dark:text-slate-300">{s.curveDescription(state.stability)}</figcaption>
      </figure>
    </section>
  );
}
