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

/**
 * The card of the question heading just before `sections[index]` at the same
 * level when that heading points back ("그럼 …", "그렇다면 …"); else undefined.
 */
export function pointedBackParent(ctx: Ctx, sections: Section[], index: number): CardDraft | undefined {
  const section = sections[index]!;
  if (!POINTS_BACK.test(cleanPrompt(section.title))) return undefined;
  let j = index - 1;
  while (j >= 0 && sections[j]!.parent !== section.parent && sections[j] !== section.parent) j--;
  const previous = j >= 0 && sections[j] !== section.parent ? sections[j]! : null;
  if (!previous || previous.role !== "question") return undefined;
  return ctx.drafts.find((d) => d.lineStart === previous.line && (d.kind === "qa" || d.kind === "followup"));
}
