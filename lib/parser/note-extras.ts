/**
 * The parts a study note adds around its questions: what to know first
 * ("선행 지식: 없음"), a one-line wrap-up ("한 줄 정리"), a table of
 * common mistakes ("자주 하는 실수"). Written as a section of their own
 * with nothing under them, they ask nothing an interviewer would.
 */
import { normalizeLabel } from "./labels";

const EXTRAS = /^((선행|사전|선수)\s*지식|prerequisites?|한\s*줄\s*(정리|요약)|(자주\s*하는|흔한|흔히\s*하는)\s*(실수|오해)(\s*(모음|정리))?|common\s+mistakes)$/i;

/** Whether a heading names one of a note's extras (prerequisites, a one-line wrap-up, common mistakes). */
export function isNoteExtra(heading: string): boolean {
  const norm = normalizeLabel(heading);
  return EXTRAS.test(norm);
}
