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
/** "<h2>🤔 …에 대해 설명해 주세요.</h2>" on a line of its own: the same heading, written in HTML. */
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>(.+?)<\/h\1>\s*$/i;

/** "나의 대답", "GPT의 대답", "모범 답안", "Answer": a heading that labels the answer under it. */
const ANSWER_LABEL = /^(\S+\s*의\s*)?(나의\s*|모범\s*|예시\s*)?(대답|답변|답안|정답|answer)$/i;

/** A heading line's level and text, Markdown or HTML. */
function headingOf(text: string, html: boolean): [string, string] | null {
  const md = HEADING.exec(text);
  if (md) return [md[1]!, md[2]!];
  const tag = html ? HTML_HEADING.exec(text) : null;
  return tag ? ["#".repeat(Number(tag[1])), tag[2]!.replace(/<[^>]*>/g, " ").trim()] : null;
}

/**
 * Split a `<details>` answer (Markdown) at headings that ask ("####" or "<h4>"), once the
 * answer has begun, or anywhere in a fold named for a topic (`topicFold`): the answer of
 * its own, and each asked heading with the text under it
 * (up to the next heading of its level or above). `raw` and `line` place the
 * headings on the note's lines.
 */
export function splitAskedHeadings(answer: string, raw: string, line: number, topicFold = false): { answer: string; asked: AskedHeading[] } {
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
    // (HTML headings only in a fold that opens on them: after an answer of its own, html-asked.ts reads them)
    const h = fence === null && !marker ? headingOf(text, topicFold && !own.some((l) => l.trim())) : null;
    // ("<h2>📝 나의 대답</h2>" under "<h2>🤔 …?</h2>": a label over the answer, which it opens rather than closes)
    if (h && current && h[0].length <= current.level && !ANSWER_LABEL.test(cleanHeading(h[1]))) close();
    const title = h ? cleanHeading(h[1]) : "";
    // (a fold named for a topic, "<summary>시간 복잡도</summary>", may open on its first question straight away)
    if (h && (topicFold || own.some((l) => l.trim())) && (isQuestion(title) || isRequest(title))) {
      close();
      const at = raw.indexOf(text.trim(), from);
      if (at >= 0) from = at + text.trim().length;
      const headingLine = at >= 0 ? line + (raw.slice(0, at).match(/\n/g) ?? []).length : line;
      current = { level: h[0].length, item: { question: title, answer: "", line: headingLine, endLine: headingLine }, body: [] };
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
