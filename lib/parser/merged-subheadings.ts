/**
 * The import's "merge sub-headings" switch: how finely a topic note is cut
 * into cards is the writer's call, and notes alike in every marker are cut
 * both ways ("## Join" over "### INNER JOIN", "### LEFT JOIN" is one
 * question to one reader and four to another). With the switch on, a topic's
 * sub-headings become its answer whenever every one of them is a leaf topic.
 */
import { headingOf } from "./heading-roles";
import type { Section } from "./sections";

function childrenOf(sections: Section[]): Map<Section, Section[]> {
  const kids = new Map<Section, Section[]>();
  for (const s of sections) if (s.parent) kids.set(s.parent, [...(kids.get(s.parent) ?? []), s]);
  return kids;
}

/**
 * The sub-headings the switch folds, each mapped to the topic it joins: the
 * noun sub-headings of a noun-phrase topic (never the note's title) when none
 * of them asks or has sub-headings of its own. One level only: a topic whose
 * parts are explained under headings of their own keeps them as cards. Labels
 * beside them (꼬리 질문, 참고) stay what they are. A heading that asks keeps
 * its noun sub-headings: under a question they are as often the follow-ups a
 * note marks for it ("### ✅ …설명해 주세요" over "#### ✅ …의 비용").
 */
export function findMergeableSubheadings(sections: Section[], title: Section | null): Map<Section, Section> {
  const kids = childrenOf(sections);
  const merged = new Map<Section, Section>();
  for (const topic of sections) {
    if (topic === title || topic.depth === 0 || topic.role !== "topic") continue;
    // (a bare anchor over the real heading, "## #2-1" over "#### Bubble Sort", names nothing to merge into)
    if (!/\p{L}{2}/u.test(topic.title)) continue;
    const parts = (kids.get(topic) ?? []).filter((k) => k.role !== "label");
    if (parts.length === 0 || parts.some((k) => k.role !== "topic" || (kids.get(k)?.length ?? 0) > 0)) continue;
    for (const part of parts) merged.set(part, topic);
  }
  return merged;
}

/**
 * How many cards the switch would fold away: the cards (follow-ups aside) that
 * start inside a mergeable sub-heading's own text, before the next heading.
 */
export function countMergeableCards(sections: Section[], title: Section | null, cards: { lineStart: number; kind: string }[]): number {
  const spans = [...findMergeableSubheadings(sections, title).keys()].map((s) => [s.line, sections[s.index + 1]?.line ?? Infinity] as const);
  return cards.filter((c) => c.kind !== "followup" && spans.some(([from, to]) => c.lineStart >= from && c.lineStart < to)).length;
}

/** Folds the mergeable sub-headings into their topics (heading kept in the answer); returns the sections left. */
export function mergeSubheadings(sections: Section[], title: Section | null): Section[] {
  const merged = findMergeableSubheadings(sections, title);
  if (merged.size === 0) return sections;
  const kept: Section[] = [];
  for (const s of sections) {
    const topic = merged.get(s);
    if (topic) topic.blocks.push(...headingOf(s), ...s.blocks);
    else kept.push(s);
  }
  kept.forEach((s, i) => (s.index = i));
  return kept;
}
