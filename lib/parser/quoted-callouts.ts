/**
 * A question set as a callout inside an answer: a quote whose first line is a
 * bold question and whose other lines answer it ("> 💡 **무조건 Reflow가 있어야
 * Repaint가 생길까?**" then "> 아니다. …"). Authors write these for the
 * question an interviewer asks next; each is a follow-up of the answer's question.
 * A quote that only asks, or answers in a few words, stays in the answer.
 */
import { MATERIAL_LABEL, asksOfItsOwn, namesItsSubject } from "./own-question";
import type { FoldedQuestion } from "./pointed-back";
import { isQuestion, isRequest } from "./questions";

const FENCE = /^\s*(```|~~~)/;
const QUOTED = /^[ \t]{0,3}>[ \t]?/;
/** "💡 **…일까?**", "**Q. …?**": the whole line bold, an emoji or a "Q." before it. */
const BOLD_QUESTION = /^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]*(?:Q\s*\d{0,2}[.:)]\s*)?\*\*\s*(?:Q\s*\d{0,2}[.:)]\s*)?([^*]{4,}?)\s*\*\*[\s\p{Extended_Pictographic}\u{FE0F}]*$/u;

/** "**모듈화란 ?** 어떤 공통된 로직을 …": a bold question ending in its mark, answered on its own line after it. */
const BOLD_QUESTION_LEADING = /^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]*\*\*\s*([^*]{2,}?[?？])\s*\*\*\s*(\S.*)$/u;

/** "Context Switching이란?": a plain line that ends in its question mark, alone on the quote's first line. */
const PLAIN_QUESTION = /^\s*([^\s*>#|`-][^*`|]{2,78}[?？])\s*$/u;

const asks = (text: string) => /[?？]$/.test(text) || isQuestion(text) || isRequest(text);
/**
 * A callout that only muses or points elsewhere, not a question put to the applicant: a rhetorical
 * "정말 …걸까?", an aside "근데 이거 면접에 나올까?", a reading pointer "더 알고 싶다면?", a labelled
 * note "오늘의 회고: …?" / "…물어볼 것: …?".
 */
const MUSES = /^(정말|과연|진짜|설마|근데|그런데\s*이|어떻게\s*(이게|이것이|그게))|읽어\s*보|[가-힣]\s*[:：]\s/;
/** The answer in words: a sentence or more (the callout's own emoji and markup aside). */
const inWords = (answer: string) => answer.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}*_`>\s]/gu, "").length >= 20;

/**
 * Take the callout questions out of an answer. Returns the answer left and each
 * follow-up (question, answer) in the note's order; nothing else changes.
 */
export function splitQuotedCallouts(answer: string, parent: string): { answer: string; asked: FoldedQuestion[] } {
  if (!answer.includes(">") || (!answer.includes("**") && !/[?？]/.test(answer))) return { answer, asked: [] };
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
    const leading = first === -1 || BOLD_QUESTION.test(quote[first]!) ? null : BOLD_QUESTION_LEADING.exec(quote[first]!);
    const bold = first === -1 ? undefined : BOLD_QUESTION.exec(quote[first]!)?.[1];
    const plain = first === -1 || leading || bold ? undefined : PLAIN_QUESTION.exec(quote[first]!)?.[1];
    // ("> **cf) 스핀락이란?**": the writer's "compare" mark is no part of the question)
    const question = first === -1 ? null : (leading?.[1] ?? bold ?? plain)?.replace(/^\s*cf\s*[).:]\s*/i, "").trim();
    const rest = first === -1 ? "" : [leading?.[2] ?? "", ...quote.slice(first + 1)].join("\n").trim();
    // (a second question among the answer's lines, "> HTTP란?" … "> HTTPS란?" …: the quote is a glossary, left whole)
    const asksAgain = (leading || plain) && quote.slice(first + 1).some((l) => PLAIN_QUESTION.test(l) || BOLD_QUESTION_LEADING.test(l) || BOLD_QUESTION.test(l));
    // (…naming what it asks about, "Repaint를 유발할까?", never "어떻게 이게 가능할까?"; answered in words, not by links)
    if (question && !asksAgain && asks(question) && !MUSES.test(question) && !MATERIAL_LABEL.test(question) && namesItsSubject(question) && inWords(rest.replace(/\[([^\]]*)\]\([^)]*\)/g, "")) && asksOfItsOwn(question, parent)) asked.push({ question, answer: rest });
    else kept.push(...lines.slice(i, end + 1));
    i = end;
  }
  if (asked.length === 0) return { answer, asked };
  return { answer: kept.join("\n").replace(/\n{3,}/g, "\n\n").trim(), asked };
}
