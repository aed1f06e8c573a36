/**
 * Structural features of the cards nested under another card, for the parts
 * analysis (scripts/parts-analysis.ts): which sub-elements of a carded topic
 * annotators treat as part of its answer, as a follow-up, or as a card.
 */
import { toBlocks } from "../parser/blocks";
import { textOf } from "../parser/markdown";
import { parseMarkdown } from "../parser/markdown";
import { sanitizeSource } from "../parser/sanitize";
import { buildSections, type Section } from "../parser/sections";
import type { ParsedCard } from "../parser/types";
import { isUnnamedPart } from "../parser/unnamed-part";
import type { QuestionLabel } from "./labels";

export interface PartFeatures {
  /** Card index in the deck. */
  index: number;
  line: number;
  /** main / followup (of the ancestor or elsewhere) / unanswered / junk (matches no label). */
  label: "main" | "followup-of-ancestor" | "followup-elsewhere" | "unanswered" | "junk";
  /** gen-heading: a generated prompt from a heading; q-heading: a question heading; q-line: a question inside the body. */
  shape: "gen-heading" | "q-heading" | "gen-line" | "q-line";
  kind: string;
  relDepth: number;
  ancestorDepth: number;
  ancestorIsTitle: boolean;
  /** Characters of prose in the ancestor's own body (before its first sub-heading). */
  ancestorProse: number;
  /** The ancestor's card has a generated prompt (a noun-phrase topic). */
  ancestorGenerated: boolean;
  ancestorCardId: string;
  /** Sub-headings under the same parent as this one. */
  siblings: number;
  /** Sub-headings of this heading. */
  children: number;
  /** Characters of prose in this section's own body. */
  ownLength: number;
  /** The heading names a word of the ancestor's title. */
  sharesSubject: boolean;
  /** The heading ends in a facet word (장점, 단점, 특징, 정의, 종류, 구현, 원리, 예제 …). */
  facetWord: boolean;
  /** Headings at the file's top level (one topic per file = 1). */
  topLevel: number;
  /** The ancestor's own text names this heading (its intro lists its parts). */
  announced: boolean;
  /** The heading is a fragment or a numbered instance, not a name (isUnnamedPart). */
  unnamed: boolean;
}

const GENERATED = /에 대해 설명해 주세요\.$/;
const FACET_END = /(장점|단점|장단점|특징|정의|종류|구현|원리|예제|예시|방법|방식|동작|과정|구조|문법|사용법|역할|개념|차이점?|비교|한계|문제점|해결책|유형|기능|특성|목적|이유|효과|작성|활용|적용|사용하기|퀴즈|practice!?)$/i;

const ownProse = (s: Section) =>
  s.blocks
    .filter((b) => b.node.type === "paragraph" || b.node.type === "list" || b.node.type === "blockquote" || b.node.type === "table")
    .map((b) => textOf(b.node))
    .join(" ")
    .replace(/\s+/g, " ").length;

/** A card that is the topic's own: it starts at the heading, or its prompt names the heading. */
const ownsTopic = (c: ParsedCard, s: Section) => c.lineStart === s.line || (s.title.length >= 2 && c.prompt.includes(s.title.slice(0, 20)));

/** Whether a section's own text mentions a title (brackets and numbering dropped). */
function names(s: Section, title: string): boolean {
  const key = title.replace(/\([^()]*\)/g, " ").replace(/^\s*\d{1,2}[.)]\s*/, "").replace(/\s+/g, "").toLowerCase();
  if (key.length < 2) return false;
  const own = s.blocks.map((b) => textOf(b.node)).join(" ").replace(/\s+/g, "").toLowerCase();
  return own.includes(key);
}

