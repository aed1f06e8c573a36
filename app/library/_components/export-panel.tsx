"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { t } from "@/lib/i18n";
import { sendJson } from "./manage-api";

const link = "font-semibold text-indigo-700 hover:underline dark:text-indigo-300";

/** Download links for the three exports, and restore from an export JSON. */
export function ExportPanel() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  async function restore(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setMessage(t.export.restoring);
    try {
      const out = await sendJson<{ decks: number; reviewLogs: number }>("/api/v1/export/restore", "POST", await file.text());
      setMessage(t.export.restored(out.decks, out.reviewLogs));
      router.refresh();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : t.export.badFile);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="text-lg font-semibold">{t.export.title}</h2>
      <ul className="space-y-2 text-sm">
        <li><a href="/api/v1/export" className={link}>{t.export.json}</a> — {t.export.jsonHint}</li>
        <li><a href="/api/v1/export/revlog.csv" className={link}>{t.export.csv}</a> — {t.export.csvHint}</li>
        <li><a href="/api/v1/export/decks.zip" className={link}>{t.export.decks}</a> — {t.export.decksHint}</li>
      </ul>
      <label className="block text-sm">
        <span className="font-medium">{t.export.restore}</span> — {t.export.restoreHint}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void restore(e.target.files?.[0])} className="mt-1 block text-sm" />
      </label>
      {message ? <p role="status" className="text-sm">{message}</p> : null}
    </section>
  );
}
