import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getVisibleDeck } from "@/lib/data/decks";
import { t } from "@/lib/i18n";
import { CARD_KINDS } from "@/lib/parser/types";
import { Markdown } from "../../_components/markdown";
import { CardView } from "./card-view";
import { DeckPractice } from "./deck-practice";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await getVisibleDeck(await getSessionUser(), (await params).id);
  return { title: detail?.deck.title ?? t.errors.notFoundTitle };
}

export default async function DeckPage({ params }: Props) {
  const user = await getSessionUser();
  const detail = await getVisibleDeck(user, (await params).id);
  if (!detail) notFound();
  const { deck, cards } = detail;
  const ids = new Set(cards.map((c) => c.id));
  // Follow-ups are shown under their topic; an orphan stays at the top level.
  const roots = cards.filter((c) => !c.parentId || !ids.has(c.parentId));
  const children = (id: string) => cards.filter((c) => c.parentId === id);

  return (
    <div className="space-y-6">
      <Link href="/" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
        {t.deck.back}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{deck.title}</h1>
        {deck.description ? <p className="mt-1 text-slate-600 dark:text-slate-400">{deck.description}</p> : null}
        <dl aria-label={t.deck.kindCounts} className="mt-3 flex flex-wrap gap-3 text-sm">
          {CARD_KINDS.map((kind) => (
            <div key={kind} className="flex gap-1">
              <dt>{t.kinds[kind]}</dt>
              <dd className="font-semibold">{cards.filter((c) => c.kind === kind).length}</dd>
            </div>
          ))}
        </dl>
        <DeckPractice deckId={deck.id} signedIn={!!user} />
      </header>
      <section aria-labelledby="cards-heading" className="space-y-4">
        <h2 id="cards-heading" className="text-lg font-semibold">
          {t.deck.cards} {cards.length}
        </h2>
        {roots.map((card) => (
          <CardView key={card.id} card={card} followups={children(card.id)} />
        ))}
      </section>
      {deck.sources.length > 0 ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="text-lg font-semibold">
            {t.deck.sources}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {deck.sources.map((s) => (
              <li key={s}>
                <Markdown source={s} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
