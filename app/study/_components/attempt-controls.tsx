"use client";
import { useId, useState } from "react";
import type { Recorder } from "@/lib/client/recorder";
import { t } from "@/lib/i18n/client";
import { AnswerTimer } from "./answer-timer";
import { RecognitionNotice } from "./recognition-notice";
import { RecordControl } from "./record-control";
import { btnPrimary, btnSecondary } from "./ui";
import type { Attempt } from "./use-attempt";

/**
 * Answering before the reveal, on every kind of card: the clock, the local
 * recording, and an attempt spoken (transcribed in the browser) or typed.
 */
export function AttemptControls({
  attempt,
  recorder,
  startedAt,
  revealed,
  targetSeconds,
}: {
  attempt: Attempt;
  recorder: Recorder;
  startedAt: number;
  revealed: boolean;
  targetSeconds: number;
}) {
  const p = t.attempts.panel;
  const { phase, transcriber } = attempt;
  const [typed, setTyped] = useState("");
  const typedId = useId();
  const listening = phase === "listening";
  const answering = !revealed && phase !== "done";
  return (
    <div role="group" aria-label={p.heading} className="space-y-3 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
      <div className="grid gap-4 sm:grid-cols-2">
        {/* The attempt ends at reveal, so the clock stops there. */}
        <AnswerTimer startedAt={startedAt} running={!revealed} targetSeconds={targetSeconds} />
        {/* Once analysed, the take is replayed beside the model answer instead. */}
        <RecordControl recorder={recorder} hidePlayback={revealed && !!attempt.analysis} />
      </div>
      {answering ? (
        <div className="space-y-2">
          <div className="flex flex-wrap gap-2">
            {transcriber.usable ? (
              <button
                type="button"
                onClick={listening ? () => void attempt.finishSpeaking() : attempt.speak}
                disabled={phase === "analyzing"}
                aria-pressed={listening}
                className={listening ? `${btnPrimary} bg-rose-700 hover:bg-rose-800` : btnPrimary}
              >
                {listening ? p.stopSpeaking : p.speak}
              </button>
            ) : null}
            {phase !== "typing" ? (
              <button type="button" onClick={attempt.openTyping} disabled={listening || phase === "analyzing"} className={btnSecondary}>
                {p.typeInstead}
              </button>
            ) : null}
          </div>
          <RecognitionNotice tr={transcriber} />
          {listening ? (
            <div aria-live="polite" className="space-y-1">
              <p className="text-xs font-medium text-rose-700 dark:text-rose-300">{p.listening}</p>
              <p className="min-h-6 text-sm">{attempt.text}</p>
            </div>
          ) : null}
          {phase === "typing" ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                attempt.submitTyped(typed);
              }}
              className="space-y-2"
            >
              <label htmlFor={typedId} className="text-sm font-semibold">
                {p.typedLabel}
              </label>
              <textarea
                id={typedId}
                autoFocus
                rows={5}
                value={typed}
                placeholder={p.typedPlaceholder}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    attempt.submitTyped(typed);
                  }
                }}
                aria-keyshortcuts="Control+Enter"
                className="w-full rounded-lg border border-slate-300 bg-white p-3 text-base dark:border-slate-700 dark:bg-slate-950"
              />
              <button type="submit" disabled={!typed.trim()} className={btnPrimary}>
                {p.submitTyped}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
      <div aria-live="polite" className="text-sm">
        {phase === "analyzing" ? <p>{p.analyzing}</p> : null}
        {attempt.error ? (
          <p role="alert" className="flex flex-wrap items-center gap-2 text-rose-700 dark:text-rose-300">
            {attempt.error}
            {attempt.canRetry ? (
              <button type="button" onClick={attempt.retry} className={btnSecondary}>
                {p.retry}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
