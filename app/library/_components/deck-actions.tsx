"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { t } from "@/lib/i18n";
import { sendJson } from "./manage-api";

/** Rename (inline form) and delete (dialog that offers an export first) for one of my decks. */
export function DeckActions({ deckId, title }: { deckId: string; title: string }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(title);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const path = `/api/v1/decks/${encodeURIComponent(deckId)}`;

  async function act(fn: () => Promise<unknown>) {
    setBusy(true);
    setError("");
    try {
      await fn();
      setRenaming(false);
      dialog.current?.close();
      router.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {renaming ? (
        <form className="flex items-center gap-2" onSubmit={(e) => { e.preventDefault(); void act(() => sendJson(path, "PATCH", { title: name })); }}>
          <label className="sr-only" htmlFor={`rename-${deckId}`}>{t.library.renameLabel}</label>
          <input id={`rename-${deckId}`} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required
            className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900" />
          <button disabled={busy} className="font-semibold text-indigo-700 dark:text-indigo-300">{t.library.renameSave}</button>
          <button type="button" onClick={() => setRenaming(false)}>{t.library.cancel}</button>
        </form>
      ) : (
        <button type="button" onClick={() => setRenaming(true)} className="hover:underline">{t.library.rename}</button>
      )}
      <button type="button" onClick={() => dialog.current?.showModal()} className="text-rose-700 hover:underline dark:text-rose-300">{t.library.delete}</button>
      {error ? <span role="alert" className="text-rose-700 dark:text-rose-300">{error}</span> : null}
      <dialog ref={dialog} className="m-auto max-w-md rounded-xl p-6 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100">
        <h2 className="text-lg font-bold">{t.library.deleteTitle(title)}</h2>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t.library.deleteBody}</p>
        <div className="mt-4 flex flex-wrap justify-end gap-3 text-sm">
          <a href={`/api/v1/export/decks.zip?deck=${encodeURIComponent(deckId)}`} className="rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700">{t.library.deleteExport}</a>
          <button type="button" onClick={() => dialog.current?.close()} className="px-3 py-2">{t.library.cancel}</button>
          <button type="button" disabled={busy} onClick={() => act(() => sendJson(path, "DELETE"))} className="rounded-lg bg-rose-600 px-3 py-2 font-semibold text-white">
            {t.library.deleteConfirm}
          </button>
        </div>
        {error ? <p role="alert" className="mt-3 text-sm text-rose-700">{error}</p> : null}
      </dialog>
    </>
  );
}
