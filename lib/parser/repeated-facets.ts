/**
 * Facets found by repetition. Notes that walk through several items of one
 * kind (scheduling algorithms, graph algorithms, design patterns) give each
 * item the same sub-headings: "Characteristic" and "Issue" under every
 * scheduler, "아이디어" and "구현" under every algorithm. A sub-heading whose
 * text recurs under different parents, at the same depth, is one facet of
 * each parent's explanation, whatever its words, and not a topic of its own.
 */
import type { Nodes } from "mdast";
import { normalizeLabel } from "./labels";
import { REMEDY } from "./remedy-heading";
import type { Section } from "./sections";

/** The heading text as compared across parents: numbering and emphasis aside, lower-cased. */
function facetKey(section: Section): string {
  return normalizeLabel(section.title || section.text).replace(/^\d{1,2}[.)]\s*/, "");
}

/** Text of a node without the text of its links (a "추가 자료" list of links explains nothing). */
function textWithoutLinks(node: Nodes): string {
  if (node.type === "link" || node.type === "linkReference" || node.type === "html" || node.type === "image") return "";
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node.children as Nodes[]).map(textWithoutLinks).join(" ") : "";
}

/** Whether a section says something of its own, links and markup aside. */
function hasOwnWords(section: Section): boolean {
  return section.blocks.some((b) => textWithoutLinks(b.node as Nodes).replace(/[\s\-–—:|*_>#]+/g, "").length >= 10);
}

/**
 * Sub-headings of topics whose text recurs under two or more different topic
 * parents at the same depth (the parents themselves differing in text).
 */
export function findRepeatedFacets(sections: Section[], title: Section | null): Set<Section> {
  const groups = new Map<string, Section[]>();
  for (const s of sections) {
    const parent = s.parent;
    if (s.role !== "topic" || !parent || parent.role !== "topic" || parent === title) continue;
    // "보완 방법" under each problem is the interviewer's next question (extract.ts), not a facet;
    // a recurring list of links ("추가 자료") adds nothing to its topic's answer
    if (REMEDY.test(s.title) || !hasOwnWords(s)) continue;
    const key = `${s.depth}\u001f${facetKey(s)}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  // a recurring heading that holds questions ("### 질문" under each chapter) is a question section
  const asks = new Set<Section>();
  for (const s of sections) if (s.role !== "topic") for (let p = s.parent; p; p = p.parent) asks.add(p);
  const out = new Set<Section>();
  for (const list of groups.values()) {
    const parents = new Set(list.map((s) => facetKey(s.parent!)));
    if (parents.size < 2 || list.some((s) => asks.has(s))) continue;
    for (const s of list) out.add(s);
  }
  return out;
}
