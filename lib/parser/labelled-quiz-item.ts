/**
 * A quiz sheet's item under a heading that only numbers it ("## 문제 1"):
 * field lines first ("**유형**: OX형", "**난이도**: 중"), then the question on
 * a line labelled "**문제**:", asked ("…서술하세요.", "…고르시오.") or stated
 * for a true-or-false answer ("…스택 영역을 공유한다."), then its answer (a
 * reveal fold, "정답 확인하기"). The label and the fields are the item's dress,
 * not words of its question: without this the card asked "문제 1".
 */
import type { Block } from "./blocks";
import { afterFirstLine } from "./first-line";
import { textOf } from "./markdown";

/** "유형: 객관식", "난이도: 중": a short field describing the item. */
const FIELD = /^(문제\s*)?(유형|형식|난이도|분류|카테고리|배점|출제|type|difficulty|category|level)\s*[:：]\s*\S[^\n]{0,30}$/i;
/** "**문제**: …", "**문제:** …", "**문제** …", "문제: …" on the source line (a bare "문제 …" is a sentence about a problem). */
const LABEL_IN_SOURCE = /^\s*(?:(\*\*|__)문제\s*[:：]?\1|문제\s*[:：])/;
/** The label as the text reads once emphasis is gone. */
const LABEL_IN_TEXT = /^\s*문제\s*[:：]?\s*/;

export interface QuizQuestion {
  question: string;
  /** The lines after the question's own, when its paragraph goes on. */
  rest?: Block;
  /** The block the question was read from: it and the fields before it are no part of the answer. */
  at: Block;
}

/** The labelled question of a numbered quiz item, its fields skipped, or null. */
export function labelledQuizQuestion(content: Block[], source: string): QuizQuestion | null {
  let i = 0;
  while (i < content.length && content[i]!.node.type === "paragraph" && FIELD.test(textOf(content[i]!.node).trim())) i++;
  const block = content[i];
  if (!block || block.node.type !== "paragraph") return null;
  if (!LABEL_IN_SOURCE.test(source.slice(block.start, block.end))) return null;
  const question = textOf(block.node).trim().split("\n")[0]!.replace(LABEL_IN_TEXT, "").trim();
  // (a label over a table or code, "**문제**:" alone on its line: the question is written below what it shows)
  if (question.length < 5) return null;
  const rest = afterFirstLine(block, source);
  return { question, ...(rest ? { rest } : {}), at: block };
}
