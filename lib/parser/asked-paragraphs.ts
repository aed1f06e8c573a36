/**
 * A note with no headings and no markup, written as plain paragraphs: a
 * one-line question ("앱이 In-Active 상태가 되는 시나리오를 설명하시오."), then
 * its answer in the paragraphs after it, then the next question (often after
 * a "---" rule). Nothing marks the questions but their asking, so the note
 * made no card at all. Read only when the note's first words ask, two
 * questions or more, and every question has an answer in words (code alone
 * is the question's material); anything else stays as the note's body.
 */
import type { Paragraph } from "mdast";
import type { Block } from "./blocks";
import { isNoise } from "./draft";
import { textOf } from "./markdown";
import { hasQuestionPrefix, isQuestion, isRequest } from "./questions";
import { paragraphAt } from "./callouts";

export interface AskedParagraph {
  question: string;
  line: number;
  answer: Block[];
}

/** Two questions or more: one asking line over a body is as often the note's title written with "?" ("…운영방안?"). */
const MIN_QUESTIONS = 2;

/** A question longer than this is a paragraph of prose that happens to end in "?". */
const QUESTION_MAX = 160;

/** The question a paragraph asks on one line of plain text, or null. */
function askingLine(block: Block): string | null {
  if (block.node.type !== "paragraph") return null;
  const text = textOf(block.node as Paragraph).trim();
  if (!text || text.includes("\n") || text.length > QUESTION_MAX) return null;
  return isQuestion(text) || isRequest(text) ? text : null;
}

/**
 * The questions of a headingless note written as asking paragraphs, each with
 * the blocks up to the next question as its answer; null when the note does
 * not open with a question or a question goes unanswered.
 */
export function askedParagraphs(blocks: Block[], source: string): AskedParagraph[] | null {
  const content = blocks.filter((b) => !isNoise(b, source));
  const out: AskedParagraph[] = [];
  // (questions jotted on adjacent lines, "데드락이란 무엇인가요?" then "…네 가지 조건은 무엇인가요?", each asked on its own:
  // each unanswered unless the last is answered below, never one answering another)
  const stacked = new Set<AskedParagraph>();
  for (const b of content) {
    const question = askingLine(b);
    const lines = question ? [] : stackedQuestions(b);
    const glued = question || lines.length > 0 ? null : gluedAnswer(b, source);
    if (glued) out.push({ question: glued.question, line: b.line, answer: [glued.answer] });
    else if (question) out.push({ question, line: b.line, answer: [] });
    else if (lines.length > 0) {
      for (const [i, q] of lines.entries()) out.push({ question: q, line: b.line + i, answer: [] });
      for (const q of out.slice(-lines.length)) stacked.add(q);
    } else if (out.length === 0) return null;
    else out.at(-1)!.answer.push(b);
  }
  // (code alone under a question is what it asks about, "Question: What is the value of foo?" over a snippet: no answer)
  const answered = (q: AskedParagraph) => q.answer.some((b) => b.node.type !== "code" && textOf(b.node).trim().length > 0);
  return out.filter(answered).length >= MIN_QUESTIONS && out.every((q) => answered(q) || stacked.has(q)) ? out : null;
}

/** The lines of a paragraph when every one of them asks (two or more), each a question on its own; else none. */
function stackedQuestions(block: Block): string[] {
  if (block.node.type !== "paragraph") return [];
  const lines = textOf(block.node as Paragraph).split("\n").map((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => l.length <= QUESTION_MAX && (isQuestion(l) || isRequest(l)) && !musesAloud(l)) ? lines : [];
}

/**
 * "그럼 … 어떻게 될까?", "예를 들어 어떤 경우가 안 좋은 설계일까?", "…어떻게 알까? 루트에서 …본다.": the writer asking aloud
 * inside an explanation (plain "-까?", a lead-in, or the answer on the question's own line), not a question put to the reader.
 */
function musesAloud(line: string): boolean {
  return /[?？]\s+\S/.test(line) || /(?<!요)까\s*[?？]?$/.test(line) || /^(그럼|그러면|그렇다면|그런데|예를\s*들(어|면)|예컨대|왜냐하면)[\s,]/.test(line);
}

/**
 * "DataSource는 무엇인가요?" with its answer on the lines right under it, no blank line between: one paragraph,
 * its first line the question and the rest the answer (placed in the source as a paragraph of its own).
 */
function gluedAnswer(block: Block, source: string): { question: string; answer: Block } | null {
  if (block.node.type !== "paragraph") return null;
  const raw = source.slice(block.start, block.end);
  const cut = raw.indexOf("\n");
  const first = raw.slice(0, cut).trim();
  const rest = raw.slice(cut + 1);
  if (cut === -1 || first.length > QUESTION_MAX || !(isQuestion(first) || isRequest(first)) || !rest.trim() || (musesAloud(first) && !hasQuestionPrefix(first))) return null;
  // ("질문 1. …?" over "답변 : …": a marked pair, read as such elsewhere (marked-question-runs.ts))
  if (/^\s*(답변?|A|Answer)\s*\d{0,3}\s*[.:：)]/im.test(rest)) return null;
  const start = block.start + cut + 1;
  const answer = paragraphAt(source, start, block.end, block.line + 1);
  return { question: first, answer: { node: answer, start, end: block.end, line: block.line + 1, endLine: block.endLine } };
}
