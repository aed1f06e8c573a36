"use client";
import dynamic from "next/dynamic";
import type { StudyNextResponse } from "@/lib/client/types";
import { t } from "@/lib/i18n/client";
import { CardStage } from "./card-stage";
import { ShortcutLegend } from "./shortcut-legend";
import { GradeErrorNotice } from "./sticky-actions";
import { StudyWayBack } from "./study-way-back";
import { StudyProgress } from "./study-progress";
import { btnPrimary, btnSecondary, kbd } from "./ui";
import { useStudyKeys } from "./use-study-keys";
import { useStudyQueue } from "./use-study-queue";
import { useTtsPrefs } from "./use-tts-prefs";

// Shown when the session ends: loaded then, not with the first card (/study JS budget).
const SessionSummary = dynamic(() => import("./session-summary").then((m) => m.SessionSummary));

/** The whole study screen: progress, the current card or the summary, status messages, undo. */
export function StudySession({
  deckId,
  ahead,
  custom = {},
  initial,
}: {
  deckId?: string;
  ahead?: boolean;
  custom?: { tag?: string; mode?: string; since?: string };
  /** The first card as the page rendered it; null or absent: ask the API. */
  initial?: StudyNextResponse | null;
}) {
  const params = new URLSearchParams();
  if (deckId) params.set("deck", deckId);
  if (ahead) params.set("ahead", "1");
  for (const [k, v] of Object.entries(custom)) if (v) params.set(k, v);
  const query = params.toString() ? `?${params}` : "";
  const q = useStudyQueue(query, initial ?? null);
  const tts = useTtsPrefs();
  const card = q.data?.card ?? null;

  useStudyKeys((action) => {
    if (action !== "undo" || q.busy) return false;
    void q.undo();
    return true;
  });

  const aheadParams = new URLSearchParams(params);
  aheadParams.set("ahead", "1");

  return (
    <div className="space-y-5">
      <StudyProgress remaining={q.data?.remaining} done={q.history.length} />

      {/* Polite status: conflicts, undo, and similar one-line news. Keyed so a repeated text is re-announced. */}
      <div role="status" aria-live="polite" className="min-h-6 text-sm text-indigo-800 dark:text-indigo-200">
        {q.status ? <p key={q.status.n}>{q.status.text}</p> : null}
      </div>

      {q.loadError ? (
        <div role="alert" className="space-y-3 rounded-xl border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100">
          <p className="font-semibold">{q.loadError.status === 404 ? t.polish.study.deckNotFound : t.study.errors.loadFailed}</p>
          {q.loadError.status === 404 ? <StudyWayBack /> : (
            <>
              <p className="text-sm">{q.loadError.message}</p>
              <button type="button" onClick={() => void q.loadNext()} className={btnPrimary}>
                {t.study.errors.retry}
              </button>
            </>
          )}
        </div>
      ) : q.data === null ? (
        <p aria-busy="true" className="py-12 text-center text-slate-600 dark:text-slate-400">
          {t.study.loading}
        </p>
      ) : card ? (
        <CardStage
          key={q.showKey}
          shownWithPage={q.shownWithPage}
          card={card}
          intervals={q.data.intervals ?? undefined}
          busy={q.busy}
          onGrade={q.grade}
          gradeError={q.gradeError ? <GradeErrorNotice message={`${t.study.errors.gradeFailed} ${q.gradeError.message}`} retryLabel={t.study.errors.retry} onRetry={q.retryGrade} className={btnPrimary} /> : null}
          voice={tts.voice}
          rate={tts.rate}
          onRate={tts.setRate}
        />
      ) : (
        <SessionSummary key={q.showKey} history={q.history} aheadHref={ahead ? null : `/study?${aheadParams}`} />
      )}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="button" onClick={() => void q.undo()} disabled={q.busy} aria-keyshortcuts="U Control+Z" className={btnSecondary}>
          {q.undoing ? t.study.undoing : t.study.undo}
          <kbd className={kbd}>U</kbd>
        </button>
        <ShortcutLegend />
      </div>
    </div>
  );
}
