"use client";
import type { Recorder } from "@/lib/client/recorder";
import { t } from "@/lib/i18n/client";
import { btnSecondary, kbd } from "./ui";

const BLOCKED: Partial<Record<Recorder["status"], string>> = {
  unsupported: t.study.record.unsupported,
  denied: t.study.record.denied,
  "no-device": t.study.record.noDevice,
};

/** Record / stop, and playback of the last take. The audio stays in this tab (object URL). */
export function RecordControl({ recorder, hidePlayback = false }: { recorder: Recorder; hidePlayback?: boolean }) {
  const { status, url, toggle } = recorder;
  const blocked = BLOCKED[status];
  const recording = status === "recording";
  const label = blocked ?? (recording ? t.study.record.stop : status === "starting" ? t.study.record.starting : t.study.record.start);
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={toggle}
        disabled={!!blocked || status === "starting" || status === "unknown"}
        aria-pressed={recording}
        aria-keyshortcuts="V"
        className={`${btnSecondary} ${recording ? "border-rose-400 text-rose-700 dark:border-rose-500 dark:text-rose-300" : ""}`}
      >
        <span aria-hidden="true" className={`size-2.5 rounded-full ${recording ? "animate-pulse bg-rose-600" : "bg-slate-400"}`} />
        {label}
        {blocked ? null : <kbd className={kbd}>V</kbd>}
      </button>
      {status === "error" ? <p className="text-sm text-rose-700 dark:text-rose-300">{t.study.record.error}</p> : null}
      {url && !recording && !hidePlayback ? (
        <figure className="space-y-1">
          <figcaption className="text-xs text-slate-600 dark:text-slate-400">{t.study.record.playback}</figcaption>
          <audio controls src={url} className="w-full" />
        </figure>
      ) : null}
    </div>
  );
}
