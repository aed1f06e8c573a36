import { t } from "@/lib/i18n";

export interface BarSeries {
  key: string;
  label: string;
  /** Tailwind fill class, e.g. "fill-indigo-500". */
  fill: string;
  /** Tailwind background class for the legend swatch. */
  swatch: string;
}

export interface BarRow {
  label: string;
  values: Record<string, number>;
}

/**
 * A stacked bar chart drawn as SVG on the server (no chart code in the
 * browser). The SVG is one image with a summary for screen readers; the same
 * numbers follow in a table inside <details>.
 */
export function BarChart({ series, rows, summary, caption, labelHeader, height = 140, tableRows }: {
  series: BarSeries[];
  rows: BarRow[];
  /** The chart's description for screen readers (and the caption unless `caption` is given). */
  summary: string;
  /** A shorter visible caption. */
  caption?: string;
  labelHeader: string;
  height?: number;
  /** Rows for the table alternative (default: every row). */
  tableRows?: BarRow[];
}) {
  const totals = rows.map((r) => series.reduce((a, s) => a + (r.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const width = 600;
  const gap = rows.length > 60 ? 0 : 1;
  const barW = width / Math.max(1, rows.length);
  const first = rows[0]?.label ?? "";
  const last = rows[rows.length - 1]?.label ?? "";
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height + 18}`} className="h-auto w-full" role="img" aria-label={summary}>
        <line x1={0} x2={width} y1={height} y2={height} className="stroke-slate-300 dark:stroke-slate-700" />
        {rows.map((r, i) => {
          let y = height;
          return (
            <g key={r.label}>
              {series.map((s) => {
                const v = r.values[s.key] ?? 0;
                if (v <= 0) return null;
                const h = (v / max) * (height - 16); // the top 16 px hold the scale label
                y -= h;
                return <rect key={s.key} x={i * barW + gap / 2} y={y} width={Math.max(0.5, barW - gap)} height={h} className={s.fill} />;
              })}
            </g>
          );
        })}
        <text x={0} y={height + 14} className="fill-slate-600 text-[11px] dark:fill-slate-400">{first}</text>
        <text x={width} y={height + 14} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">{last}</text>
        <text x={0} y={10} className="fill-slate-600 text-[11px] dark:fill-slate-400">{max}</text>
      </svg>
      {series.length > 1 ? (
        <ul className="flex flex-wrap gap-3 text-xs" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1">
              <span className={`inline-block h-3 w-3 rounded-sm ${s.swatch}`} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {(caption ?? summary) ? <figcaption className="text-sm text-slate-700 dark:text-slate-300">{caption ?? summary}</figcaption> : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">{t.stats.chartTable}</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-1">{labelHeader}</th>
              {series.map((s) => <th scope="col" key={s.key}>{s.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {(tableRows ?? rows).map((r) => (
              <tr key={r.label} className="border-b border-slate-100 dark:border-slate-900">
                <th scope="row" className="py-1 font-normal">{r.label}</th>
                {series.map((s) => <td key={s.key}>{r.values[s.key] ?? 0}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
