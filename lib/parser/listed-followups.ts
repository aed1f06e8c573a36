/**
 * Follow-ups listed after a question's own answer (asked-items-after-answer.ts)
 * become cards under that question, and the ones nested in a follow-up's answer
 * ("- MQTT는 무엇인가?" → its points → "- 그렇다면 …는 무엇이 다른가?" → its
 * points) under that follow-up in turn.
 */
import { RANK, addDraft, explainPrompt, type Ctx } from "./context";
import type { CardDraft } from "./draft";
import type { QuestionItem } from "./extract-questions";
import { cleanPrompt, isRequest } from "./questions";
import type { Section } from "./sections";

/** Where the follow-ups stand: their section, its topic, and the topic they are anchored to (if any). */
export interface FollowupPlace {
  section: Section;
  topic: Section | null;
  anchor?: Section | null;
}

/** Add `followups` as follow-up drafts of `parent`, each one's nested follow-ups under it. */
export function addListedFollowups(ctx: Ctx, followups: QuestionItem[], parent: CardDraft | null, place: FollowupPlace): void {
  for (const f of followups) {
    const d = addDraft(ctx, {
      kind: "followup",
      prompt: isRequest(f.question) ? cleanPrompt(f.question) : explainPrompt(f.question),
      answer: f.ownAnswer ?? f.answer,
      section: place.section,
      topic: place.topic,
      role: f.question,
      rank: RANK.followup,
      lineStart: f.line,
      lineEnd: f.endLine,
      ...(place.anchor !== undefined ? { anchor: place.anchor } : {}),
      ...(parent ? { parentDraft: parent } : {}),
    }, false);
    if (f.followups) addListedFollowups(ctx, f.followups, d ?? parent, place);
  }
}
