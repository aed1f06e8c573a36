import "server-only";
import type { NextCard } from "@/lib/data/study";
import { renderMarkdownCached as renderMarkdown } from "@/lib/markdown/render-markdown-cached";

/** The /study/next answer: the card plus sanitized HTML of everything the UI displays. */
export function presentNextCard(next: NextCard) {
  if (!next.card) return { card: null, intervals: null, remaining: next.remaining, studyDay: next.studyDay };
  const { card } = next;
  return {
    card: {
      ...card,
      ...(card.given ? { givenHtml: renderMarkdown(card.given) } : {}),
      answerHtml: renderMarkdown(card.answer),
      tipsHtml: card.tips.map(renderMarkdown),
      ...(card.steps ? { stepsHtml: card.steps.map(renderMarkdown) } : {}),
    },
    intervals: next.intervals,
    remaining: next.remaining,
    studyDay: next.studyDay,
  };
}
