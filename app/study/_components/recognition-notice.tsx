"use client";
import type { TranscriberState } from "@/lib/client/use-transcriber";
import { t } from "@/lib/i18n/client";
import { btnSecondary } from "./ui";

const note = "text-xs text-slate-600 dark:text-slate-400";

/**
 * What recognition this browser offers, in one line: on the device; a
 * download to click; cloud only (off until the user opts in, with the notice
 * that audio then goes to the browser vendor); or none (said once per page).
 */
export function RecognitionNotice({ tr }: { tr: TranscriberState }) {
  const r = t.attempts.recognition;
  switch (tr.availability) {
    case "checking":
      return <p className={note}>{r.checking}</p>;
    case "on-device":
      return <p className={note}>{r.onDevice}</p>;
    case "downloadable":
      return (
        <div className="flex flex-wrap items-center gap-2">
          <p className={note}>{tr.installFailed ? r.installFailed : r.downloadable}</p>
          <button type="button" onClick={() => void tr.install()} disabled={tr.installing} className={btnSecondary}>
            {tr.installing ? r.installing : r.install}
          </button>
        </div>
      );
    case "cloud":
      return tr.cloudAllowed ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-xs text-amber-800 dark:text-amber-300">{r.cloudOn}</p>
          <button type="button" onClick={() => tr.allowCloud(false)} className={`${btnSecondary} min-h-9 px-3 py-1 text-xs`}>
            {r.cloudOff}
          </button>
        </div>
      ) : (
        <div className="space-y-1">
          <p className={note}>{r.cloudOnly}</p>
          <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
            <input type="checkbox" checked={false} onChange={() => tr.allowCloud(true)} className="size-5 accent-indigo-600" />
            <span>
              {r.cloudOptIn} <span className="text-amber-800 dark:text-amber-300">{r.cloudNotice}</span>
            </span>
          </label>
        </div>
      );
    default:
      return tr.showNoneNotice ? (
        <p role="status" className="rounded-lg bg-slate-100 p-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          {r.none}
        </p>
      ) : null;
  }
}
