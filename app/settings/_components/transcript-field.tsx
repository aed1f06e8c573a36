"use client";
import { t } from "@/lib/i18n";
import { fieldIds } from "./field";

/** "답변 기록 저장": whether attempt transcripts are kept on the server (off by default). */
export function TranscriptField({ checked, error, onChange }: { checked: boolean; error?: string; onChange: (value: boolean) => void }) {
  const ids = fieldIds("saveTranscripts");
  return (
    <div className="space-y-1">
      <label htmlFor={ids.input} className="flex min-h-11 cursor-pointer items-center gap-3 font-medium">
        <input
          id={ids.input}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={[ids.help, error ? ids.error : ""].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          className="size-5 accent-indigo-600"
        />
        {t.attempts.settings.saveTranscripts}
      </label>
      <p id={ids.help} className="text-sm text-slate-600 dark:text-slate-400">
        {t.attempts.settings.saveTranscriptsHelp}
      </p>
      {error ? (
        <p id={ids.error} className="text-sm text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
