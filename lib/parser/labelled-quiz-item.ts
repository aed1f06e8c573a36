/**
 * A quiz sheet's item under a heading that only numbers it ("## 문제 1",
 * "## Q1"): field lines first ("**유형**: OX형", "**난이도**: 중"), in
 * paragraphs of their own or one under another, then the question on a line
 * labelled "**문제**:", asked ("…서술하세요.", "…고르시오.") or stated for a
 * true-or-false answer ("…스택 영역을 공유한다."), on as many lines as it
 * takes, then its answer (a reveal fold, "정답 확인하기", or "**정답**: …"
 * lines). The label and the fields are the item's dress, not words of its
 * question: without this the card asked "문제 1" or "유형: OX".
 */
import type { Block } from "./blocks";
import { afterFirstLine } from "./first-line";
import { textOf } from "./markdown";
import { isQuestion, isRequest } from "./questions";

/** "유형: 객관식", "난이도: 중": a short field describing the item. */
export const FIELD = /^(문제\s*)?(유형|형식|난이도|분류|카테고리|배점|출제|type|difficulty|category|level)\s*[:：]\s*\S[^\n]{0,30}$/i;
/** "**문제**: …", "**문제:** …", "**문제** …", "문제: …" on the source line (a bare "문제 …" is a sentence about a problem). */
// (the colon after a bold label, "**문제**:", is the label's too: quiz-stem.ts strips the whole label off a line)
export const LABEL_IN_SOURCE = /^\s*(?:(\*\*|__)\s*(문제|질문)\s*[:：]?\s*\1\s*[:：]?|(문제|질문)\s*[:：])/;
/** The label as the text reads once emphasis is gone. */
const LABEL_IN_TEXT = /^\s*(문제|질문)\s*[:：]?\s*/;
/** A line that starts the answer or the choices: "정답: O", "**해설**: …", "보기:". */
const ANSWER_LINE = /^\s*(정답|답|해설|풀이|보기|선택지|answer)\s*[:：]/i;

export interface QuizQuestion {
  question: string;
  /** The lines after the question's own, when its paragraph goes on. */
  rest?: Block;
  /** The block the question was read from: it and the fields before it are no part of the answer. */
  at: Block;
  /** A question written below what it shows, after the label's own block: no part of the answer either. */
  drop?: Block[];
}

/** What a quiz item shows before its question: a table, code, a figure. */
const SHOWN = new Set(["table", "code", "html"]);

/**
 * "**문제**:" alone over a table or code, then the question ("위의 테이블에서
 * 후보키가 될 수 있는 것을 모두 고르시오."): the paragraphs right after that
 * material that ask, an instruction and its question read together.
 */
function askedBelowMaterial(content: Block[], label: number): Block[] {
  let i = label + 1;
  while (i < content.length && SHOWN.has(content[i]!.node.type)) i++;
  if (i === label + 1) return [];
  // ("다음 표를 보고 답하시오." then "후보키를 모두 쓰시오.": an instruction and its question, asked together)
  const asked: Block[] = [];
  for (; i < content.length && content[i]!.node.type === "paragraph"; i++) {
    const text = textOf(content[i]!.node).trim();
    if (ANSWER_LINE.test(text) || !(isQuestion(text) || isRequest(text))) break;
    asked.push(content[i]!);
  }
  return asked;
}

/** A paragraph from its `skip`-th line on (0: the paragraph itself), or null past its end. */
function fromLine(block: Block, source: string, skip: number): Block | null {
  let b: Block | null = block;
  for (let i = 0; i < skip && b; i++) b = afterFirstLine(b, source);
  return b;
}

/** The labelled question of a numbered quiz item, its fields skipped, or null. */
export function labelledQuizQuestion(content: Block[], source: string): QuizQuestion | null {
  for (const block of content) {
    if (block.node.type !== "paragraph") return null;
    const lines = textOf(block.node).trim().split("\n").map((l) => l.trim());
    const fields = lines.findIndex((l) => !FIELD.test(l));
    // (a paragraph of fields only: the next paragraph may hold the question)
    if (fields === -1) continue;
    const asked = fromLine(block, source, fields);
    if (!asked || !LABEL_IN_SOURCE.test(source.slice(asked.start, asked.end))) return null;
    const own = lines.slice(fields);
    const end = own.findIndex((l, i) => i > 0 && (ANSWER_LINE.test(l) || FIELD.test(l)));
    const questionLines = end === -1 ? own : own.slice(0, end);
    const question = questionLines.join(" ").replace(LABEL_IN_TEXT, "").trim();
    // (a label over a table or code, "**문제**:" alone on its line: the question is written below what it shows)
    if (question.length < 5) {
      const below = question === "" && end === -1 ? askedBelowMaterial(content, content.indexOf(block)) : [];
      const asked = below.map((b) => textOf(b.node).trim().replace(/\s*\n\s*/g, " ")).join(" ");
      return below.length > 0 ? { question: asked, at: block, drop: below } : null;
    }
    const rest = end === -1 ? null : fromLine(asked, source, end);
    return { question, ...(rest ? { rest } : {}), at: block };
  }
  return null;
}
