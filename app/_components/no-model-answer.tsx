import { t } from "@/lib/i18n/client";

/** Shown instead of an answer for a practice prompt: a question the note asked without answering it. */
export function NoModelAnswer() {
  return <p className="rounded-lg bg-sky-50 p-3 text-sm font-medium text-sky-900 dark:bg-sky-950/60 dark:text-sky-100">{t.importShapes.noModelAnswer}</p>;
}
