import { t } from "@/lib/i18n";
import type { CardCounts } from "@/lib/stats/card-counts";

const ROWS = [
  ["new", "bg-sky-500"],
  ["learning", "bg-amber-500"],
  ["young", "bg-emerald-400"],
  ["mature", "bg-emerald-700"],
  ["suspended", "bg-slate-400"],
  ["archived", "bg-slate-600"],
] as const;

/** Cards by state: a proportion bar (decorative) and the table that carries the numbers. */
export function CardCountsTable({ counts }: { counts: CardCounts }) {
  const total = Math.max(1, counts.total);
  return (
    <div className="space-y-3">
      <div className="flex h-3 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
        {ROWS.map(([key, bg]) => <span key={key} className={bg} style={{ width: `${(counts[key] / total) * 100}%` }} />)}
      </div>
      <table className="text-sm">
        <caption className="sr-only">{t.stats.counts.title}</caption>
        <tbody>
          {ROWS.map(([key, bg]) => (
            <tr key={key}>
              <th scope="row" className="py-0.5 pr-6 text-left font-normal">
                <span className={`mr-2 inline-block h-3 w-3 rounded-sm ${bg}`} aria-hidden="true" />
                {t.stats.counts[key]}
              </th>
              <td className="text-right tabular-nums" data-testid={`count-${key}`}>{counts[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.stats.counts.total(counts.total)}</p>
    </div>
  );
}
