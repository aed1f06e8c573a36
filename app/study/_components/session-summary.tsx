"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { formatClock } from "@/lib/client/timer";
import { RATINGS } from "@/lib/client/types";
import { t } from "@/lib/i18n/client";
import { koStudySummary } from "@/lib/i18n/ko-study-summary";
import type { GradedEntry } from "./use-study-queue";
import { btnPrimary, btnSecondary, panel } from "./ui";

/** Where the deck library lives once `/` becomes the Today dashboard. */
export const LIBRARY_HREF = "/library";

/** Shown when the server has no card left for now: this session's tally and where to go next. */
export function SessionSummary({ history, aheadHref }: { history: GradedEntry[]; aheadHref: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const total = history.reduce((sum, g) => sum + g.durationMs, 0);
  return (
    <section aria-labelledby="summary-heading" className={`${panel} space-y-5`}>
      <div>
        <h2 id="summary-heading" ref={heading} tabIndex={-1} className="text-xl font-bold outline-none">
          {history.length > 0 ? koStudySummary.title : koStudySummary.emptyTitle}
        </h2>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{history.length > 0 ? koStudySummary.body : koStudySummary.emptyBody}</p>
      </div>
      {history.length > 0 ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <Stat label={koStudySummary.reviewed} value={String(history.length)} />
          <Stat label={koStudySummary.totalTime} value={formatClock(total)} />
          <div className="col-span-2 rounded-lg bg-slate-50 p-3 sm:col-span-1 dark:bg-slate-900">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{koStudySummary.byRating}</dt>
            <dd className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {RATINGS.map((r) => (
                <span key={r}>
                  {t.study.grades[r]} <span className="font-semibold tabular-nums">{history.filter((g) => g.rating === r).length}</span>
                </span>
              ))}
            </dd>
          </div>
        </dl>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Link href="/" className={btnPrimary}>
          {koStudySummary.toToday}
        </Link>
        <Link href={LIBRARY_HREF} className={btnSecondary}>
          {koStudySummary.toLibrary}
        </Link>
        {aheadHref ? (
          <Link href={aheadHref} className={btnSecondary}>
            {koStudySummary.studyAhead}
          </Link>
        ) : null}
      </div>
    </section>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}
