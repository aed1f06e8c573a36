/**
 * Notes written without sub-headings, each topic a short plain line with its
 * points listed right under it ("스트림 특징" over "- 데이터를 저장하지 않고 …",
 * "HashMap 충돌 해결" over "- 체이닝 …"). The lines are the note's headings in
 * all but markup; read as headings one level below the note's own, each is a
 * topic with the list as its answer (or, with nothing under it, a question
 * still to be answered) instead of the whole note being one card.
 *
 * Kept narrow: only in a part of the note that has no sub-heading of its own,
 * and only when three or more such lines each open a list and they outnumber
 * every other paragraph there two to one. Line numbers are kept (only "## "
 * is put before a line).
 */
import { fencedLines } from "./fences";

const HEADING = /^[ \t]{0,3}(#{1,6})[ \t]/;
const LIST_ITEM = /^[ \t]{0,3}([-*+]|\d{1,3}[.)])[ \t]+\S/;
/** A line that ends a sentence, announces a list or asks: prose or a question, not a topic's name. */
const SENTENCE_END = /([.:：!?？。…]|다|요|음|함|됨|임)\s*$/;
const NOT_TEXT = /^[ \t]*([>|<!\[]|https?:|```|~~~|[-*_]{3,}\s*$)/;

/** Whether line `i` opens a paragraph: text at the margin after a blank line, a heading or the start. */
function opensParagraph(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (!line.trim() || /^[ \t]/.test(line) || HEADING.test(line) || LIST_ITEM.test(line) || NOT_TEXT.test(line)) return false;
  const before = lines[i - 1];
  return before === undefined || !before.trim() || HEADING.test(before);
}

/** A short line naming a topic: one line, no sentence end, some letters. */
function namesTopic(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && /[\p{L}]/u.test(t) && !SENTENCE_END.test(t) && !/[*_`]{2}/.test(t);
}

/** The note's text with plain topic lines written as headings (see the module comment). */
export function plainTopicLinesAsHeadings(text: string): string {
  if (!/\n[-*+] /.test(text)) return text;
  const lines = text.split("\n");
  const fenced = fencedLines(lines);
  let changed = false;
  let start = 0;
  let depth = 0;
  const flush = (end: number) => {
    const listed: number[] = [];
    const bare: number[] = [];
    let others = 0;
    for (let i = start; i < end; i++) {
      if (fenced.has(i) || !opensParagraph(lines, i)) continue;
      const next = lines[i + 1] ?? "";
      const single = !next.trim() || LIST_ITEM.test(next);
      if (single && namesTopic(lines[i]!)) (LIST_ITEM.test(next) ? listed : bare).push(i);
      else others++;
    }
    if (listed.length < 3 || listed.length < others * 2) return;
    const marks = "#".repeat(Math.min(6, depth + 1));
    for (const i of [...listed, ...bare]) lines[i] = `${marks} ${lines[i]!.trim()}`;
    changed = true;
  };
  for (let i = 0; i < lines.length; i++) {
    const m = fenced.has(i) ? null : HEADING.exec(lines[i]!);
    if (!m) continue;
    // (a part with sub-headings of its own is read as it is)
    if (depth <= 1) flush(i);
    start = i + 1;
    depth = m[1]!.length;
  }
  if (depth <= 1) flush(lines.length);
  return changed ? lines.join("\n") : text;
}
