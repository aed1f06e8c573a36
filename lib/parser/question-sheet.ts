/**
 * A study's question sheet: lists of short asks under nothing but the names
 * of who wrote them ("###미나" then "1. …에 대해 설명", "2. …의 차이점",
 * "3. … 정리하기"). Nothing on it is answered: its items are unanswered
 * questions, never one card that lists them all.
 */
import type { List } from "mdast";
import type { Block } from "./blocks";
import { lineOf, textOf } from "./markdown";
import { isQuestion, isRequest } from "./questions";

/** A noun phrase that asks ("…의 차이점", "…하는 이유") or a study task ("… 정리하기", "… 설명하기"). */
// (not "…의 특징", "…의 역할": keyword answers end so too)
const ASKS_AS_NOUN = /(차이|차이점|장단점|이유)$|(정리|설명|비교|서술|조사)\s*(하기|해\s*보기)$/;
/** A name line between the lists: a few characters, no sentence ("###미나", "**희준**"). */
const NAME_LINE = /^[#*_\s]*[\p{L}\p{N} ]{1,12}[*_\s]*$/u;

/** A bold label over a summary ("**요약**", "**핵심**"), not a name: its list is the answer. */
const SECTION_LABEL = /^(요약|정리|핵심|핵심\s*정리|결론|포인트|키워드|장점|단점|특징|개념|예시|참고|주의|summary|tl;?dr)$/i;

/** Code given with an ask (a code block, or code the author indented too little to be one): material, not an answer. */
const CODE_TEXT = /[{};=]|\b(public|private|class|function|def|return|const|var|let)\b/;

/** An item's own first line, when the item is that line with, at most, code given beside it. */
function itemAsk(item: List["children"][number]): string | null {
  const [first, ...rest] = item.children;
  if (first?.type !== "paragraph" || rest.some((c) => c.type !== "code" && !(c.type === "paragraph" && CODE_TEXT.test(textOf(c))))) return null;
  const text = textOf(first).replace(/\s+/g, " ").trim();
  if (!text || text.length > 100) return null;
  return isQuestion(text) || isRequest(text) || ASKS_AS_NOUN.test(text) ? text : null;
}

/**
 * The asks of a question sheet, in order, or null when the blocks are
 * anything else: every block a list of asks or a name line, a name line and
 * two asks at least (the lists whose items all ask outright are read as
 * question lists before this, so a sheet may keep only its task lists here).
 */
export function questionSheet(blocks: Block[], source: string): { line: number; text: string }[] | null {
  const asks: { line: number; text: string }[] = [];
  let names = 0;
  for (const b of blocks) {
    if (b.node.type === "paragraph" && NAME_LINE.test(source.slice(b.start, b.end).trim()) && !SECTION_LABEL.test(textOf(b.node).trim())) {
      names++;
      continue;
    }
    if (b.node.type !== "list") return null;
    for (const item of b.node.children) {
      const text = itemAsk(item);
      if (!text) return null;
      asks.push({ line: lineOf(item), text });
    }
  }
  return names >= 1 && asks.length >= 2 ? asks : null;
}
