/**
 * A heading whose sub-headings hold nothing ("# 스터디 주제" over "## ☕ JAVA",
 * "## 💾 DB" …, no line of text anywhere): an outline still to be written.
 * Its card would only list the sub-headings' names, which answer nothing.
 */
import type { Block } from "./blocks";
import { isDescendant, type Section } from "./sections";

/**
 * Whether the section at `index` and every section under it hold no text but
 * headings, with two sub-headings or more (one empty sub-heading is a
 * heading level, not an outline).
 */
export function isEmptyOutline(sections: Section[], index: number, isNoise: (b: Block) => boolean): boolean {
  const section = sections[index]!;
  // (sub-headings read as parts of this one are already folded into its blocks: a heading is no text)
  const holdsText = (s: Section) => s.blocks.some((b) => !isNoise(b) && b.node.type !== "heading");
  if (holdsText(section)) return false;
  let below = section.blocks.filter((b) => b.node.type === "heading").length;
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) {
    if (holdsText(sections[j]!)) return false;
    below++;
  }
  return below >= 2;
}

/**
 * An answer's lines other than its short sub-headings, or null when it has fewer than two:
 * "## 목적\n## Priority" under a question is the outline of an answer still to
 * be written, and a link beside it ("> goto [노트](…)") only says where to read.
 */
export function textBesideHeadings(answer: string): string | null {
  const lines = answer.split("\n").filter((l) => l.trim());
  // (an answer written in heading type, "#### 브라우저의 기본적인 역할은 …이다.", is text all the same)
  const rest = lines.filter((l) => !/^\s{0,3}#{1,6}\s/.test(l) || l.replace(/^\s*#+\s*/, "").trim().length > 40 || /(다|요|음|함)[.!]?\s*$|[.。]\s*$/.test(l));
  // (two sub-headings or more: one short heading line may well be the answer, set large)
  return rest.length <= lines.length - 2 ? rest.join("\n") : null;
}
