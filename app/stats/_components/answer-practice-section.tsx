import { t } from "@/lib/i18n";
import { addDays, daysBetween } from "@/lib/scheduler/study-day";
import type { StatsReport } from "@/lib/stats/build-stats";

const pct = (x: number) => Math.round(x * 100);
const label = "fill-slate-600 text-[11px] dark:fill-slate-400";

/**
 * Spoken and typed answers per study day: mean key-point coverage as bars and
 * the median speaking pace as a line, drawn as SVG on the server, with the
 * numbers in a table under "표로 보기".
 */
export function AnswerPracticeSection({ stats, sectionClass }: { stats: StatsReport; sectionClass: string }) {
  const s = t.stats.answers;
  const { days, totals } = stats.answers;
  return (
    <section aria-labelledby="stats-answers" className={sectionClass}>
      <h2 id="stats-answers" className="text-lg font-semibold">{s.title}</h2>
      {days.length === 0 || totals.meanCoverage === null ? (
        <p data-testid="answers-summary">{s.empty}</p>
      ) : (
        <>
          <p data-testid="answers-summary">
            {s.summary(totals.attempts, days.length, pct(totals.meanCoverage), stats.range)}
            {totals.coverageTrend ? ` ${s.trend(totals.coverageTrend.days, pct(totals.coverageTrend.first), pct(totals.coverageTrend.last))}` : ""}
          </p>
          <AnswerChart stats={stats} />
        </>
      )}
    </section>
  );
}

function AnswerChart({ stats }: { stats: StatsReport }) {
  const s = t.stats.answers;
  const { days } = stats.answers;
  const width = 600;
  const height = 120;
  const top = 16; // room for the scale labels
  const from = addDays(stats.today, -(stats.range - 1));
  const slot = width / stats.range;
  const x = (day: string) => daysBetween(from, day) * slot;
  const paces = days.filter((d) => d.medianPace !== null);
  const maxPace = Math.max(1, ...paces.map((d) => d.medianPace!));
  const paceY = (p: number) => height - (p / maxPace) * (height - top);
  const points = paces.map((d) => `${(x(d.day) + slot / 2).toFixed(1)},${paceY(d.medianPace!).toFixed(1)}`).join(" ");
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height + 18}`} className="h-auto w-full" role="img" aria-label={s.chart(stats.range)}>
        <line x1={0} x2={width} y1={height} y2={height} className="stroke-slate-300 dark:stroke-slate-700" />
        {days.map((d) => {
          const h = d.meanCoverage * (height - top);
          return <rect key={d.day} x={x(d.day) + 0.5} y={height - h} width={Math.max(1, slot - 1)} height={h} className="fill-teal-500/70 dark:fill-teal-400/70" />;
        })}
        {paces.length > 1 ? <polyline points={points} fill="none" strokeWidth={2} className="stroke-orange-600 dark:stroke-orange-400" /> : null}
        {paces.map((d) => <circle key={d.day} cx={x(d.day) + slot / 2} cy={paceY(d.medianPace!)} r={3} className="fill-orange-600 dark:fill-orange-400" />)}
        <text x={0} y={10} className={label}>100%</text>
        {paces.length ? <text x={width} y={10} textAnchor="end" className={label}>{maxPace}</text> : null}
        <text x={0} y={height + 14} className={label}>{from}</text>
        <text x={width} y={height + 14} textAnchor="end" className={label}>{stats.today}</text>
      </svg>
      <ul className="flex flex-wrap gap-3 text-xs" aria-hidden="true">
        <li className="flex items-center gap-1"><span className="inline-block h-3 w-3 rounded-sm bg-teal-500/70 dark:bg-teal-400/70" />{s.coverage}</li>
        <li className="flex items-center gap-1"><span className="inline-block h-0.5 w-4 bg-orange-600 dark:bg-orange-400" />{s.pace}</li>
      </ul>
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">{s.chart(stats.range)} {s.paceNote}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">{t.stats.chartTable}</summary>
        <table className="mt-2 w-full text-left tabular-nums">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              {[s.day, s.attempts, s.coverage, s.pace, s.fillers].map((h) => <th key={h} scope="col" className="py-1 pr-2">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} className="border-b border-slate-100 dark:border-slate-900">
                <th scope="row" className="py-1 pr-2 font-normal">{d.day}</th>
                <td className="pr-2">{d.attempts}</td>
                <td className="pr-2">{pct(d.meanCoverage)}%</td>
                <td className="pr-2">{d.medianPace ?? s.none}</td>
                <td>{d.fillersPerMinute ?? s.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
