/**
 * Facets found by repetition. Notes that walk through several items of one
 * kind (scheduling algorithms, graph algorithms, design patterns) give each
 * item the same sub-headings: "Characteristic" and "Issue" under every
 * scheduler, "아이디어" and "구현" under every algorithm. A sub-heading whose
 * text recurs under different parents, at the same depth, is one facet of
 * each parent's explanation, whatever its words, and not a topic of its own —
 * unless, under one of them, it is an item of a list of distinct named things:
 * "일관성(Consistency)" beside "원자성" and "고립성" under the ACID properties, and
 * again beside "가용성" under the CAP theorem, is a property each time, not a facet.
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

/** Whether `section` stands among two or more named siblings none of which is a facet (part-worded or recurring). */
function isListedItem(section: Section, sections: Section[], facetKeys: Set<string>, isPart: (s: Section) => boolean): boolean {
  const siblings = sections.filter((x) => x !== section && x.parent === section.parent && x.depth === section.depth && x.role === "topic");
  return siblings.length >= 2 && siblings.every((x) => !isPart(x) && !facetKeys.has(`${x.depth}\u001f${facetKey(x)}`));
}

/**
 * Sub-headings of topics whose text recurs under two or more different topic
 * parents at the same depth (the parents themselves differing in text).
 * `isPart` says whether a heading's own words make it a part of its parent's answer.
 */
export function findRepeatedFacets(sections: Section[], title: Section | null, isPart: (s: Section) => boolean): Set<Section> {
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
  const recurring = [...groups].filter(([, list]) => new Set(list.map((s) => facetKey(s.parent!))).size >= 2 && !list.some((s) => asks.has(s)));
  const facetKeys = new Set(recurring.map(([key]) => key));
  const out = new Set<Section>();
  for (const [, list] of recurring) {
    if (!isPart(list[0]!) && list.some((s) => isListedItem(s, sections, facetKeys, isPart))) continue;
    for (const s of list) out.add(s);
  }
  return out;
}
