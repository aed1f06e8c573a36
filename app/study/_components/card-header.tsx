"use client";
import { useEffect, useRef } from "react";
import type { StudyCard } from "@/lib/client/types";
import { t } from "@/lib/i18n/client";
import { KindBadge } from "../../_components/kind-badge";
import { Html } from "./answer-block";

/** Kind, deck, the prompt and what it shows (a quiz's code and choices). The prompt heading takes focus when a card appears, so screen readers read it first. */
export function CardHeader({ card, headingId }: { card: StudyCard; headingId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <header className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <KindBadge kind={card.kind} />
        <span>{card.deckTitle}</span>
      </div>
      {card.kind === "followup" && card.parentPrompt ? (
        <p className="text-sm font-medium text-rose-700 dark:text-rose-300">{t.study.followupOf(card.parentPrompt)}</p>
      ) : null}
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="text-xl font-bold leading-snug outline-none sm:text-2xl focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-500"
      >
        {card.prompt}
      </h2>
      {card.givenHtml ? (
        <section aria-label={t.study.given} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <Html html={card.givenHtml} />
        </section>
      ) : null}
    </header>
  );
}
