/**
 * Question headings written inside a `<details>` answer ("#### 각 방식에
 * 대해서 설명해주세요." after the answer's first paragraphs): the next
 * question an interviewer asks, answered by the text under that heading.
 */
import { cleanAnswer } from "./draft";
import { cleanHeading, isQuestion, isRequest } from "./questions";

export interface AskedHeading {
  question: string;
  answer: string;
  line: number;
  endLine: number;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * Split a `<details>` answer (Markdown) at headings that ask, once the answer has
 * begun: the answer of its own, and each asked heading with the text under it
 * (up to the next heading of its level or above). `raw` and `line` place the
 * headings on the note's lines.
 */
export function splitAskedHeadings(answer: string, raw: string, line: number): { answer: string; asked: AskedHeading[] } {
  const lines = answer.split("\n");
  const own: string[] = [];
  const asked: AskedHeading[] = [];
  let current: { level: number; item: AskedHeading; body: string[] } | null = null;
  const close = () => {
    if (!current) return;
    current.item.answer = cleanAnswer(current.body.join("\n"));
    asked.push(current.item);
    current = null;
  };
  let from = 0;
  let fence: string | null = null;
  for (const text of lines) {
    // (a "# …?" line inside fenced code is a comment, not a heading)
    const marker = /^[ \t]*(```|~~~)/.exec(text)?.[1] ?? null;
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    const h = fence === null && !marker ? HEADING.exec(text) : null;
    if (h && current && h[1]!.length <= current.level) close();
    const title = h ? cleanHeading(h[2]!) : "";
    if (h && own.some((l) => l.trim()) && (isQuestion(title) || isRequest(title))) {
      close();
      const at = raw.indexOf(text.trim(), from);
      if (at >= 0) from = at + text.trim().length;
      const headingLine = at >= 0 ? line + (raw.slice(0, at).match(/\n/g) ?? []).length : line;
      current = { level: h[1]!.length, item: { question: title, answer: "", line: headingLine, endLine: headingLine }, body: [] };
      continue;
    }
    if (current) {
      current.body.push(text);
      if (text.trim()) current.item.endLine = current.item.line + current.body.length;
    } else own.push(text);
  }
  close();
  return asked.length === 0 ? { answer, asked } : { answer: cleanAnswer(own.join("\n")), asked };
}
