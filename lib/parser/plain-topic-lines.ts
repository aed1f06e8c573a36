/**
 * Notes written without sub-headings, each topic a short plain line with its
 * points listed right under it ("스트림 특징" over "- 데이터를 저장하지 않고 …",
 * "HashMap 충돌 해결" over "- 체이닝 …"). The lines are the note's headings in
 * all but markup; read as headings one level below the note's own, each is a
 * topic with the list as its answer instead of the whole note being one card.
 *
 * Kept narrow: only in a part of the note with no topic sub-heading under it,
 * outside folds and fences, and only when three or more such lines each open
 * a list and they outnumber every other paragraph there two to one. Lead-ins
 * ("예를 들면 다음과 같이"), diary and preamble labels ("배운 점", "키워드")
 * and definitions ("안정 정렬 = …") are no topics. A topic line with nothing
 * under it becomes a heading only between two listed topics ("gRPC와 REST
 * 비교" then "분산 락" over its list); elsewhere a one-line paragraph is a
 * glossary entry or a caption of what follows and stays text. Line numbers
 * are kept (only "## " is put before a line).
 */
import { fencedLines } from "./fences";
import { classifyLabel, normalizeLabel } from "./labels";

const HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+(.*)$/;
const LIST_ITEM = /^[ \t]{0,3}([-*+]|\d{1,3}[.)])[ \t]+\S/;
/** A line that ends a sentence, announces a list or asks: prose or a question, not a topic's name. */
const SENTENCE_END = /([.:：!?？。…]|다|요|음|함|됨|임)\s*$/;
const NOT_TEXT = /^[ \t]*([>|<!\[]|https?:|```|~~~|[-*_]{3,}\s*$)/;
/** "안정 정렬 = …", "RTT: 왕복 시간", "A -> B": a definition or a mapping, not a name. */
const DEFINES = /\s[=:：]\s|\s?(->|→|=>)\s?/;
/** "예를 들면 다음과 같이", "정리하면": a lead-in to what follows. */
const LEAD_IN = /(다음과|아래와|이와)\s*같|^(예를\s*들[면어]|예시로|정리하면|요약하면|즉|그래서|따라서)(\s|$)/;
/** A diary's or a week's headings: what was done and felt, not what is asked. */
const DIARY = new Set(["오늘 한 일", "한 일", "할 일", "내일 할 일", "배운 점", "느낀 점", "알게 된 점", "아쉬운 점", "잘한 점", "개선할 점", "회고", "til", "todo", "키워드", "핵심 키워드", "학습 키워드", "오늘의 키워드"]);

/** Whether line `i` opens a paragraph: text at the margin after a blank line, a heading or the start. */
function opensParagraph(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (!line.trim() || /^[ \t]/.test(line) || HEADING.test(line) || LIST_ITEM.test(line) || NOT_TEXT.test(line)) return false;
  const before = lines[i - 1];
  return before === undefined || !before.trim() || HEADING.test(before);
}

/** A short line naming a topic: one line, no sentence end, some letters, no lead-in, label or definition. */
function namesTopic(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || !/[\p{L}]/u.test(t) || SENTENCE_END.test(t) || /[*_`]{2}/.test(t) || DEFINES.test(t) || LEAD_IN.test(t)) return false;
  return !DIARY.has(normalizeLabel(t)) && classifyLabel(t) === null;
}

/** Indexes of the lines inside `<details>` folds (the fold's own answer text, not the note's topics). */
function foldedLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  let open = 0;
  for (const [i, line] of lines.entries()) {
    const opens = (line.match(/<details[\s>]/gi) ?? []).length;
    const closes = (line.match(/<\/details\s*>/gi) ?? []).length;
    if (open > 0 || opens > 0) out.add(i);
    open = Math.max(0, open + opens - closes);
  }
  return out;
}

/** Whether every heading under the part that ends at line `end` (until one at `depth` or above) is a label, not a topic. */
function onlyLabelsUnder(headings: { line: number; depth: number; text: string }[], end: number, depth: number): boolean {
  for (const h of headings) {
    if (h.line < end) continue;
    if (h.depth <= depth) return true;
    if (classifyLabel(h.text) === null) return false;
  }
  return true;
}

/** The note's text with plain topic lines written as headings (see the module comment). */
export function plainTopicLinesAsHeadings(text: string): string {
  if (!/\n[-*+] /.test(text)) return text;
  const lines = text.split("\n");
  const fenced = fencedLines(lines);
  const folded = foldedLines(lines);
  const headings = lines.flatMap((line, i) => {
    const m = fenced.has(i) || folded.has(i) ? null : HEADING.exec(line);
    return m ? [{ line: i, depth: m[1]!.length, text: m[2]! }] : [];
  });
  let changed = false;
  const flush = (start: number, end: number, depth: number) => {
    if (depth > 1 || !onlyLabelsUnder(headings, end, depth)) return;
    const topics: number[] = [];
    const listed = new Set<number>();
    let others = 0;
    for (let i = start; i < end; i++) {
      if (fenced.has(i) || folded.has(i) || !opensParagraph(lines, i)) continue;
      const next = lines[i + 1] ?? "";
      if ((!next.trim() || LIST_ITEM.test(next)) && namesTopic(lines[i]!)) topics.push(i);
      else others++;
      if (LIST_ITEM.test(next) && namesTopic(lines[i]!)) listed.add(i);
    }
    if (listed.size < 3 || listed.size < (others + topics.length - listed.size) * 2) return;
    // (a line with nothing under it is a topic only when the next topic line follows it)
    const between = topics.filter((i, k) => !listed.has(i) && listed.has(topics[k + 1]!) && !lines.slice(i + 1, topics[k + 1]).some((l) => l.trim()));
    const marks = "#".repeat(depth + 1);
    for (const i of [...listed, ...between]) lines[i] = `${marks} ${lines[i]!.trim()}`;
    changed = true;
  };
  let start = 0;
  let depth = 0;
  for (const h of headings) {
    flush(start, h.line, depth);
    start = h.line + 1;
    depth = h.depth;
  }
  flush(start, lines.length, depth);
  return changed ? lines.join("\n") : text;
}
