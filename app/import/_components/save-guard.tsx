"use client";
import { t } from "@/lib/i18n";
import type { ImportAnswer } from "./send-import";

const p = t.polish.import;

/** Can this preview be saved, and how many existing cards would saving archive? */
export function saveGuardOf(result: ImportAnswer): { savable: boolean; toArchive: number } {
  return {
    savable: result.files.some((f) => !f.noCards),
    toArchive: result.files.reduce((n, f) => n + (f.diff?.archived.length ?? 0), 0),
  };
}

/**
 * Above the preview: why nothing can be saved, or the explicit consent that
 * saving needs when it would archive cards of an existing deck.
 */
export function SaveGuard({ result, confirmed, onConfirm }: { result: ImportAnswer; confirmed: boolean; onConfirm: (v: boolean) => void }) {
  const { savable, toArchive } = saveGuardOf(result);
  if (!savable) return <p role="alert" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{p.nothingToSave}</p>;
  if (toArchive === 0) return null;
  return (
    <div className="space-y-1 rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100">
      <label className="flex items-center gap-2 font-semibold">
        <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} className="size-4 accent-rose-700" />
        {p.confirmArchive(toArchive)}
      </label>
      {!confirmed ? <p>{p.confirmNeeded}</p> : null}
    </div>
  );
}
