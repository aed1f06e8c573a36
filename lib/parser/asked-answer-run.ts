/**
 * "## 질문" + the question, then its answer under sibling headings: the
 * answer heading may come after a keywords heading ("## 핵심 키워드" then
 * "## 답변") and be followed by headings that only go on explaining it
 * ("## 상세 설명", "## 코드 예시"). Interview-prep templates write a question
 * this way; without the run each of those headings became a card of its own.
 */
import { isGenericPart } from "./generic-part";
import { normalizeLabel } from "./labels";
import { isDescendant, type Section } from "./sections";

/** Keywords written before the answer: part of what to say. */
const KEYWORDS = /^(핵심\s*)?(키워드|포인트|용어)(\s*정리)?$|^key\s*(words?|points?|terms?)$/;
/** Headings that go on with the answer: a longer explanation, its code, its pros and cons. */
const CONTINUES = /^((상세|자세한|부연|추가|보충)\s*설명|(코드|구현)\s*예(시|제)|예(시|제)\s*코드|코드|장단점|(핵심\s*)?요약|정리)$/;

function isKeywords(s: Section): boolean {
  return KEYWORDS.test(normalizeLabel(s.text));
}

function continuesAnswer(s: Section): boolean {
  const norm = normalizeLabel(s.text);
  return CONTINUES.test(norm) || isKeywords(s) || isGenericPart(norm);
}

/**
 * The sibling sections that answer an asked label at `index`, in order (with
 * the answer heading's position in the run), or null when no answer heading
 * follows within two keyword headings. Only siblings at the label's level
 * under its parent count; their sub-sections go with them.
 */
export function askedAnswerRun(sections: Section[], index: number, isAnswer: (s: Section) => boolean): { run: number[]; answerAt: number } | null {
  const section = sections[index]!;
  const run: number[] = [];
  let answerAt = -1;
  // walk the siblings only as far as the run goes (a note of many "### 질문" stays linear)
  for (let j = index + 1; j < sections.length; j++) {
    const s = sections[j]!;
    if (isDescendant(s, section)) continue;
    if (s.depth < section.depth || (s.depth === section.depth && s.parent !== section.parent)) break;
    if (s.parent !== section.parent || s.depth !== section.depth) continue;
    if (answerAt === -1) {
      if (isAnswer(s)) answerAt = run.length;
      else if (run.length >= 2 || !isKeywords(s)) return null;
    } else if (!continuesAnswer(s)) break;
    run.push(j);
  }
  return answerAt === -1 ? null : { run, answerAt };
}
