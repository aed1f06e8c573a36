import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listLibraryDecks, type LibraryDeck } from "@/lib/data/library";
import { t } from "@/lib/i18n";
import { DeckActions } from "./_components/deck-actions";
import { ExportPanel } from "./_components/export-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.library.title };

function DeckRow({ deck }: { deck: LibraryDeck }) {
  return (
    <li className="rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-deck-id={deck.id}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="font-semibold">{deck.title}</h3>
        {deck.own && deck.sourcePath ? <span className="text-xs text-slate-600 dark:text-slate-400">{deck.sourcePath}</span> : null}
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t.library.counts(deck.due, deck.new, deck.total)}
        {deck.archived > 0 ? ` · ${t.library.archivedCount(deck.archived)}` : null}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/study?deck=${encodeURIComponent(deck.id)}`} className="font-semibold text-indigo-700 hover:underline dark:text-indigo-300">{t.library.study}</Link>
        <Link href={`/library/cards?deck=${encodeURIComponent(deck.id)}`} className="hover:underline">{t.library.browse}</Link>
        {deck.own ? <DeckActions deckId={deck.id} title={deck.title} /> : null}
      </div>
    </li>
  );
}

export default async function LibraryPage() {
  const user = await requireUser("/library");
  const decks = await listLibraryDecks(user, new Date());
  const mine = decks.filter((d) => d.own);
  const builtIn = decks.filter((d) => d.builtIn);
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t.library.title}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t.library.intro}</p>
        </div>
        <div className="flex gap-3 text-sm">
          <Link href="/import" className="rounded-lg bg-indigo-600 px-3 py-2 font-semibold text-white hover:bg-indigo-700">{t.library.importLink}</Link>
          <Link href="/library/cards" className="rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700">{t.library.cards.title}</Link>
        </div>
      </header>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t.library.myDecks}</h2>
        {mine.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t.library.noDecks}</p> : <ul className="space-y-3">{mine.map((d) => <DeckRow key={d.id} deck={d} />)}</ul>}
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t.library.builtInDecks}</h2>
        <ul className="space-y-3">{builtIn.map((d) => <DeckRow key={d.id} deck={d} />)}</ul>
      </section>
      <ExportPanel />
    </div>
  );
}
