import Link from "next/link";
import { t } from "@/lib/i18n";
import { CustomStudy } from "./custom-study";
import { TodayDeckList } from "./today-deck-list";
import { TodayStats } from "./today-stats";
import type { TodayData } from "./types";

const primary =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-indigo-600 px-6 text-base font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";
const secondary =
  "inline-flex min-h-12 items-center justify-center rounded-lg border border-slate-300 px-5 text-base font-semibold hover:border-indigo-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:hover:border-indigo-500";

/** The Today page body: what is due, one obvious way to start, and per-deck shortcuts. Data comes from the caller (GET /api/v1/today shape). */
export function TodayDashboard({ data }: { data: TodayData }) {
  const todo = data.due + data.new;
  return (
    <div className="space-y-8">
      <section aria-labelledby="today-heading" className="space-y-4">
        <h1 id="today-heading" className="text-2xl font-bold">
          {t.today.title}
        </h1>
        {todo > 0 ? (
          <div className="flex flex-wrap items-center gap-4 rounded-xl border border-indigo-200 bg-indigo-50 p-5 dark:border-indigo-900 dark:bg-indigo-950/40">
            <div className="min-w-0 flex-1">
              <p className="text-lg font-semibold">{t.today.todo(data.due, data.new)}</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">{t.today.estimate(data.estimateMinutes)}</p>
            </div>
            <Link href="/study" className={primary}>
              {t.today.start}
            </Link>
          </div>
        ) : (
          <div className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50 p-5 dark:border-emerald-900 dark:bg-emerald-950/40">
            <p className="text-lg font-semibold">{t.today.allDone}</p>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t.today.allDoneBody}</p>
            <div className="flex flex-wrap gap-2">
              <Link href="/study?ahead=1" className={secondary}>
                {t.today.studyAhead}
              </Link>
              <Link href="/import" className={secondary}>
                {t.today.addNotes}
              </Link>
            </div>
          </div>
        )}
      </section>
      <TodayStats data={data} />
      {data.decks.length > 0 ? <TodayDeckList decks={data.decks} /> : null}
      <CustomStudy decks={data.decks} />
    </div>
  );
}
