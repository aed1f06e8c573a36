"use client";
import { RATINGS, type IntervalPreview, type Rating } from "@/lib/client/types";
import { koSuggestedBadge } from "@/lib/i18n/ko-suggested-badge";
import { t } from "@/lib/i18n/client";
import { btn } from "./ui";

const TONE: Record<Rating, string> = {
  1: "bg-rose-700 text-white hover:bg-rose-800",
  2: "bg-amber-500 text-slate-950 hover:bg-amber-600",
  3: "bg-indigo-600 text-white hover:bg-indigo-700",
  4: "bg-emerald-700 text-white hover:bg-emerald-800",
};

/** Again / Hard / Good / Easy, each with the interval it would schedule. */
export function GradeBar({
  intervals,
  disabled,
  onGrade,
  suggested,
}: {
  intervals?: Partial<Record<`${Rating}`, IntervalPreview>>;
  disabled: boolean;
  onGrade: (rating: Rating) => void;
  /** The answer analysis' suggestion: marked on its button; the user still chooses. */
  suggested?: Rating;
}) {
  return (
    <div role="group" aria-labelledby="grade-heading" className="space-y-2">
      <p id="grade-heading" className="text-sm font-semibold">
        {t.study.gradeHeading}
      </p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {RATINGS.map((r) => {
          const interval = intervals?.[`${r}`]?.label ?? "";
          const name = t.study.grades[r];
          return (
            <button
              key={r}
              type="button"
              disabled={disabled}
              onClick={() => onGrade(r)}
              aria-label={`${interval ? t.study.gradeLabel(name, interval) : name}${r === suggested ? ` (${koSuggestedBadge})` : ""}`}
              aria-keyshortcuts={String(r)}
              className={`${btn} min-h-16 flex-col gap-0.5 ${TONE[r]} ${r === suggested ? "ring-4 ring-offset-2 ring-indigo-300 dark:ring-indigo-500 dark:ring-offset-slate-950" : ""}`}
            >
              <span className="text-base">
                {name}
                {r === suggested ? <span className="ml-1.5 rounded bg-white/25 px-1.5 py-0.5 text-xs">{koSuggestedBadge}</span> : null}
              </span>
              <span className="flex items-center gap-1.5 text-xs font-normal">
                {interval}
                <kbd className="rounded bg-black/15 px-1.5 py-0.5 font-mono text-xs">{r}</kbd>
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
