/**
 * "그렇다면 …인가?" written inside an answer (a folded `<details>` body, a quoted
 * answer), its answer on the lines after it: the interviewer's next question,
 * pointing back at the answer just given. Sections already treat such a
 * paragraph as a follow-up (segments.ts, `pointedBack`); an answer is read the same way.
 */
import { POINTS_BACK } from "./body-followups";
import { cleanAnswer } from "./draft";
import { asksOfItsOwn } from "./own-question";
import { isQuestion } from "./questions";

export interface FoldedQuestion {
  question: string;
  answer: string;
}

/** "+그렇다면 …?", "**그럼 …?**" at the margin: markup and a leading "+" aside. */
function asksBack(line: string): string | null {
  // (an indented line belongs to a list item or code: part of the answer's own structure)
  if (/^\s/.test(line)) return null;
  const text = line.replace(/(\*\*|__|`)/g, "").replace(/^\+\s*/, "").trim();
  if (!/[?？]$/.test(text) || text.length > 200 || !POINTS_BACK.test(text) || !isQuestion(text)) return null;
  return text;
}

/** Number of the last numbered item among lines ("2. SJF"), or 0. */
function lastNumber(lines: string[]): number {
  let n = 0;
  for (const l of lines) n = Number(/^(\d{1,3})[.)]\s/.exec(l)?.[1] ?? n);
  return n;
}

/**
 * Split an answer (Markdown) at paragraphs opened by a pointed-back question that
 * asks something of its own, once the answer has begun and when text answers it:
 * the answer of its own and each question with the lines after it. Left whole when
 * any such question goes unanswered, restates `parent`, or is followed by the next
 * item of a numbered list it interrupts. Fenced code is never read for questions.
 */
export function splitPointedBack(answer: string, parent: string): { answer: string; asked: FoldedQuestion[] } {
  const lines = answer.split("\n");
  const own: string[] = [];
  const asked: { question: string; body: string[] }[] = [];
  let fence: string | null = null;
  lines.forEach((text, i) => {
    const marker = /^[ \t]*(```|~~~)/.exec(text)?.[1] ?? null;
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    const opensParagraph = i === 0 || !lines[i - 1]!.trim();
    const question = fence === null && !marker && opensParagraph ? asksBack(text) : null;
    if (question && (asked.length > 0 || own.some((l) => l.trim()))) asked.push({ question, body: [] });
    else (asked.at(-1)?.body ?? own).push(text);
  });
  if (asked.length === 0) return { answer, asked: [] };
  const whole = { answer, asked: [] };
  for (const a of asked) {
    if (!cleanAnswer(a.body.join("\n")) || !asksOfItsOwn(a.question, parent)) return whole;
  }
  const before = lastNumber(own);
  if (before > 0 && asked.some((a) => a.body.some((l) => l.startsWith(`${before + 1}. `) || l.startsWith(`${before + 1}) `)))) return whole;
  return { answer: cleanAnswer(own.join("\n")), asked: asked.map((a) => ({ question: a.question, answer: cleanAnswer(a.body.join("\n")) })) };
}
