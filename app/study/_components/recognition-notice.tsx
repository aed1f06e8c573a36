"use client";
import type { TranscriberState } from "@/lib/client/use-transcriber";
import { t } from "@/lib/i18n/client";
import { btnSecondary } from "./ui";

const note = "text-xs text-slate-600 dark:text-slate-400";
const warn = "text-xs text-amber-800 dark:text-amber-300";

/** The one-line notice for a state of recognition (null: none, said elsewhere). */
function lineOf(tr: TranscriberState): { text: string; className: string } | null {
  const r = t.attempts.recognition;
  switch (tr.availability) {
    case "checking":
      return { text: r.checking, className: note };
    case "on-device":
      return { text: r.onDevice, className: note };
    case "downloadable":
      return { text: tr.installFailed ? r.installFailed : r.downloadable, className: note };
    case "cloud":
      return tr.cloudAllowed ? { text: r.cloudOn, className: warn } : { text: r.cloudOnly, className: note };
    default:
      return null;
  }
}

/**
 * What recognition this browser offers, in one line: on the device; a
 * download to click; cloud only (off until the user opts in, with the notice
 * that audio then goes to the browser vendor); or none (said once per page).
 * The line is one element whose text changes as the check resolves (the page
 * renders "checking" first), so the notice never jumps or re-mounts.
 */
export function RecognitionNotice({ tr }: { tr: TranscriberState }) {
  const r = t.attempts.recognition;
  const line = lineOf(tr);
  if (!line) {
    return tr.showNoneNotice ? (
      <p role="status" className="rounded-lg bg-slate-100 p-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
        {r.none}
      </p>
    ) : null;
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p className={line.className}>{line.text}</p>
      {tr.availability === "downloadable" ? (
        <button type="button" onClick={() => void tr.install()} disabled={tr.installing} className={btnSecondary}>
          {tr.installing ? r.installing : r.install}
        </button>
      ) : null}
      {tr.availability === "cloud" && tr.cloudAllowed ? (
        <button type="button" onClick={() => tr.allowCloud(false)} className={`${btnSecondary} min-h-9 px-3 py-1 text-xs`}>
          {r.cloudOff}
        </button>
      ) : null}
      {tr.availability === "cloud" && !tr.cloudAllowed ? (
        <label className="flex min-h-11 basis-full cursor-pointer items-center gap-2 text-sm">
          <input type="checkbox" checked={false} onChange={() => tr.allowCloud(true)} className="size-5 accent-indigo-600" />
          <span>
            {r.cloudOptIn} <span className="text-amber-800 dark:text-amber-300">{r.cloudNotice}</span>
          </span>
        </label>
      ) : null}
    </div>
  );
}
