import { listVisibleDecks } from "@/lib/data/decks";
import { t } from "@/lib/i18n";
import { DeckList } from "./_components/deck-list";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const decks = await listVisibleDecks(null);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-bold">{t.home.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.home.intro}</p>
      </section>
      <DeckList decks={decks} />
    </div>
  );
}
