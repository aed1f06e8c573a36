import { t } from "@/lib/i18n";
import { CARD_KINDS } from "@/lib/parser/types";
import type { PreviewFile } from "./send-import";

const s = t.importShapes;

/**
 * What the parser found in one file besides its cards: how many cards of
 * each kind, the questions without a written answer and the sections it left
 * out, each with its line so the user can find it in the note.
 */
export function FileFindings({ file, practice }: { file: PreviewFile; practice: boolean }) {
  const counts = CARD_KINDS.map((k) => [k, file.cards.filter((c) => c.kind === k).length] as const).filter(([, n]) => n > 0);
  const unanswered = file.unanswered ?? [];
  // (a question still to be answered that follows up a card is shown with the question it follows)
  const promptOf = new Map(file.cards.map((c) => [c.key, c.prompt]));
  const skipped = file.skipped ?? [];
  return (
    <div className="space-y-2 text-sm">
      {counts.length > 0 ? (
        <p className="text-slate-600 dark:text-slate-400">
          <span className="sr-only">{s.kindSummary}: </span>
          {counts.map(([k, n]) => s.kindCount(t.kinds[k], n)).join(" · ")}
        </p>
      ) : null}
      {unanswered.length > 0 ? (
        <details className="rounded-lg bg-sky-50 p-3 text-sky-950 dark:bg-sky-950/60 dark:text-sky-100">
          <summary className="cursor-pointer font-medium">{s.unansweredHeading(unanswered.length)}</summary>
          <p className="mt-1 text-xs">{practice ? s.unansweredAdded : s.unansweredHint}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {unanswered.map((q) => (
              <li key={`${q.line}-${q.prompt}`}>
                <span className="text-xs text-sky-800 dark:text-sky-300">{t.import.line(q.line)}</span> {q.prompt}
                {q.parentKey && promptOf.has(q.parentKey) ? <span className="block text-xs text-sky-800 dark:text-sky-300">{s.unansweredFollows(promptOf.get(q.parentKey)!)}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {skipped.length > 0 ? (
        <details className="rounded-lg bg-slate-100 p-3 text-slate-800 dark:bg-slate-800/70 dark:text-slate-100">
          <summary className="cursor-pointer font-medium">{s.skippedHeading(skipped.length)}</summary>
          <p className="mt-1 text-xs">{s.skippedHint}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {skipped.map((k) => (
              <li key={k.line}>
                <span className="text-xs text-slate-600 dark:text-slate-300">{t.import.line(k.line)}</span> {k.heading}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
