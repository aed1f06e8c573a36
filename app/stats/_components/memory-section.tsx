import { t } from "@/lib/i18n";
import type { Bin, MemoryStats } from "@/lib/stats/memory";
import { BarChart } from "./bar-chart";

const fmt = (x: number) => String(Math.round(x * 10) / 10);

function rowsOf(bins: Bin[], unit: (x: number) => string) {
  return bins.map((b) => ({ label: b.to === null ? `${unit(b.from)}+` : `${unit(b.from)}–${unit(b.to)}`, values: { cards: b.count } }));
}

/** Distributions of stability, difficulty and retrievability, and the estimated cards remembered now. */
export function MemorySection({ memory, sectionClass }: { memory: MemoryStats; sectionClass: string }) {
  const s = t.stats.memory;
  const series = [{ key: "cards", label: s.cards, fill: "fill-violet-500", swatch: "bg-violet-500" }];
  const charts = [
    { title: s.stability, rows: rowsOf(memory.stability, (x) => `${fmt(x)}일`) },
    { title: s.difficulty, rows: rowsOf(memory.difficulty, fmt) },
    { title: s.retrievability, rows: rowsOf(memory.retrievability, (x) => `${Math.round(x * 100)}%`) },
  ];
  return (
    <section aria-labelledby="stats-memory" className={sectionClass}>
      <h2 id="stats-memory" className="text-lg font-semibold">{s.title}</h2>
      <p data-testid="sum-r">{s.remembered(memory.sumRetrievability, memory.cards, memory.averageRetrievability)}</p>
      <div className="grid gap-6 md:grid-cols-3">
        {charts.map((c) => (
          <div key={c.title}>
            <h3 className="text-sm font-semibold">{c.title}</h3>
            <BarChart series={series} rows={c.rows} labelHeader={s.range} height={90} summary={`${c.title}: ${c.rows.map((r) => `${r.label} ${r.values.cards}`).join(", ")}`} caption="" />
          </div>
        ))}
      </div>
    </section>
  );
}
