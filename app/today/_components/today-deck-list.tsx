import Link from "next/link";
import { t } from "@/lib/i18n";
import type { TodayDeck } from "./types";

/** Per-deck counts with a link to study only that deck. Decks with nothing to do today are listed last, without a link. */
export function TodayDeckList({ decks }: { decks: TodayDeck[] }) {
  const sorted = [...decks].sort((a, b) => Number(b.due + b.new > 0) - Number(a.due + a.new > 0));
  return (
    <section aria-labelledby="today-decks-heading" className="space-y-3">
      <h2 id="today-decks-heading" className="text-lg font-semibold">
        {t.today.decksHeading}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {sorted.map((deck) => {
          const active = deck.due + deck.new > 0;
          return (
            <li key={deck.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <Link href={`/decks/${deck.id}`} className="font-semibold hover:underline">
                  {deck.title}
                </Link>
                <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{t.today.deckCounts(deck.due, deck.new)}</p>
              </div>
              {active ? (
                <Link
                  href={`/study?deck=${encodeURIComponent(deck.id)}`}
                  className="inline-flex min-h-11 items-center rounded-lg border border-indigo-300 px-4 text-sm font-semibold text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:border-indigo-700 dark:text-indigo-300 dark:hover:bg-indigo-950"
                >
                  {t.today.onlyThisDeck}
                  {/* Keeps "이 덱만" links distinguishable in a screen reader's link list. */}
                  <span className="sr-only"> · {deck.title}</span>
                </Link>
              ) : (
                <span className="text-sm text-slate-500 dark:text-slate-400">{t.today.deckDone}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