/** Words of a title, Korean particles dropped ("스레드의" → "스레드"). */
const words = (t: string) =>
  new Set((t.toLowerCase().replace(/\([^()]*\)/g, " ").match(/[a-z][a-z0-9+#]+|[가-힣]{2,}/g) ?? []).map((w) => (/^[가-힣]{3,}$/.test(w) ? w.replace(/(에서|으로|은|는|이|가|을|를|의|와|과|로|에)$/, "") : w)));

/** Every card nested under another card, with its features and label. */
export function describeParts(text: string, cards: ParsedCard[], matched: Map<number, QuestionLabel>): PartFeatures[] {
  const source = sanitizeSource(text);
  const sections = buildSections(toBlocks(parseMarkdown(source).children, source, []));
  const title = sections.filter((s) => s.depth === 1).length === 1 ? sections.find((s) => s.depth === 1)! : null;
  const kids = new Map<Section, Section[]>();
  for (const s of sections) if (s.parent) kids.set(s.parent, [...(kids.get(s.parent) ?? []), s]);
  const heads = sections.filter((s) => s.heading && s !== title);
  const minDepth = Math.min(...heads.map((s) => s.depth));
  const topLevel = heads.filter((s) => s.depth === minDepth).length;
  const homeOf = (line: number) => {
    let home = sections[0]!;
    for (const s of sections) if (s.line <= line) home = s;
    return home;
  };
  // the cards of each section, in line order (a topic's card may start at its first prose line)
  const cardAt = new Map<number, number[]>();
  cards.forEach((c, i) => {
    const h = homeOf(c.lineStart).line;
    cardAt.set(h, [...(cardAt.get(h) ?? []), i]);
  });
  const out: PartFeatures[] = [];
  cards.forEach((card, i) => {
    if (card.kind === "followup" || card.kind === "steps") return;
    const home = homeOf(card.lineStart);
    const isHeading = !!home.heading && home.line === card.lineStart;
    let ancestor: Section | null = null;
    let ancestorCard = -1;
    for (let s: Section | null = isHeading ? home.parent : home; s && s.heading; s = s.parent) {
      const at = (cardAt.get(s.line) ?? []).filter((j) => j !== i && cards[j]!.kind !== "followup" && cards[j]!.lineStart < card.lineStart && ownsTopic(cards[j]!, s));
      if (at.length > 0) {
        ancestor = s;
        ancestorCard = at[0]!;
        break;
      }
    }
    if (!ancestor) return;
    const generated = GENERATED.test(card.prompt) && !/설명/.test(home.text);
    const l = matched.get(i);
    const ancestorLine = cards[ancestorCard]!.lineStart;
    const label = !l ? "junk" : l.kind === "followup" ? (l.ref === ancestorLine || l.ref === ancestor.line || matched.get(ancestorCard)?.line === l.ref ? "followup-of-ancestor" : "followup-elsewhere") : l.kind === "junk" ? "junk" : l.kind;
    const sub = isHeading ? home : null;
    out.push({
      index: i,
      line: card.lineStart,
      label,
      shape: isHeading ? (generated ? "gen-heading" : "q-heading") : generated ? "gen-line" : "q-line",
      kind: card.kind,
      relDepth: sub ? sub.depth - ancestor.depth : 0,
      ancestorDepth: ancestor.depth,
      ancestorIsTitle: ancestor === title,
      ancestorProse: ownProse(ancestor),
      ancestorGenerated: GENERATED.test(cards[ancestorCard]!.prompt),
      ancestorCardId: cards[ancestorCard]!.id,
      siblings: sub ? (kids.get(sub.parent!) ?? []).length : 0,
      children: sub ? (kids.get(sub) ?? []).length : 0,
      ownLength: sub ? ownProse(sub) : card.answer.length,
      sharesSubject: [...words(ancestor.title)].some((w) => words(sub?.title ?? card.prompt).has(w)),
      facetWord: FACET_END.test((sub?.title ?? card.prompt.replace(GENERATED, "")).replace(/[\s:.)\]]+$/, "")),
      topLevel,
      unnamed: !!sub && isUnnamedPart(sub.title),
      announced: !!sub && names(ancestor, sub.title),
    });
  });
  return out;
}
