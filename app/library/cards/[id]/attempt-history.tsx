import type { AttemptSummary } from "@/lib/data/attempts";
import { t } from "@/lib/i18n";

const fmt = new Intl.DateTimeFormat("ko-KR", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Seoul" });

/** Coverage per attempt as a small line chart (decorative: the table holds the same numbers). */
function CoverageSparkline({ attempts }: { attempts: AttemptSummary[] }) {
  if (attempts.length < 2) return null;
  const w = 240;
  const h = 48;
  const step = w / (attempts.length - 1);
  const points = attempts.map((a, i) => `${(i * step).toFixed(1)},${(h - a.coverage * (h - 4) - 2).toFixed(1)}`).join(" ");
  return (
    <svg aria-hidden="true" viewBox={`0 0 ${w} ${h}`} className="h-12 w-60 text-indigo-500">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

/** The user's answers to this card over time: coverage, pace, fillers, length (and the text when it was saved). */
export function AttemptHistory({ attempts }: { attempts: AttemptSummary[] }) {
  const h = t.attempts.history;
  const first = attempts[0];
  const last = attempts[attempts.length - 1];
  return (
    <section aria-labelledby="attempt-history-heading" className="space-y-2">
      <h2 id="attempt-history-heading" className="text-lg font-semibold">
        {h.heading}
      </h2>
      {!first || !last ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{h.empty}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-4">
            <CoverageSparkline attempts={attempts} />
            {attempts.length > 1 ? <p className="text-sm">{h.trend(Math.round(first.coverage * 100), Math.round(last.coverage * 100))}</p> : null}
          </div>
          <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={h.heading}>
            <table className="w-full min-w-[32rem] text-left text-sm" data-testid="attempt-history">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th className="py-1">{h.when}</th>
                  <th>{h.source}</th>
                  <th>{h.coverage}</th>
                  <th>{h.pace}</th>
                  <th>{h.fillers}</th>
                  <th>{h.length}</th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id} className="border-b border-slate-100 align-top dark:border-slate-900">
                    <td className="py-1">
                      {fmt.format(new Date(a.createdAt))}
                      {a.transcript ? (
                        <details className="mt-1 text-xs">
                          <summary className="cursor-pointer">{h.transcript}</summary>
                          <p className="mt-1 whitespace-pre-wrap">{a.transcript}</p>
                        </details>
                      ) : null}
                    </td>
                    <td>{a.source === "typed" ? h.typed : h.speech}</td>
                    <td className="tabular-nums">
                      {Math.round(a.coverage * 100)}% ({a.coveredCount}/{a.keyPointCount})
                    </td>
                    <td className="tabular-nums">{a.source === "typed" ? "—" : a.syllablesPerMinute}</td>
                    <td className="tabular-nums">{a.fillerCount}</td>
                    <td className="tabular-nums">{t.library.detail.seconds(Math.round(a.lengthSeconds))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
