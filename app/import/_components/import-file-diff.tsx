import { t } from "@/lib/i18n";
import type { PreviewFile } from "./send-import";

const p = t.polish.import;

/** One before/after pair of a reworded card; only the parts that changed. */
function Change({ before, after }: { before: { prompt: string; answer: string }; after: { prompt: string; answer: string } }) {
  const rows = [
    ...(before.prompt !== after.prompt ? [[p.question, before.prompt, after.prompt] as const] : []),
    ...(before.answer !== after.answer ? [[p.answer, before.answer, after.answer] as const] : []),
  ];
  return (
    <li className="rounded-lg border border-slate-200 p-2 dark:border-slate-700">
      <p className="font-medium">{after.prompt}</p>
      {rows.map(([label, was, now]) => (
        <div key={label} className="mt-1 grid gap-1 text-xs sm:grid-cols-2">
          <p className="whitespace-pre-wrap rounded bg-rose-50 p-1.5 text-rose-900 dark:bg-rose-950/60 dark:text-rose-100">
            <span className="font-semibold">{label} · {p.before}: </span>
            <del>{clip(was)}</del>
          </p>
          <p className="whitespace-pre-wrap rounded bg-emerald-50 p-1.5 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100">
            <span className="font-semibold">{label} · {p.after}: </span>
            <ins className="no-underline">{clip(now)}</ins>
          </p>
        </div>
      ))}
    </li>
  );
}

const clip = (s: string) => (s.length > 400 ? `${s.slice(0, 400)}…` : s);

/**
 * What saving this file does, card by card: which deck it updates, new and
 * reworded cards, and the cards that would be archived (named, so a paste
 * under a reused name cannot silently empty another deck). A file with no
 * cards says why it will not be saved.
 */
export function ImportFileDiff({ file }: { file: PreviewFile }) {
  if (file.noCards) {
    return <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{p.noCardsWhy}</p>;
  }
  const { diff } = file;
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-700 dark:text-slate-300">{file.existingDeck ? p.updatesDeck(file.existingDeck.title) : p.newDeck}</p>
      {file.existingDeck && diff.added.length > 0 ? <p className="text-slate-700 dark:text-slate-300">{p.added(diff.added.length)}</p> : null}
      {diff.changed.length > 0 ? (
        <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <summary className="cursor-pointer font-medium">{p.changed(diff.changed.length)}</summary>
          <ul className="mt-2 space-y-2">
            {diff.changed.map((c) => <Change key={c.key} before={c.before} after={c.after} />)}
          </ul>
        </details>
      ) : null}
      {diff.archived.length > 0 ? (
        <div className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100" role="group" aria-label={p.toArchive(diff.archived.length)}>
          <p className="font-semibold">{p.toArchive(diff.archived.length)}</p>
          <ul className="mt-1 list-disc pl-5">
            {diff.archived.map((c) => <li key={c.key}>{c.prompt}</li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
