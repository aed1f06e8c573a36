import { t } from "@/lib/i18n";
import type { TodayData } from "./types";

/**
 * The day's numbers. Each is a named group (label + value) so assistive tech,
 * and tests, can find "오늘 복습한 카드" and read its value.
 */
export function TodayStats({ data }: { data: TodayData }) {
  const stats = [
    { id: "due", label: t.today.due, value: String(data.due) },
    { id: "new", label: t.today.new, value: String(data.new) },
    { id: "done", label: t.polish.today.doneToday, value: String(data.cardsToday ?? data.doneToday), note: t.polish.today.gradesToday(data.doneToday) },
    { id: "streak", label: t.today.streak, value: t.today.streakDays(data.streak) },
  ];
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {stats.map((s) => (
        <div key={s.id} role="group" aria-labelledby={`today-stat-${s.id}`} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <p id={`today-stat-${s.id}`} className="text-sm text-slate-600 dark:text-slate-400">
            {s.label}
          </p>
          <p className="mt-1 text-3xl font-bold tabular-nums">{s.value}</p>
          {"note" in s && s.note ? <p className="text-xs text-slate-600 dark:text-slate-400">{s.note}</p> : null}
        </div>
      ))}
    </div>
  );
}
