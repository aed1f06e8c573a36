import { t } from "@/lib/i18n";
import type { RetentionCell, RetentionRow } from "@/lib/stats/true-retention";

const pct = (c: RetentionCell) => (c.retention === null ? t.stats.retention.none : `${(Math.round(c.retention * 1000) / 10).toFixed(1)}%`);

/** Anki's true retention table: periods down, young / mature / all across, each with pass, fail and retention. */
export function RetentionTable({ rows }: { rows: RetentionRow[] }) {
  const s = t.stats.retention;
  const groups = [
    { key: "young", label: s.young },
    { key: "mature", label: s.mature },
    { key: "all", label: s.all },
  ] as const;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={s.title}>
      <table className="w-full min-w-[36rem] text-right text-sm tabular-nums" aria-describedby="retention-caption">
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <td />
            {groups.map((g) => <th key={g.key} scope="colgroup" colSpan={3} className="px-2 py-1 text-center">{g.label}</th>)}
          </tr>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <td />
            {groups.map((g) => [s.pass, s.fail, s.rate].map((h) => <th key={`${g.key}-${h}`} scope="col" className="px-2 py-1 font-medium">{h}</th>))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.period} className="border-b border-slate-100 dark:border-slate-900" data-testid={`retention-${r.period}`}>
              <th scope="row" className="py-1 pr-2 text-left font-medium">{s.periods[r.period]}</th>
              {groups.map((g) => {
                const c = r[g.key];
                return [
                  <td key={`${g.key}-p`} className="px-2" data-testid={`retention-${r.period}-${g.key}-pass`}>{c.pass}</td>,
                  <td key={`${g.key}-f`} className="px-2" data-testid={`retention-${r.period}-${g.key}-fail`}>{c.fail}</td>,
                  <td key={`${g.key}-r`} className="px-2 font-semibold" data-testid={`retention-${r.period}-${g.key}-rate`}>{pct(c)}</td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id="retention-caption" className="mt-2 text-xs text-slate-600 dark:text-slate-400">{s.caption}</p>
    </div>
  );
}
