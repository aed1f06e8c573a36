/**
 * The sections of a note about one topic ("# 거품 정렬" over "## Abstract",
 * "## Process (Ascending)", "## 시간복잡도", "## 장점", "## 단점"): each names a
 * facet of explaining that topic, never a topic of its own. Written bare or
 * after the topic's own name ("## 이진 힙의 종류", "## 이진 힙이란?").
 */
import { isGenericPart } from "./generic-part";

/** Facets of explaining an algorithm or structure that {@link isGenericPart} leaves out (it serves every depth). */
const ALGORITHM_FACET = /^((시간|공간)\s*복잡도|복잡도|시간\s*및\s*공간\s*복잡도|abstract|process|time\s*complexity|space\s*complexity|complexity|(java|python|c\+\+|c|js|javascript|kotlin)?\s*(code|코드)|구현\s*코드|코드\s*구현|알고리즘|실습|성능|특성)$/i;

/** Text compared without case, spaces or emphasis marks ("**ARC**란" ~ "arc란"). */
export const squeezed = (text: string) => text.toLowerCase().replace(/[\s`*_]+/g, "");

/**
 * The part of a heading left once the topic's name that opens it is taken off ("이진 힙(Binary Heap)의 종류" → "종류"),
 * or null when it does not open so.
 */
function afterTopic(heading: string, topic: string): { rest: string } | null {
  const name = topic.trim();
  if (!name || !squeezed(heading).startsWith(squeezed(name))) return null;
  // (the topic's name as written, spaces perhaps dropped: walk the heading until as many non-space characters are passed)
  let seen = 0;
  let at = 0;
  const need = squeezed(name).length;
  while (at < heading.length && seen < need) if (!/[\s`*_]/.test(heading[at++]!)) seen++;
  const after = heading.slice(at);
  return { rest: after.replace(/^\s*(의|에\s*대한|에서의)?\s*/, "").trim() };
}

/** Whether a section heading under a note's one topic is a facet of explaining it. */
export function namesTitleFacet(heading: string, topic: string): boolean {
  const bare = heading.replace(/^\s*\d{1,2}[.)]\s*/, "").trim();
  const named = afterTopic(bare, topic);
  // ("이진 힙이란?", "이란?": the definition of the topic itself)
  if (named && /^(이란|란|이란\s*무엇인가요?|은|는)?\s*[?？]?$/.test(named.rest)) return true;
  const t = (named?.rest ?? bare).replace(/\s*[(（][^()（）]{0,30}[)）]\s*$/, "").trim();
  return isGenericPart(t) || ALGORITHM_FACET.test(t);
}
