/** Lookups over a document's section tree, each computed once per document. */
import type { Section } from "./sections";

/** Child sections per section, computed once per document (keeps every lookup linear overall). */
const CHILDREN = new WeakMap<Section[], Map<Section, Section[]>>();
export function childrenOf(sections: Section[]): Map<Section, Section[]> {
  let map = CHILDREN.get(sections);
  if (!map) {
    map = new Map();
    for (const s of sections) {
      if (!s.parent) continue;
      const list = map.get(s.parent);
      if (list) list.push(s);
      else map.set(s.parent, [s]);
    }
    CHILDREN.set(sections, map);
  }
  return map;
}

/** How many topic/question siblings come before a section, and the first of them (one pass per document). */
const BEFORE = new WeakMap<Section[], Map<Section, { count: number; first: Section | null }>>();
export function topicsBefore(sections: Section[], section: Section): { count: number; first: Section | null } {
  let map = BEFORE.get(sections);
  if (!map) {
    map = new Map();
    const seen = new Map<Section | null, { count: number; first: Section | null }>();
    for (const s of sections) {
      const cur = seen.get(s.parent) ?? { count: 0, first: null };
      map.set(s, { ...cur });
      if (s.role === "topic" || s.role === "question") seen.set(s.parent, { count: cur.count + 1, first: cur.first ?? s });
      else seen.set(s.parent, cur);
    }
    BEFORE.set(sections, map);
  }
  return map.get(section) ?? { count: 0, first: null };
}
