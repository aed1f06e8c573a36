"use client";
import type { StudyCard } from "@/lib/client/types";
import { t } from "@/lib/i18n/client";
import { AnswerBlock, Html } from "./answer-block";
import { NoModelAnswer } from "@/app/_components/no-model-answer";

/** Script: the model script, once revealed (the clock, recording and the attempt are in AttemptControls, for every kind). */
export function ScriptView({ card, revealed, readAloud }: { card: StudyCard; revealed: boolean; readAloud: React.ReactNode }) {
  if (!revealed) return null;
  return (
    <AnswerBlock title={t.study.script} tools={readAloud} tipsHtml={card.tipsHtml}>
      <Html html={card.answerHtml} />
    </AnswerBlock>
  );
}

/** Q&A and follow-ups: the answer, once revealed. */
export function QaView({ card, revealed, readAloud }: { card: StudyCard; revealed: boolean; readAloud: React.ReactNode }) {
  if (!revealed) return null;
  return (
    <AnswerBlock tools={readAloud} tipsHtml={card.tipsHtml}>
      {card.answerHtml.trim() ? <Html html={card.answerHtml} /> : <NoModelAnswer />}
    </AnswerBlock>
  );
}

/** Steps are revealed one at a time; tips and read-aloud come with the last one. */
export function StepsView({ card, shown, readAloud }: { card: StudyCard; shown: number; readAloud: React.ReactNode }) {
  const steps = stepsOf(card);
  if (steps.length === 0) return <QaView card={card} revealed={shown > 0} readAloud={readAloud} />;
  if (shown === 0) return null;
  const all = shown >= steps.length;
  return (
    <AnswerBlock title={t.study.stepsProgress(Math.min(shown, steps.length), steps.length)} tools={all ? readAloud : null} tipsHtml={all ? card.tipsHtml : undefined}>
      <ol aria-label={t.study.stepsLabel} aria-live="polite" className="list-decimal space-y-2 pl-5">
        {steps.slice(0, shown).map((html, i) => (
          <li key={i}>
            <Html html={html} />
          </li>
        ))}
      </ol>
    </AnswerBlock>
  );
}

/** Step HTML, falling back to nothing when the server sent no steps (then the answer is shown whole). */
export function stepsOf(card: StudyCard): string[] {
  return card.stepsHtml ?? [];
}

/** The revealed part for the card's kind: one entry point, so the card stage loads all three views with one dynamic import. */
export function RevealedView({ card, shown, revealed, readAloud }: { card: StudyCard; shown: number; revealed: boolean; readAloud: React.ReactNode }) {
  if (card.kind === "script") return <ScriptView card={card} revealed={revealed} readAloud={readAloud} />;
  if (card.kind === "steps") return <StepsView card={card} shown={shown} readAloud={readAloud} />;
  return <QaView card={card} revealed={revealed} readAloud={readAloud} />;
}
