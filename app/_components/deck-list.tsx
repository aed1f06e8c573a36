import Link from "next/link";
import type { DeckSummary } from "@/lib/data/decks";
import { t } from "@/lib/i18n";

export function DeckList({ decks }: { decks: DeckSummary[] }) {
  if (decks.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t.home.empty}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {decks.map((deck) => (
        <li key={deck.id}>
          <Link
            href={`/decks/${deck.id}`}
            className="block h-full rounded-xl border border-slate-200 p-4 transition hover:border-indigo-400 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-800 dark:hover:border-indigo-500"
          >
            <span className="block font-semibold">{deck.title}</span>
            {deck.description ? (
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{deck.description}</span>
            ) : null}
            <span className="mt-2 flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
              <span>{t.home.cardCount(deck.cardCount)}</span>
              {deck.builtIn ? <span className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">{t.home.builtIn}</span> : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
