"use client";

import { useRef, useState } from "react";
import { t } from "@/lib/i18n";
import { pastedNoteName } from "@/lib/import/pasted-note-name";
import { ImportPreview } from "./import-preview";
import { ImportSwitch } from "./import-switch";
import { SaveGuard, saveGuardOf } from "./save-guard";
import { readFiles, sendImport, type ImportAnswer, type OutgoingFile } from "./send-import";

type Mode = "paste" | "files";
const button = "rounded-lg px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50";

/** Paste or upload notes → preview (nothing saved) → save. */
export function ImportForm() {
  const [mode, setMode] = useState<Mode>("files");
  const [text, setText] = useState("");
  const [pasteName, setPasteName] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [chosen, setChosen] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState("");
  const [result, setResult] = useState<ImportAnswer | null>(null);
  const [practice, setPractice] = useState(false);
  const [merge, setMerge] = useMergePreference();
  const pending = useRef<OutgoingFile[] | null>(null);
  const busy = progress !== undefined;

  async function run(preview: boolean, { withPractice = practice, withMerge = merge } = {}) {
    setError("");
    try {
      if (preview) {
        pending.current = mode === "paste" ? (text.trim() ? [{ name: pastedNoteName(text, pasteName), content: text, encoding: "utf8" }] : []) : await readFiles(chosen);
        setConfirmed(false);
      }
      if (!pending.current?.length) return setError(t.import.empty);
      setResult(await sendImport(pending.current, preview, setProgress, { practicePrompts: withPractice, mergeSubheadings: withMerge, confirmArchive: !preview && confirmed }));
    } catch (err) {
      setResult(null);
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(undefined);
    }
  }

  const tab = (m: Mode, label: string) => (
    <button type="button" role="tab" aria-selected={mode === m} onClick={() => { setMode(m); setResult(null); }}
      className={`rounded-t-lg border-b-2 px-3 py-2 text-sm ${mode === m ? "border-indigo-600 font-semibold" : "border-transparent text-slate-600 dark:text-slate-400"}`}>
      {label}
    </button>
  );

  return (
    <div className="space-y-6">
      <div role="tablist" className="flex gap-2 border-b border-slate-200 dark:border-slate-800">
        {tab("files", t.import.filesTab)}
        {tab("paste", t.import.pasteTab)}
      </div>
      {mode === "paste" ? (
        <div className="space-y-3">
          <label className="block text-sm font-medium">
            {t.import.pasteName}
            <input value={pasteName} onChange={(e) => { setPasteName(e.target.value); setResult(null); }} placeholder={t.polish.import.pasteNamePlaceholder} aria-describedby="paste-name-help"
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900" />
            <span id="paste-name-help" className="mt-1 block text-xs font-normal text-slate-600 dark:text-slate-400">{t.polish.import.pasteNameHelp}</span>
          </label>
          <label className="block text-sm font-medium">
            {t.import.pasteLabel}
            <textarea value={text} onChange={(e) => { setText(e.target.value); setResult(null); }} rows={12} placeholder={t.import.pastePlaceholder}
              className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900" />
          </label>
        </div>
      ) : (
        <label className="block text-sm font-medium">
          {t.import.filesLabel}
          <input type="file" multiple accept=".md,.markdown,.txt,.zip,text/markdown,text/plain,application/zip"
            onChange={(e) => { setChosen(Array.from(e.target.files ?? [])); setResult(null); }}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 dark:file:bg-slate-800" />
          {chosen.length > 0 ? <span className="mt-1 block text-slate-600 dark:text-slate-400">{t.import.chosen(chosen.length)}</span> : null}
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={busy} onClick={() => run(true)} className={`${button} border border-indigo-600 text-indigo-700 dark:text-indigo-300`}>
          {t.import.preview}
        </button>
        {result?.preview && saveGuardOf(result).savable ? (
          <button type="button" disabled={busy || (saveGuardOf(result).toArchive > 0 && !confirmed)} onClick={() => run(false)} className={`${button} bg-indigo-600 text-white hover:bg-indigo-700`}>
            {t.import.save}
          </button>
        ) : null}
        {busy ? (
          <span className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400" role="status">
            <progress max={100} value={progress ?? undefined} aria-label={t.import.progressLabel} className="w-40" />
            {progress === null ? t.import.processing : t.import.uploading(progress ?? 0)}
          </span>
        ) : null}
      </div>
      {error ? <p role="alert" className="rounded-lg bg-rose-50 p-3 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{error}</p> : null}
      {result?.preview && unansweredCount(result) > 0 ? (
        <ImportSwitch label={s.practiceSwitch} hint={s.practiceSwitchHint(unansweredCount(result))} checked={practice} disabled={busy}
          onChange={(on) => { setPractice(on); void run(true, { withPractice: on }); }} />
      ) : null}
      {result?.preview && (merge || mergeableCount(result) > 0) ? (
        <ImportSwitch label={s.mergeSwitch} hint={merge ? s.mergeSwitchOnHint : s.mergeSwitchHint(mergeableCount(result))} checked={merge} disabled={busy}
          onChange={(on) => { setMerge(on); void run(true, { withMerge: on }); }} />
      ) : null}
      {result?.preview ? <SaveGuard result={result} confirmed={confirmed} onConfirm={setConfirmed} /> : null}
      {result ? <ImportPreview result={result} practice={practice} /> : null}
    </div>
  );
}

const s = t.importShapes;
const MERGE_KEY = "rehearse.import.mergeSubheadings";

/** The merge switch as the user last left it in this browser: a notes folder re-imported is cut the same way. */
function useMergePreference(): [boolean, (on: boolean) => void] {
  // (read on the first client render, not in an effect: a preview asked for right after the page hydrates must
  // already use it; nothing rendered before a preview shows it, so server and client markup agree)
  const [merge, setMerge] = useState(() => {
    try {
      return typeof window !== "undefined" && window.localStorage.getItem(MERGE_KEY) === "1";
    } catch {
      return false; // storage blocked: the switch starts off
    }
  });
  const choose = (on: boolean) => {
    setMerge(on);
    try {
      window.localStorage.setItem(MERGE_KEY, on ? "1" : "0");
    } catch {
      // storage blocked: the choice holds for this page only
    }
  };
  return [merge, choose];
}

const unansweredCount = (r: ImportAnswer) => r.files.reduce((n, f) => n + (f.unanswered?.length ?? 0), 0);
const mergeableCount = (r: ImportAnswer) => r.files.reduce((n, f) => n + (f.mergeableSubheadings ?? 0), 0);
