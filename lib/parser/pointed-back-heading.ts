/**
 * "### 그럼 Green thread는 단점만 존재하나요?" right after the sibling question
 * heading it answers back to ("### JVM에서는 어떻게 …처리하나요?"): it follows that
 * question up, as a "그럼 …?" `<summary>` after another summary does, not the
 * topic both sit under.
 */
import { POINTS_BACK } from "./body-followups";
import type { Ctx } from "./context";
import type { CardDraft } from "./draft";
import { cleanPrompt } from "./questions";
import type { Section } from "./sections";

/** The question heading just before `sections[index]` at its level when that heading points back ("그럼 …", "그렇다면 …"). */
export function pointedBackSibling(sections: Section[], index: number): Section | null {
  const section = sections[index]!;
  if (!POINTS_BACK.test(cleanPrompt(section.title))) return null;
  let j = index - 1;
  while (j >= 0 && sections[j]!.parent !== section.parent && sections[j] !== section.parent) j--;
  const previous = j >= 0 && sections[j] !== section.parent ? sections[j]! : null;
  return previous && previous.role === "question" ? previous : null;
}

/** The card of that question heading (see pointedBackSibling), if it has one. */
export function pointedBackParent(ctx: Ctx, sections: Section[], index: number): CardDraft | undefined {
  const previous = pointedBackSibling(sections, index);
  return previous ? ctx.drafts.find((d) => d.lineStart === previous.line && (d.kind === "qa" || d.kind === "followup")) : undefined;
}
