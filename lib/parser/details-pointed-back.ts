/**
 * "그렇다면 …인가?" written inside a `<details>` answer, its answer on the
 * lines after it: the interviewer's next question, pointing back at the
 * answer just given. Sections already treat such a paragraph as a follow-up
 * (segments.ts, `pointedBack`); a folded answer is read the same way.
 */
import { POINTS_BACK } from "./body-followups";
import { cleanAnswer } from "./draft";
import { isQuestion } from "./questions";
import type { AskedHeading } from "./details-headings";

/** "+그렇다면 …?", "**그럼 …?**": markup and a leading "+" aside. */
const plain = (line: string) => line.replace(/(\*\*|__|`)/g, "").replace(/^[ \t]*\+\s*/, "").trim();

/** A line that opens a paragraph and asks by pointing back, ending in a question mark. */
function asksBack(line: string): string | null {
  const text = plain(line);
  if (!/[?？]$/.test(text) || text.length > 200 || !POINTS_BACK.test(text) || !isQuestion(text)) return null;
  return text;
}

/**
 * Split a `<details>` answer at paragraphs opened by a pointed-back question,
 * once the answer has begun and when text answers it: the answer of its own and
 * each question with the lines after it (up to the next such question).
 * Fenced code is never read for questions. `raw` and `line` place them on the note.
 */
export function splitPointedBack(answer: string, raw: string, line: number): { answer: string; asked: AskedHeading[] } {
  const lines = answer.split("\n");
  const own: string[] = [];
  const asked: { item: AskedHeading; body: string[] }[] = [];
  let fence: string | null = null;
  let from = 0;
  lines.forEach((text, i) => {
    const marker = /^[ \t]*(```|~~~)/.exec(text)?.[1] ?? null;
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    const opensParagraph = i === 0 || !lines[i - 1]!.trim();
    const question = fence === null && !marker && opensParagraph ? asksBack(text) : null;
    const begun = asked.length > 0 || own.some((l) => l.trim());
    if (question && begun) {
      const at = raw.indexOf(text.trim(), from);
      if (at >= 0) from = at + text.trim().length;
      const questionLine = at >= 0 ? line + (raw.slice(0, at).match(/\n/g) ?? []).length : line;
      asked.push({ item: { question, answer: "", line: questionLine, endLine: questionLine }, body: [] });
      return;
    }
    const current = asked.at(-1);
    if (current) {
      current.body.push(text);
      if (text.trim()) current.item.endLine = current.item.line + current.body.length;
    } else own.push(text);
  });
  const answered = asked.filter((a) => cleanAnswer(a.body.join("\n")));
  // (a question with nothing under it is the answer's own rhetoric: leave the answer whole)
  if (answered.length !== asked.length || asked.length === 0) return { answer, asked: [] };
  return { answer: cleanAnswer(own.join("\n")), asked: answered.map((a) => ({ ...a.item, answer: cleanAnswer(a.body.join("\n")) })) };
}
