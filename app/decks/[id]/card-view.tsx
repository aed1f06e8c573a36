import type { DeckCard } from "@/lib/data/decks";
import { t } from "@/lib/i18n";
import { KindBadge } from "../../_components/kind-badge";
import { Markdown } from "../../_components/markdown";

/** A parsed card as the deck page shows it, with its follow-ups nested below. */
export function CardView({ card, followups }: { card: DeckCard; followups: DeckCard[] }) {
  return (
    <article
      aria-labelledby={`card-${card.id}`}
      className="rounded-xl border border-slate-200 p-4 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={card.kind} />
        <span className="text-xs text-slate-500 dark:text-slate-400">{t.deck.lines(card.lineStart, card.lineEnd)}</span>
      </div>
      <h3 id={`card-${card.id}`} className="mt-2 font-semibold">
        {card.prompt}
      </h3>
      {card.given ? (
        <section aria-label={t.study.given} className="mt-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <Markdown source={card.given} />
        </section>
      ) : null}
      {card.steps && card.steps.length > 0 ? (
        <ol aria-label={t.deck.steps} className="mt-2 list-decimal space-y-1 pl-5">
          {card.steps.map((step, i) => (
            <li key={i}>
              <Markdown source={step} />
            </li>
          ))}
        </ol>
      ) : (
        <Markdown source={card.answer} className="mt-2" />
      )}
      {card.tips.length > 0 ? (
        <aside aria-label={t.deck.tips} className="mt-3 rounded-lg bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
          <p className="font-semibold text-amber-900 dark:text-amber-200">{t.deck.tips}</p>
          <ul className="mt-1 space-y-1">
            {card.tips.map((tip, i) => (
              <li key={i}>
                <Markdown source={tip} />
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      {followups.length > 0 ? (
        <section aria-label={t.deck.followups} className="mt-4 space-y-3 border-l-2 border-rose-200 pl-4 dark:border-rose-900">
          {followups.map((f) => (
            <CardView key={f.id} card={f} followups={[]} />
          ))}
        </section>
      ) : null}
    </article>
  );
}
