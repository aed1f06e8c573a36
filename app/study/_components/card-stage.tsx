"use client";
import dynamic from "next/dynamic";
import { useCallback, useRef, useState, type ReactNode } from "react";
import { cardShownAt } from "@/lib/client/card-shown-at";
import { useRecorder } from "@/lib/client/recorder";
import type { IntervalPreview, Rating, StudyCard } from "@/lib/client/types";
import { t } from "@/lib/i18n/client";
import { AttemptControls } from "./attempt-controls";
import { GradeBar } from "./grade-bar";
import { CardHeader } from "./card-header";
import { stickyActions } from "./sticky-actions";
import { btnPrimary, btnSecondary, kbd, panel } from "./ui";
import { useAttempt } from "./use-attempt";
import { useStudyKeys } from "./use-study-keys";

// Shown only after an attempt is analysed: loaded then, not with the session (/study JS budget).
const AttemptResult = dynamic(() => import("./attempt-result").then((m) => m.AttemptResult));
// The revealed answer and steps load on the first reveal, not with the first card (/study JS
// budget). The grade bar stays in this chunk: it must be there in the same frame as the reveal
// (a user or a test that presses until grading appears would otherwise press a button that is gone).
// `loading` gives it a Suspense boundary of its own: without one, next/dynamic suspends to the
// page's boundary, and the whole card is hidden until the chunk arrives.
const RevealedView = dynamic(() => import("./kind-views").then((m) => m.RevealedView), { loading: () => null });
// Read-aloud (speech synthesis, Markdown to speech) loads on reveal; the placeholder keeps its row's height.
const LiveReadAloud = dynamic(() => import("./read-aloud-live").then((m) => m.LiveReadAloud), {
  loading: () => <div aria-hidden="true" className="min-h-11" />,
});

interface Props {
  card: StudyCard;
  intervals?: Partial<Record<`${Rating}`, IntervalPreview>>;
  busy: boolean;
  onGrade: (rating: Rating, durationMs: number) => void;
  /** A failed grade's message and retry, shown next to the grade buttons. */
  gradeError?: ReactNode;
  voice: string;
  rate: number;
  onRate: (rate: number) => void;
  /** The card came with the page's HTML (its clock starts at first paint, not at hydration). */
  shownWithPage?: boolean;
}

/**
 * One card on screen. Mounted fresh per card (keyed by the session), so the
 * clock, reveal state, recording and speech all start over and are released
 * (speech stopped, object URL revoked) when the next card comes.
 */
export function CardStage({ card, intervals, busy, onGrade, gradeError, voice, rate, onRate, shownWithPage = false }: Props) {
  const [startedAt] = useState(() => cardShownAt(shownWithPage));
  const steps = card.stepsHtml ?? [];
  const stepCount = card.kind === "steps" ? Math.max(1, steps.length) : 1;
  const [shown, setShown] = useState(0);
  const revealed = shown >= stepCount;
  const recorder = useRecorder();
  const readAloudMounted = useRef(false);
  const readQueued = useRef(false);

  const revealNext = useCallback(() => setShown((n) => Math.min(stepCount, n + 1)), [stepCount]);
  const revealAll = useCallback(() => setShown(stepCount), [stepCount]);
  const attempt = useAttempt(card.id, recorder, revealed, revealAll);
  const grade = useCallback((r: Rating) => onGrade(r, performance.now() - startedAt), [onGrade, startedAt]);

  useStudyKeys((action) => {
    switch (action) {
      case "reveal":
        if (revealed) return false;
        revealNext();
        return true;
      case "read":
        // LiveReadAloud handles R once it is loaded; until then the press is remembered.
        if (!revealed || readAloudMounted.current) return false;
        readQueued.current = true;
        return true;
      case "record":
        if (!["idle", "recording"].includes(recorder.status)) return false;
        recorder.toggle();
        return true;
      case "undo":
        return false; // the session handles undo
      default:
        if (!revealed || busy) return false;
        grade(Number(action.slice(-1)) as Rating);
        return true;
    }
  });

  const readAloud = <LiveReadAloud card={card} voice={voice} rate={rate} onRate={onRate} mounted={readAloudMounted} queued={readQueued} />;
  const headingId = `card-heading-${card.id}`;

  return (
    <article aria-labelledby={headingId} className={`${panel} space-y-6`}>
      <CardHeader card={card} headingId={headingId} />
      <AttemptControls attempt={attempt} recorder={recorder} startedAt={startedAt} revealed={revealed} targetSeconds={card.targetSeconds} />
      {/* The analysis sits beside the model answer on wide screens. */}
      <div className={revealed && attempt.analysis ? "grid gap-6 lg:grid-cols-2 lg:items-start" : "contents"}>
        {revealed && attempt.analysis ? <AttemptResult analysis={attempt.analysis} transcript={attempt.text} audioUrl={recorder.url} /> : null}
        {shown > 0 ? <RevealedView card={card} shown={shown} revealed={revealed} readAloud={readAloud} /> : null}
      </div>
      <div className={stickyActions}>
        {revealed ? (
          <>
            {gradeError}
            <GradeBar intervals={intervals} disabled={busy} onGrade={grade} suggested={attempt.analysis?.suggestedRating} />
          </>
        ) : card.kind === "steps" && steps.length > 0 ? (
          <div className="grid grid-cols-2 gap-2 sm:flex">
            <button type="button" onClick={revealNext} aria-keyshortcuts="Space Enter" className={`${btnPrimary} min-h-14 sm:min-w-40`}>
              {t.study.nextStep}
              <kbd className={`${kbd} hidden sm:inline`}>Space</kbd>
            </button>
            <button type="button" onClick={revealAll} className={`${btnSecondary} min-h-14`}>
              {t.study.showAll}
            </button>
          </div>
        ) : (
          <button type="button" onClick={revealAll} aria-keyshortcuts="Space Enter" className={`${btnPrimary} min-h-14 w-full sm:w-auto sm:min-w-48`}>
            {t.study.reveal}
            <kbd className={`${kbd} hidden sm:inline`}>Space</kbd>
          </button>
        )}
      </div>
    </article>
  );
}
