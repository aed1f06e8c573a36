import Link from "next/link";
import { KindBadge } from "@/app/_components/kind-badge";
import { NoModelAnswer } from "@/app/_components/no-model-answer";
import { t } from "@/lib/i18n";
import { FileFindings } from "./file-findings";
import { ImportFileDiff } from "./import-file-diff";
import type { ImportAnswer, PreviewCard, PreviewFile } from "./send-import";

/** A question added without a model answer: shown as the study page shows it, not as an empty box. */
const isPracticePrompt = (card: PreviewCard) => card.answer.trim() === "" && !card.steps?.length;

function CardItem({ card, followups }: { card: PreviewCard; followups: PreviewCard[] }) {
  return (
    <li className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex items-center gap-2">
        <KindBadge kind={card.kind} />
        <span className="font-medium">{card.prompt}</span>
        <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">{t.import.line(card.lineStart)}</span>
      </div>
      {card.givenHtml ? (
        // Sanitized on the server by renderMarkdown, as in study.
        <section aria-label={t.study.given} className="prose-note mt-2 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700" dangerouslySetInnerHTML={{ __html: card.givenHtml }} />
      ) : null}
      {card.answerHtml === undefined ? null : isPracticePrompt(card) ? (
        <div className="mt-2">
          <NoModelAnswer />
        </div>
      ) : (
        // Sanitized on the server by renderMarkdown, as in study.
        <div className="prose-note mt-2 text-sm" dangerouslySetInnerHTML={{ __html: card.answerHtml }} />
      )}
      {followups.length > 0 ? (
        <ul className="mt-3 space-y-2 border-l-2 border-rose-200 pl-3 dark:border-rose-900">
          {followups.map((f) => <CardItem key={f.key} card={f} followups={[]} />)}
        </ul>
      ) : null}
    </li>
  );
}

function FileResult({ file, saved, practice }: { file: PreviewFile; saved: boolean; practice: boolean }) {
  const keys = new Set(file.cards.map((c) => c.key));
  const top = file.cards.filter((c) => !c.parentKey || !keys.has(c.parentKey));
  // skipped sections are listed by FileFindings; don't repeat them as warnings
  const warnings = file.warnings.filter((w) => !(file.skipped ?? []).some((k) => k.line === w.line));
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800" aria-label={file.name}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="font-semibold">{file.name}</h3>
        <span className="text-sm text-slate-600 dark:text-slate-400">{t.import.deckTitle(file.title, file.slug)}</span>
        <span className="text-sm text-slate-600 dark:text-slate-400">{t.import.fileCards(file.cards.length)}</span>
        <span className="text-sm text-slate-600 dark:text-slate-400">{t.import.counts(file.added, file.updated, file.archived, file.unchanged)}</span>
        {saved && file.deckId ? (
          <Link href={`/study?deck=${encodeURIComponent(file.deckId)}`} className="ml-auto text-sm font-semibold text-indigo-700 hover:underline dark:text-indigo-300">
            {t.import.study}
          </Link>
        ) : null}
      </header>
      <FileFindings file={file} practice={practice} />
      {saved ? null : <ImportFileDiff file={file} />}
      {warnings.length > 0 ? (
        <details className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          <summary>{t.import.warnings} ({warnings.length})</summary>
          <ul className="mt-2 list-disc pl-5">
            {warnings.map((w, i) => <li key={i}>{t.import.line(w.line)}: {w.message}</li>)}
          </ul>
        </details>
      ) : null}
      {file.cards.length === 0 && saved ? <p className="text-sm text-slate-600 dark:text-slate-400">{t.import.noCards}</p> : null}
      {!saved ? (
        <ul className="space-y-2">
          {top.map((c) => <CardItem key={c.key} card={c} followups={file.cards.filter((f) => f.parentKey === c.key)} />)}
        </ul>
      ) : null}
    </section>
  );
}

/** The per-file outcome of a preview (cards under their topics) or of a save. */
export function ImportPreview({ result, practice = false }: { result: ImportAnswer; practice?: boolean }) {
  const saved = !result.preview;
  return (
    <div className="space-y-4" aria-live="polite">
      <div>
        <h2 className="text-xl font-bold">{saved ? t.import.savedHeading : t.import.previewHeading}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t.import.counts(result.added, result.updated, result.archived, result.unchanged)}
          {saved ? null : ` — ${t.import.previewNote}`}
        </p>
        {result.skipped.length > 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t.import.skipped(result.skipped.length)}</p> : null}
        {saved ? <Link href="/library" className="text-sm font-semibold text-indigo-700 hover:underline dark:text-indigo-300">{t.import.toLibrary}</Link> : null}
      </div>
      {result.files.map((f) => <FileResult key={f.name} file={f} saved={saved} practice={practice} />)}
    </div>
  );
}
