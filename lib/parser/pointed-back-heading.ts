/**
 * "### 그럼 Green thread는 단점만 존재하나요?" right after the sibling question
 * heading it answers back to ("### JVM에서는 어떻게 …처리하나요?"): it follows that
 * question up, as a "그럼 …?" `<summary>` after another summary does, not the
 * topic both sit under.
 */
import { POINTS_BACK } from "./body-followups";
import type { Ctx } from "./context";
import type { CardDraft } from "./draft";
import { leansOnQuestionBefore } from "./own-question";
import { cleanPrompt } from "./questions";
import type { Section } from "./sections";

/** The question heading just before `sections[index]` at its level when that heading points back ("그럼 …", "그렇다면 …"). */
export function pointedBackSibling(sections: Section[], index: number, consumed?: ReadonlySet<Section>): Section | null {
  const section = sections[index]!;
  // ("### 왜필요하죠?" after "### 인터럽트란": a question too bare to stand alone leans on the one before it, as "그럼 …?" does)
  if (!POINTS_BACK.test(cleanPrompt(section.title)) && !leansOnQuestionBefore(cleanPrompt(section.title))) return null;
  let j = index - 1;
  // (past the headings the question before took as its answer: "#### A: …" and the sentences set as headings after it)
  while (j >= 0 && ((sections[j]!.parent !== section.parent && sections[j] !== section.parent) || (consumed?.has(sections[j]!) && sections[j]!.parent === section.parent))) j--;
  const previous = j >= 0 && sections[j] !== section.parent ? sections[j]! : null;
  // ("### 이런 처리율 제한 장치를 쓰면 …?" under "# 처리율 제한 장치의 설계": "이런" points at what the heading above names)
  if (section.parent && NAMING_BACK.test(cleanPrompt(section.title)) && namesSubjectOf(section.title, section.parent.title)) return null;
  return previous && previous.role === "question" ? previous : null;
}

/** "이런 …", "이러한 …", "그런 …": a pointing word that names what it points at. */
const NAMING_BACK = /^[+\s]*(이런|이러한|그런|그러한)\s/;

/** Whether `title` names the subject of `parentTitle` (its title without a trailing "의 설계" / "개념" …; four letters or more, spaces and marks aside). */
function namesSubjectOf(title: string, parentTitle: string): boolean {
  const squash = (t: string) => t.replace(/^[\s\d.#)]+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
  const subject = squash(parentTitle.replace(/(의|에\s*대한)?\s*(설계|개념|정리|이해|소개|개요)\s*$/, ""));
  return subject.length >= 4 && squash(title).includes(subject);
}

/** The card of that question heading (see pointedBackSibling), if it has one. */
export function pointedBackParent(ctx: Ctx, sections: Section[], index: number): CardDraft | undefined {
  const previous = pointedBackSibling(sections, index, ctx.consumed);
  const card = previous ? ctx.drafts.find((d) => d.lineStart === previous.line && (d.kind === "qa" || d.kind === "followup")) : undefined;
  // (a bare facet after a follow-up, "### 단점은 뭐가 있을까?" after "### 어떠한 장점이 존재하는가?", asks of the topic both drill, as before)
  const bare = !POINTS_BACK.test(cleanPrompt(sections[index]!.title));
  return bare && card?.kind === "followup" ? undefined : card;
}
