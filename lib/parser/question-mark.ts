/**
 * The mark a note puts on its question headings ("### ✅ …설명해 주세요"),
 * worn by a noun sub-heading under one of them ("#### ✅ 프로세스의 자원
 * 공유"): the note marks that sub-heading as the interviewer's next question,
 * not as a part of the answer above it.
 */
import { isGenericPart } from "./generic-part";
import type { Section } from "./sections";

const LEADING_MARK = /^\s*(\p{Extended_Pictographic}|[■□▪▶▷►●◆◇★☆✓✔])[\u{FE0F}\u{200D}]*/u;

/** The symbol a heading opens with ("✅", "📌", "■"), or "" when it opens with a word, a number or markup. */
export function headingMark(text: string): string {
  return LEADING_MARK.exec(text)?.[1] ?? "";
}

/**
 * Whether a topic sub-heading of a question heading wears the mark the note
 * keeps for its questions: the same opening symbol as that question, used by
 * two or more question headings and by no topic heading at the question's
 * depth or above (a mark every section wears, "📌", says nothing). A bare
 * "장점" or "예시" stays a part, marked or not.
 */
export function wearsQuestionMark(sections: Section[], section: Section): boolean {
  const asker = section.parent;
  if (section.role !== "topic" || !asker || asker.role !== "question") return false;
  // ("#### ✅ 장점" alone names a part of the answer, not a question anyone would ask)
  if (isGenericPart(section.title) && !/\s/.test(section.title.trim())) return false;
  const mark = headingMark(section.text);
  if (!mark || headingMark(asker.text) !== mark) return false;
  const marked = sections.filter((s) => headingMark(s.text) === mark);
  return marked.filter((s) => s.role === "question").length >= 2 && !marked.some((s) => s.role === "topic" && s.depth <= asker.depth);
}
