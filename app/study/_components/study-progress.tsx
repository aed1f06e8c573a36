import type { Remaining } from "@/lib/client/types";
import { t } from "@/lib/i18n/client";

const TONE = {
  learning: "text-rose-700 dark:text-rose-300",
  review: "text-emerald-700 dark:text-emerald-300",
  new: "text-indigo-700 dark:text-indigo-300",
} as const;

/** Cards left by queue (as the server counts them) and cards graded this session. */
export function StudyProgress({ remaining, done }: { remaining?: Remaining; done: number }) {
  const items = [
    ["learning", remaining?.learning],
    ["review", remaining?.review],
    ["new", remaining?.new],
  ] as const;
  return (
    <section aria-label={t.study.progress.label} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-sm">
      <dl className="flex gap-4">
        {items.map(([key, n]) => (
          <div key={key} className="flex items-baseline gap-1.5">
            <dt className="text-slate-600 dark:text-slate-400">{t.study.progress[key]}</dt>
            <dd className={`font-semibold tabular-nums ${TONE[key]}`}>{n ?? "–"}</dd>
          </div>
        ))}
      </dl>
      <p className="text-slate-600 dark:text-slate-400">
        {t.study.progress.done} <span className="font-semibold tabular-nums text-slate-900 dark:text-slate-100">{done}</span>
      </p>
    </section>
  );
}
