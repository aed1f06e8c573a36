"use client";
import { highlightPieces } from "@/lib/client/highlight-pieces";
import type { AttemptAnalysisResponse } from "@/lib/client/types";
import { koAttemptsAnalysis } from "@/lib/i18n/ko-attempts-analysis";
import { t } from "@/lib/i18n/client";

/** One line: pace (against the user's usual), fillers, length against the target. */
function statsLine(a: AttemptAnalysisResponse): string {
  const x = koAttemptsAnalysis;
  const pace =
    a.source === "typed" ? x.typedPace : `${x.pace(a.pace.syllablesPerMinute)}${a.pace.earlierMedian !== null ? ` ${x.paceVsMedian(a.pace.earlierMedian)}` : ""}`;
  const words = a.fillers.words.map((w) => `${w.word} ${w.count}`).join(", ");
  const fillers = `${x.fillers(a.fillers.count, a.fillers.perMinute)}${words ? x.fillerWords(words) : ""}`;
  return [pace, fillers, x.length(a.lengthSeconds, a.targetSeconds)].join(" · ");
}

/**
 * What the analysis found, shown beside the model answer: coverage, the
 * transcript with covered key points highlighted, the missed ones, pace and
 * fillers in one line, the suggested grade, and the recording to replay.
 */
export function AttemptResult({ analysis: a, transcript, audioUrl }: { analysis: AttemptAnalysisResponse; transcript: string; audioUrl: string | null }) {
  const x = koAttemptsAnalysis;
  const total = a.keyPoints.length;
  const covered = a.keyPoints.filter((k) => k.covered);
  const missed = a.keyPoints.filter((k) => !k.covered);
  const pct = Math.round(a.coverage * 100);
  const pieces = highlightPieces(transcript, a.keyPoints.flatMap((k) => (k.covered ? k.spans : [])));
  return (
    <section aria-labelledby="attempt-analysis-heading" className="space-y-4 rounded-lg border border-indigo-200 p-4 dark:border-indigo-900">
      <h3 id="attempt-analysis-heading" className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">
        {x.heading}
      </h3>
      <div className="space-y-1">
        <p className="text-lg font-semibold tabular-nums" data-testid="attempt-coverage">
          {x.coverage(covered.length, total, pct)}
        </p>
        <div role="meter" aria-label={x.coverageLabel} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
          <div className="h-full rounded-full bg-indigo-500" style={{ width: `${pct}%` }} />
        </div>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="attempt-stats">
        {statsLine(a)}
      </p>
      <div className="space-y-1">
        <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">{x.transcript}</p>
        <p className="rounded bg-slate-50 p-2 text-sm leading-relaxed dark:bg-slate-900" data-testid="attempt-transcript">
          {pieces.map((piece, i) =>
            piece.mark ? (
              <mark key={i} className="rounded bg-emerald-100 px-0.5 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50">
                {piece.text}
              </mark>
            ) : (
              <span key={i}>{piece.text}</span>
            ),
          )}
        </p>
      </div>
      <div className="space-y-1">
        <p className="text-xs font-semibold text-rose-800 dark:text-rose-300">{x.missed}</p>
        {missed.length ? (
          <ul aria-label={x.missed} className="list-disc space-y-1 pl-5 text-sm">
            {missed.map((k, i) => (
              <li key={i}>{k.text}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">{x.noneMissed}</p>
        )}
      </div>
      {covered.length ? (
        <div className="space-y-1">
          <p className="text-xs font-semibold text-emerald-800 dark:text-emerald-300">{x.covered}</p>
          <ul aria-label={x.covered} className="flex flex-wrap gap-1.5 text-xs">
            {covered.map((k, i) => (
              <li key={i} className="max-w-full truncate rounded-full bg-emerald-50 px-2 py-0.5 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
                {k.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {a.repeatedWords.length ? <p className="text-xs text-slate-600 dark:text-slate-400">{x.repeated(a.repeatedWords.map((w) => `${w.word} ${w.count}`).join(", "))}</p> : null}
      {!a.transcriptSaved ? <p className="text-xs text-slate-600 dark:text-slate-400">{x.transcriptNotSaved}</p> : null}
      {audioUrl ? (
        <figure className="space-y-1">
          <figcaption className="text-xs text-slate-600 dark:text-slate-400">{t.attempts.playback.lastAttempt}</figcaption>
          <audio controls src={audioUrl} className="w-full" />
        </figure>
      ) : null}
      <p className="text-sm font-semibold" data-testid="attempt-suggestion">
        {x.suggested(t.study.grades[a.suggestedRating])}
      </p>
    </section>
  );
}
