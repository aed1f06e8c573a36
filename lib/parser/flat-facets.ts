/**
 * Facets written at their topic's own depth: "### 3-Way Handshake", then
 * "### 과정", "### 목적", then "### 4-Way Handshake", "### 과정". The writer
 * did not nest them, but each facet names a side of the topic just before it,
 * not of the heading above both. Such a facet is moved under that topic, as if
 * it had been nested there.
 */
import type { Block } from "./blocks";
import { isGenericPart } from "./generic-part";
import { isDescendant, type Section } from "./sections";

/** Re-parent facet headings that follow a named topic at its own depth (sections are changed in place). */
export function nestFlatFacets(sections: Section[]): void {
  for (const [i, facet] of sections.entries()) {
    if (!isFacet(facet) || !facet.heading || !facet.parent?.heading) continue;
    const topic = previousSibling(sections, i);
    if (!topic || topic.role !== "topic" || isFacet(topic) || !topic.blocks.some(saysSomething)) continue;
    // (only a named part the writer repeats for topic after topic, "과정" or "왜 중요한가", shows whose it is, and so
    // does any facet right after one moved; said once, or a word such as "예시" or "특징", it is as often the parent's:
    // "## TCP" over "### 연결 지향" and "### 주요 특징" is TCP's feature)
    const chained = previousSiblingMoved(sections, i, topic) && !WEIGHS_OR_SUMS.test(facetName(facet));
    if (!chained && !(facet.role === "label" && repeatsAmongSiblings(sections, facet))) continue;
    // (a topic with sub-headings of its own shows the writer nests: a facet after them is its parent's)
    if (sections.some((s, j) => j < i && s.parent === topic && !isFacetMovedUnder(s, topic))) continue;
    moveUnder(sections, i, topic);
  }
}

/** Whether another facet of the same name sits under the same parent ("### 과정" after each of two handshakes). */
function repeatsAmongSiblings(sections: Section[], facet: Section): boolean {
  const name = facetName(facet);
  return sections.some((s) => s !== facet && (s.parent === facet.parent || (s.parent?.parent === facet.parent && isFacetMovedUnder(s, s.parent!))) && isFacet(s) && facetName(s) === name);
}

/** Whether the sibling right before the facet is a facet already moved under `topic`. */
function previousSiblingMoved(sections: Section[], index: number, topic: Section): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const s = sections[k]!;
    if (s.parent === topic && isFacetMovedUnder(s, topic)) return true;
    if (s === topic) return false;
  }
  return false;
}

/** Facets that weigh, compare or sum up ("차이점", "장단점", "정리"): after the parts, they are as often of everything before. */
const WEIGHS_OR_SUMS = /(차이|비교|공통점|정리|요약|결론|장점|단점|한계|문제점)/;

const facetName = (s: Section) => s.title.replace(/^\s*\d{1,2}[.)]\s*/, "").replace(/\s+/g, "").toLowerCase();

/** The section before `index` under the same parent at the same depth, past its sub-sections. */
function previousSibling(sections: Section[], index: number): Section | null {
  const facet = sections[index]!;
  for (let k = index - 1; k >= 0; k--) {
    const s = sections[k]!;
    if (s === facet.parent) return null;
    if (s.parent === facet.parent) return s.depth === facet.depth ? s : null;
    // (a facet moved under that sibling already: the sibling is still the one before)
    if (s.parent && s.parent.parent === facet.parent && s.parent.depth === facet.depth && isFacetMovedUnder(s, s.parent)) return s.parent;
  }
  return null;
}

/** A heading naming one side of a topic: "목적", "장점", or a part label such as "과정", "왜 중요한가". */
function isFacet(s: Section): boolean {
  if (s.role === "label") return s.label === "steps" || s.label === "why";
  return s.role === "topic" && isGenericPart(s.title.replace(/^\s*\d{1,2}[.)]\s*/, ""));
}

/** Whether `s` is a facet this pass moved under `topic` (one level below it, its heading still at the topic's level). */
function isFacetMovedUnder(s: Section, topic: Section): boolean {
  return s.parent === topic && s.depth === topic.depth + 1 && (s.heading?.depth ?? 0) === topic.depth;
}

/** Move the section at `index` and its sub-sections one level under `topic`. */
function moveUnder(sections: Section[], index: number, topic: Section): void {
  const facet = sections[index]!;
  const below = sections.filter((s, j) => j > index && isDescendant(s, facet));
  facet.parent = topic;
  for (const s of [facet, ...below]) {
    s.depth += 1;
    s.path = [...s.parent!.path, s.text];
  }
}

/** A block with words: text of its own, not a heading. */
function saysSomething(b: Block): boolean {
  return b.node.type !== "heading" && b.node.type !== "thematicBreak" && b.node.type !== "html";
}
