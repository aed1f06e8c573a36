/**
 * A heading with nothing of its own over sub-headings that each hold only a
 * brief note ("## 표기법" over "### 하나", "### 여럿", "### 없거나 하나",
 * each a line long): the sub-headings are the items of one answer, written
 * as headings, not topics to rehearse one by one. They fold into the heading.
 *
 * Kept narrow (measured on the development set): the parent has under 20
 * characters of its own, has three or more direct sub-headings and nothing
 * deeper, every sub-heading is a plain topic named (not a sentence) with at
 * most 70 characters of its own; a "…종류" heading is excluded (its kinds
 * are topics unless numbered, see heading-roles.ts).
 */
import type { Code } from "mdast";
import { isNoise } from "./draft";
import { normalizeLabel } from "./labels";
import { textOf } from "./markdown";
import { isQuestion, isRequest } from "./questions";
import { numbersQuestion } from "./question-number";
import type { Section } from "./sections";

const PARENT_MAX = 20;
/** Two sub-headings may be two topics compared or paired; three or more brief ones are a list. */
const MIN_PARTS = 3;
/** A sub-heading that reads as a sentence ("…에서 출발했다.") is a lead line, handled in heading-roles.ts. */
const SENTENCE = /(다|요)[.!]?$/;
const PART_MAX = 70;
/** Under this a section's own words make no card (extract-body.ts isSubstantive). */
const CARD_MIN = 20;
/** A heading naming kinds ("힙 종류", "Types"): its kinds are topics of their own. */
const KINDS = /(종류|유형|분류|kinds|types)$/i;

/** A section's own text (prose, lists, quotes, code), whitespace collapsed. */
function ownLength(section: Section, source: string): number {
  return section.blocks
    .filter((b) => !isNoise(b, source))
    .map((b) => (b.node.type === "code" ? (b.node as Code).value : textOf(b.node)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim().length;
}

/**
 * A sub-heading that only codes the question under it ("### REDIS-001" over
 * "…무엇인가요?"): a question bank's entry, not an item of an answer. (A part
 * that merely holds a "?" of its own, "중복 ACK 3개면? 절반으로 줄임", is an item still.)
 */
function holdsQuestion(section: Section, siblings: Section[], source: string): boolean {
  const first = section.blocks.find((b) => !isNoise(b, source));
  const text = first?.node.type === "paragraph" ? (textOf(first.node).trim().split("\n")[0] ?? "").trim() : "";
  return (isQuestion(text) || isRequest(text)) && numbersQuestion(section.text, siblings.map((s) => s.text));
}

/**
 * The sub-headings that fold into their parent as brief parts, each mapped
 * to that parent. `children` lists each section's direct sub-sections.
 */
export function findBriefParts(sections: Section[], children: (s: Section) => Section[], source: string, title: Section | null): Map<Section, Section> {
  const out = new Map<Section, Section>();
  for (const s of sections) {
    if (s.role !== "topic" || s === title || s.depth === 0 || KINDS.test(normalizeLabel(s.title))) continue;
    const kids = children(s);
    // (two are enough when neither says enough to be a card of its own, "#### 액티브 오픈" over one short line each:
    // folded, their words stay in the parent's answer instead of being skipped)
    // (words of their own, not a link each: an index's group of two, "### TCP" over "[TCP](…)", stays an index)
    // (…nor a question each, "### 네트워크" over "TCP와 UDP 차이는?": questions still to answer, never an answer's parts)
    const tooShortAlone = kids.length >= 2 && kids.every((k) => ownLength(k, source) < CARD_MIN && !k.blocks.some((b) => /\]\(|https?:\/\/|[?？]/.test(source.slice(b.start, b.end))));
    if ((kids.length < MIN_PARTS && !tooShortAlone) || kids.some((k) => k.role !== "topic" || children(k).length > 0 || SENTENCE.test(k.title))) continue;
    if (ownLength(s, source) >= PARENT_MAX || kids.some((k) => ownLength(k, source) > PART_MAX || holdsQuestion(k, kids, source))) continue;
    for (const k of kids) out.set(k, s);
  }
  return out;
}
