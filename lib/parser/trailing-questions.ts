/**
 * Questions jotted after an answer, a line each with nothing under them
 * ("> DBCP에 대해 설명해주세요." answered, then "DB Lock에 대해 설명해주세요.",
 * "트리거가 무엇인지 설명해주세요." …): the note's next questions, still to be
 * answered, not the end of that answer.
 */
import { hedges } from "./numbered-paragraphs";
import { isPlaceholderAnswer } from "./placeholder-answer";
import { isQuestion, isRequest } from "./questions";

/** A paragraph that is one sentence asking with its mark or requesting ("…설명해주세요."), never a hedge. */
export function asksInOneLine(paragraph: string): boolean {
  const line = paragraph.replace(/[*_`]/g, "").trim();
  if (line.includes("\n") || line.length > 100 || /^([-*+>#|]|\d{1,3}[.)]|```|~~~|<)/.test(line) || /[.!。]\s+\S/.test(line) || isPlaceholderAnswer(line)) return false;
  return (/[?？]$/.test(line) && isQuestion(line) && !hedges(line)) || (/(주세요|하세요|하시오|보세요)[.!]?$/.test(line) && isRequest(line));
}

/**
 * The answer without the questions jotted after it, and those questions, when
 * two or more such one-line paragraphs end it and something else comes before them.
 */
export function splitTrailingQuestions(answer: string): { answer: string; asked: string[] } | null {
  const paragraphs = answer.trimEnd().split(/\n[ \t]*\n/);
  let from = paragraphs.length;
  while (from > 0 && asksInOneLine(paragraphs[from - 1]!)) from--;
  const asked = paragraphs.slice(from).map((p) => p.replace(/[*_`]/g, "").trim());
  if (asked.length < 2 || from === 0) return null;
  return { answer: paragraphs.slice(0, from).join("\n\n"), asked };
}
