"use client";
import type { Speech } from "@/lib/client/speech";
import { t } from "@/lib/i18n/client";
import { btnSecondary, kbd } from "./ui";

/** Read aloud / stop, plus this session's speed (starts at the saved setting). */
export function ReadAloud({
  speech,
  text,
  rate,
  onRate,
}: {
  speech: Speech;
  text: string;
  rate: number;
  onRate: (rate: number) => void;
}) {
  if (speech.supported === false || speech.unavailable) {
    // As recording does: a disabled button that says why, announced when it changes.
    return (
      <p role="status" className="flex flex-wrap items-center gap-2">
        <button type="button" disabled aria-keyshortcuts="R" className={btnSecondary}>
          {t.study.speech.read}
        </button>
        <span className="text-sm text-rose-800 dark:text-rose-300">{speech.unavailable ?? t.study.speech.unsupported}</span>
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      {speech.speaking ? (
        <button type="button" onClick={speech.stop} aria-keyshortcuts="R" className={btnSecondary}>
          {t.study.speech.stop}
          <kbd className={kbd}>R</kbd>
        </button>
      ) : (
        <button type="button" onClick={() => speech.speak(text)} disabled={speech.supported === null} aria-keyshortcuts="R" className={btnSecondary}>
          {t.study.speech.read}
          <kbd className={kbd}>R</kbd>
        </button>
      )}
      <label className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        {t.study.speech.rate}
        <input
          type="range"
          min={0.5}
          max={2}
          step={0.1}
          value={rate}
          onChange={(e) => onRate(Number(e.target.value))}
          aria-valuetext={t.study.speech.rateValue(rate)}
          className="w-24 accent-indigo-600"
        />
        <span aria-hidden="true" className="w-10 tabular-nums">
          {t.study.speech.rateValue(rate)}
        </span>
      </label>
    </div>
  );
}
