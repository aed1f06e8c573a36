"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CardFilterState } from "@/lib/data/library-cards";
import { t } from "@/lib/i18n";
import { sendJson } from "../../_components/manage-api";

type Action = "suspend" | "unsuspend" | "reset" | "restore";
const btn = "rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-900";

/** Suspend / unsuspend, reset to new (confirmed), restore from the archive. */
export function CardActions({ cardId, bucket, canRestore }: { cardId: string; bucket: CardFilterState; canRestore: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");

  async function run(action: Action) {
    if (action === "reset" && !window.confirm(t.library.detail.resetConfirm)) return;
    setBusy(true);
    try {
      await sendJson(`/api/v1/cards/${encodeURIComponent(cardId)}`, "PATCH", { action });
      setMessage(t.library.detail.done);
      router.refresh();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {bucket === "archived" ? null : bucket === "suspended" ? (
        <button type="button" className={btn} disabled={busy} onClick={() => run("unsuspend")}>{t.library.detail.unsuspend}</button>
      ) : (
        <button type="button" className={btn} disabled={busy} onClick={() => run("suspend")}>{t.library.detail.suspend}</button>
      )}
      {bucket !== "new" && bucket !== "archived" ? <button type="button" className={btn} disabled={busy} onClick={() => run("reset")}>{t.library.detail.reset}</button> : null}
      {canRestore ? <button type="button" className={btn} disabled={busy} onClick={() => run("restore")}>{t.library.detail.restore}</button> : null}
      {message ? <span role="status" className="text-sm text-slate-600 dark:text-slate-400">{message}</span> : null}
    </div>
  );
}
