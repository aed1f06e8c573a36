/**
 * A question heading with nothing of its own, answered by the bracketed
 * group headings that follow it at its own depth ("### 왜 B-트리를 쓸까",
 * "### [ 디스크 접근 ]", "### [ 노드 크기 ]"): a flat outline written
 * without deeper levels, where the groups are the question's answer.
 */
import type { Section } from "./sections";
import { isDescendant } from "./sections";

/** "[ 인덱스 설정 : MySQL ]": a heading written as a bracketed group label. */
const BRACKETED = /^\s*\[[^\]]+\]\s*$/;

/**
 * The sections (each bracketed sibling with its sub-sections) that answer
 * the empty question heading at `index`, in order; empty when the next
 * sibling is not a bracketed group heading. The run stops at the first
 * sibling that is not bracketed, or that asks or labels.
 */
export function bracketedAnswerRun(sections: Section[], index: number): Section[] {
  const section = sections[index]!;
  const out: Section[] = [];
  let j = index + 1;
  while (j < sections.length && isDescendant(sections[j]!, section)) j++;
  while (j < sections.length) {
    const next = sections[j]!;
    if (next.depth !== section.depth || next.parent !== section.parent || next.role !== "topic" || !BRACKETED.test(next.text)) break;
    out.push(next);
    j++;
    while (j < sections.length && isDescendant(sections[j]!, next)) out.push(sections[j++]!);
  }
  return out;
}
