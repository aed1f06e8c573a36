import { t } from "@/lib/i18n";
import type { StatsReport } from "@/lib/stats/build-stats";
import { BarChart, type BarSeries } from "./bar-chart";

const KIND_SERIES: BarSeries[] = [
  { key: "learning", label: t.stats.reviews.learning, fill: "fill-amber-500", swatch: "bg-amber-500" },
  { key: "relearning", label: t.stats.reviews.relearning, fill: "fill-rose-500", swatch: "bg-rose-500" },
  { key: "young", label: t.stats.reviews.young, fill: "fill-emerald-400", swatch: "bg-emerald-400" },
  { key: "mature", label: t.stats.reviews.mature, fill: "fill-emerald-700 dark:fill-emerald-300", swatch: "bg-emerald-700 dark:bg-emerald-300" },
];

/** Reviews and minutes per day, answer buttons, and future due. */
export function ReviewCharts({ stats, sectionClass }: { stats: StatsReport; sectionClass: string }) {
  const s = t.stats;
  const rows = stats.reviews.map((d) => ({ label: d.day, values: { learning: d.learning, relearning: d.relearning, young: d.young, mature: d.mature } }));
  const active = rows.filter((r) => Object.values(r.values).some((v) => v > 0));
  const total = stats.reviews.reduce((a, d) => a + d.learning + d.young + d.mature + d.relearning, 0);
  const minutes = Math.round(stats.reviews.reduce((a, d) => a + d.minutes, 0));
  const minuteRows = stats.reviews.map((d) => ({ label: d.day, values: { minutes: d.minutes } }));
  const future = stats.future.counts.map((n, i) => ({ label: i === 0 ? s.future.todayLabel : `+${i}`, values: { cards: n } }));
  return (
    <>
      <section aria-labelledby="stats-reviews" className={sectionClass}>
        <h2 id="stats-reviews" className="text-lg font-semibold">{s.reviews.title}</h2>
        <BarChart series={KIND_SERIES} rows={rows} tableRows={active} labelHeader={s.reviews.day} summary={s.reviews.description(total, minutes, stats.range)} />
        <BarChart
          series={[{ key: "minutes", label: s.reviews.minutes, fill: "fill-indigo-500", swatch: "bg-indigo-500" }]}
          rows={minuteRows}
          tableRows={minuteRows.filter((r) => (r.values.minutes ?? 0) > 0)}
          labelHeader={s.reviews.day}
          height={80}
          summary={`${s.reviews.minutes}: ${minutes}`}
        />
      </section>
      <section aria-labelledby="stats-buttons" className={sectionClass}>
        <h2 id="stats-buttons" className="text-lg font-semibold">{s.buttons.title}</h2>
        <table className="w-full text-right text-sm tabular-nums">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <td />
              {s.buttons.labels.map((l) => <th key={l} scope="col" className="px-2">{l}</th>)}
              <th scope="col" className="px-2">{s.buttons.correct}</th>
            </tr>
          </thead>
          <tbody>
            {(["learning", "young", "mature"] as const).map((kind) => {
              const counts = stats.buttons[kind];
              const n = counts.reduce((a, b) => a + b, 0);
              return (
                <tr key={kind} className="border-b border-slate-100 dark:border-slate-900">
                  <th scope="row" className="py-1 text-left font-medium">{s.buttons.kinds[kind]}</th>
                  {counts.map((c, i) => <td key={i} className="px-2">{c}</td>)}
                  <td className="px-2">{n ? `${Math.round(((n - counts[0]) / n) * 100)}%` : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="stats-future" className={sectionClass}>
        <h2 id="stats-future" className="text-lg font-semibold">{s.future.title}</h2>
        <BarChart
          series={[{ key: "cards", label: s.future.cards, fill: "fill-sky-500", swatch: "bg-sky-500" }]}
          rows={future}
          tableRows={future.filter((r) => (r.values.cards ?? 0) > 0)}
          labelHeader={s.future.day}
          summary={s.future.description(stats.future.total, stats.range, stats.future.perDay, stats.future.overdue)}
        />
      </section>
    </>
  );
}
