/**
 * Two cards of one note may end up asking the same generated question:
 * "헤더에 대해 설명해 주세요." under "## TCP" and again under "## UDP". Seen
 * alone on a flashcard, each names nothing the other does not; each is asked
 * of the heading it sits under ("TCP 헤더에 대해 설명해 주세요."). Only prompts
 * made from a topic are touched, and only when the headings above them differ
 * (the same words under the same heading are left as written).
 */
import { isGenericName } from "./generic-part";
import { cleanHeading, isQuestion, isRequest } from "./questions";

/** The request a topic's generated prompt ends in (context.ts). */
const GENERATED = "에 대해 설명해 주세요.";

interface Prompted {
  kind: string;
  prompt: string;
  headingPath: string[];
}

/** The heading a card's own heading sits under, cleaned of numbering and marks; "" when none. */
function headingAbove(card: Prompted): string {
  const path = card.headingPath;
  return path.length >= 2 ? cleanHeading(path[path.length - 2]!).replace(/[?？:：]+$/, "").trim() : "";
}

/** Qualify each repeated generated prompt among topic cards with the heading above it, in place. */
export function qualifyRepeatedPrompts(cards: Prompted[]): void {
  const byPrompt = new Map<string, Prompted[]>();
  for (const card of cards) {
    if (card.kind === "followup" || !card.prompt.endsWith(GENERATED)) continue;
    // ("### 3. 기본키와 후보키의 특징에 대해 설명해 주세요." asked again under "# 재답변": the writer's own request, asked as written)
    // (…unless what it asks about names nothing alone, "### 특징에 대해 설명해 주세요." under "## TCP" and "## UDP")
    const own = cleanHeading(card.headingPath.at(-1) ?? "");
    if ((isRequest(own) || isQuestion(own)) && !isGenericName(card.prompt.slice(0, -GENERATED.length).trim())) continue;
    byPrompt.set(card.prompt, [...(byPrompt.get(card.prompt) ?? []), card]);
  }
  for (const [prompt, group] of byPrompt) {
    if (group.length < 2) continue;
    const above = group.map(headingAbove);
    const topic = prompt.slice(0, -GENERATED.length);
    if (above.some((h) => !h || topic.includes(h)) || new Set(above).size < group.length) continue;
    group.forEach((card, i) => (card.prompt = `${above[i]} ${topic}${GENERATED}`));
  }
}
