/**
 * A heading whose sub-headings hold nothing ("# 스터디 주제" over "## ☕ JAVA",
 * "## 💾 DB" …, no line of text anywhere): an outline still to be written.
 * Its card would only list the sub-headings' names, which answer nothing.
 */
import type { Block } from "./blocks";
import { isQuestion } from "./questions";
import { isDescendant, type Section } from "./sections";

/**
 * Whether the section at `index` and every section under it hold no text but
 * headings, with two sub-headings or more (one empty sub-heading is a
 * heading level, not an outline).
 */
export function isEmptyOutline(sections: Section[], index: number, isNoise: (b: Block) => boolean): boolean {
  const section = sections[index]!;
  // (sub-headings read as parts of this one are already folded into its blocks: a heading is no text)
  // (a heading that asks, or was made to ask by the line under it, "### REDIS-001" over "…무엇인가요?", is a question, not an empty heading)
  const holdsText = (s: Section) => s.role === "question" || s.blocks.some((b) => !isNoise(b) && b.node.type !== "heading");
  if (holdsText(section)) return false;
  let below = section.blocks.filter((b) => b.node.type === "heading").length;
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) {
    if (holdsText(sections[j]!)) return false;
    below++;
  }
  return below >= 2;
}

/** Headings that name a facet any topic has, not the answer itself: "## 목적", "## Priority", "## OOM Killer와의 차이점". */
const FACET = /(목적|장점|단점|장단점|특징|종류|정의|개념|원리|구조|역할|우선\s*순위|예시|예제|사용법|사용\s*방법|필요성|한계|문제점|해결\s*방법|차이점?|비교|동작\s*(방식|과정)|priority|purpose|pros|cons|overview|example|usage|definition)$/i;

/**
 * Whether an answer is only the outline of one still to be written: two short
 * sub-headings or more with nothing under them but a link saying where to read
 * ("> goto [노트](…)" over "## Application Context", "## Activity Context"), or
 * facets any topic has ("## 목적", "## Priority", "## …와의 차이점"), or anything under
 * a request to explain. Headings that name the answer's own points ("### 일관성",
 * "### 가용성") answer a question that asks for their names.
 */
export function isOutlineOnly(answer: string, asksToExplain: boolean, onlyPoints: (text: string) => boolean): boolean {
  const lines = answer.split("\n").filter((l) => l.trim());
  // (an answer written in heading type, "#### 브라우저의 기본적인 역할은 …이다.", is text all the same)
  const short = (l: string) => /^\s{0,3}#{1,6}\s/.test(l) && l.replace(/^\s*#+\s*/, "").trim().length <= 40 && !/(다|요|음|함)[.!]?\s*$|[.。]\s*$/.test(l);
  const headings = lines.filter(short).map((l) => l.replace(/^\s*#+\s*/, "").replace(/[*_`]/g, "").trim());
  if (headings.length < 2) return false;
  const rest = lines.filter((l) => !short(l)).join("\n");
  if (rest.trim()) return onlyPoints(rest);
  // (names alone explain nothing: under "…설명하세요" they are the points of an answer not yet written)
  // (…nor does an outline one of whose empty headings asks, "#### 0. …가 왜 필요한가" over "#### 1. 쿠키(Cookie)": a plan)
  return asksToExplain || headings.some(asks) || headings.every((h) => FACET.test(h.replace(/\([^()]*\)/g, "").trim()));
}

/** The headings of an outline-only answer that ask ("#### 0. 웹 스토리지가 왜 필요한가"): questions still to be answered. */
export function askingHeadings(answer: string): string[] {
  return answer
    .split("\n")
    .filter((l) => /^\s{0,3}#{1,6}\s/.test(l))
    .map((l) => l.replace(/^\s*#+\s*/, "").replace(/[*_`]/g, "").trim())
    .filter(asks)
    .map((h) => h.replace(/^\d{1,2}[.)]\s*/, ""));
}

/** An empty heading that asks ("0. 쿠키, 웹 스토리지가 왜 필요한가"): a question still to be answered, no point of an answer. */
const asks = (heading: string) => {
  const h = heading.replace(/^\d{1,2}[.)]\s*/, "");
  // ("…가 왜 필요한가": an interrogative word and a questioning ending, with or without "?")
  return isQuestion(h) || /(^|\s)(왜|어떻게|무엇을?|언제|어디서?|어떤)\s[^\n]*(는가|은가|인가|한가|할까|을까|나요|가요|는지|은지|인지)\s*[?？]?$/.test(h);
};
