import { addDays } from "@/lib/scheduler/study-day";
import { t } from "@/lib/i18n";
import type { Heatmap } from "@/lib/stats/heatmap";

const LEVELS = ["fill-slate-100 dark:fill-slate-800", "fill-emerald-200 dark:fill-emerald-900", "fill-emerald-400 dark:fill-emerald-700", "fill-emerald-600 dark:fill-emerald-500", "fill-emerald-800 dark:fill-emerald-300"];

function level(n: number, max: number): number {
  if (n <= 0) return 0;
  return Math.min(4, 1 + Math.floor((n / Math.max(1, max)) * 3.999));
}

/** A year of study days as a GitHub-style calendar (weeks across, scrolls on small screens), with a table alternative. */
export function StudyHeatmap({ map }: { map: Heatmap }) {
  const cell = 11;
  const weekday = new Date(`${map.from}T00:00:00Z`).getUTCDay();
  const weeks = Math.ceil((map.counts.length + weekday) / 7);
  const max = Math.max(...map.counts);
  const studied = map.counts.map((n, i) => ({ day: addDays(map.from, i), n })).filter((d) => d.n > 0);
  const summary = t.stats.heatmap.streak(map.streak, map.longestStreak, map.daysStudied);
  return (
    <figure className="space-y-2">
      {/* dir="rtl" makes a narrow screen open on the latest weeks; the SVG itself stays left-to-right. */}
      <div className="overflow-x-auto" dir="rtl" tabIndex={0} role="group" aria-label={t.stats.heatmap.title}>
        <svg style={{ direction: "ltr" }} width={weeks * cell + 2} height={7 * cell + 2} role="img" aria-label={summary}>
          {map.counts.map((n, i) => {
            const slot = i + weekday;
            return (
              <rect key={i} x={Math.floor(slot / 7) * cell + 1} y={(slot % 7) * cell + 1} width={cell - 2} height={cell - 2} rx={2} className={LEVELS[level(n, max)]}>
                <title>{t.stats.heatmap.cell(addDays(map.from, i), n)}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <figcaption className="text-sm text-slate-700 dark:text-slate-300" data-testid="streak">{summary}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">{t.stats.chartTable}</summary>
        <table className="mt-2 text-left">
          <caption className="sr-only">{t.stats.heatmap.tableSummary}</caption>
          <tbody>
            {studied.map((d) => (
              <tr key={d.day}><th scope="row" className="pr-4 font-normal">{d.day}</th><td>{d.n}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
