/**
 * A question set as a callout inside an answer: a quote whose first line is a
 * bold question and whose other lines answer it ("> 💡 **무조건 Reflow가 있어야
 * Repaint가 생길까?**" then "> 아니다. …"). Authors write these for the
 * question an interviewer asks next; each is a follow-up of the answer's question.
 * A quote that only asks, or answers in a few words, stays in the answer.
 */
import { asksOfItsOwn } from "./own-question";
import type { FoldedQuestion } from "./pointed-back";
import { isQuestion, isRequest } from "./questions";

const FENCE = /^\s*(```|~~~)/;
const QUOTED = /^[ \t]{0,3}>[ \t]?/;
/** "💡 **…일까?**", "**Q. …?**": the whole line bold, an emoji or a "Q." before it. */
const BOLD_QUESTION = /^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]*(?:Q\s*\d{0,2}[.:)]\s*)?\*\*\s*(?:Q\s*\d{0,2}[.:)]\s*)?([^*]{4,}?)\s*\*\*[\s\p{Extended_Pictographic}\u{FE0F}]*$/u;

const asks = (text: string) => /[?？]$/.test(text) || isQuestion(text) || isRequest(text);
/** The answer in words: a sentence or more (the callout's own emoji and markup aside). */
const inWords = (answer: string) => answer.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}*_`>\s]/gu, "").length >= 20;

/**
 * Take the callout questions out of an answer. Returns the answer left and each
 * follow-up (question, answer) in the note's order; nothing else changes.
 */
export function splitQuotedCallouts(answer: string, parent: string): { answer: string; asked: FoldedQuestion[] } {
  if (!answer.includes(">") || !answer.includes("**")) return { answer, asked: [] };
  const lines = answer.split("\n");
  const kept: string[] = [];
  const asked: FoldedQuestion[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced || !QUOTED.test(line)) {
      kept.push(line);
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && QUOTED.test(lines[end + 1]!)) end++;
    const quote = lines.slice(i, end + 1).map((l) => l.replace(QUOTED, ""));
    const first = quote.findIndex((l) => l.trim() !== "");
    const question = first === -1 ? null : BOLD_QUESTION.exec(quote[first]!)?.[1]?.trim();
    const rest = first === -1 ? "" : quote.slice(first + 1).join("\n").trim();
    if (question && asks(question) && inWords(rest) && asksOfItsOwn(question, parent)) asked.push({ question, answer: rest });
    else kept.push(...lines.slice(i, end + 1));
    i = end;
  }
  if (asked.length === 0) return { answer, asked };
  return { answer: kept.join("\n").replace(/\n{3,}/g, "\n\n").trim(), asked };
}
