/**
 * Notes written without sub-headings, each topic a short plain line with its
 * points listed right under it ("스트림 특징" over "- 데이터를 저장하지 않고 …",
 * "HashMap 충돌 해결" over "- 체이닝 …"). The lines are the note's headings in
 * all but markup; read as headings one level below the note's own, each is a
 * topic with the list as its answer instead of the whole note being one card.
 *
 * Kept narrow: only under the note's title (or before it), outside folds and
 * fences, and only when three or more such lines each open a list and they
 * outnumber every other paragraph there two to one. Lead-ins ("예를 들면
 * 다음과 같이"), diary and preamble labels ("배운 점", "키워드") and
 * definitions ("안정 정렬 = …") are no topics. A topic line with nothing
 * under it ("RabbitMQ와 비교") is a heading too, a question still to be
 * answered, unless it captions the code or quote after it or is one of three
 * or more such lines in a row (a glossary's entries); those count as other
 * paragraphs. Line numbers
 * are kept (only "## " is put before a line).
 */
import { fencedLines } from "./fences";
import { classifyLabel, normalizeLabel } from "./labels";

const HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+(.*)$/;
const LIST_ITEM = /^[ \t]{0,3}([-*+]|\d{1,3}[.)])[ \t]+\S/;
/** A line that ends a sentence, announces a list or asks: prose or a question, not a topic's name. */
const SENTENCE_END = /([.:：!?？。…]|다|요|음|함|됨|임|봄|때|면|고|서|며|는데|지만|니까)\s*$/;
const NOT_TEXT = /^[ \t]*([>|<!\[]|https?:|```|~~~|[-*_]{3,}\s*$)/;
/** "안정 정렬 = 같은 값의 …", "RTT : 왕복 시간": a definition, not a name ("MySQL → PostgreSQL 이전" is a name). */
const DEFINES = /\s[=:：]\s/;
/** "예를 들면 다음과 같이", "정리하면": a lead-in to what follows. */
const LEAD_IN = /(다음과|아래와|이와)\s*같|^(예를\s*들[면어]|예시로|정리하면|정리하자면|요약하면|요약하자면|결론적으로|결론은|마지막으로|참고로|한마디로|즉|그래서|따라서)(\s|$)/;
/** A diary's or a week's headings ("오늘 배운 것", "느낀점", "내일 할 일", "키워드"): what was done and felt, not what is asked. */
const DIARY = /^((오늘|내일|어제|이번\s*주|금주|다음\s*주)\s*)?(한|할|배운|느낀|알게\s*된|아쉬운|아쉬웠던|좋았던|잘한|개선할|깨달은|공부한|읽은)\s*(일|것|점|내용)$|^(회고|til|todo|to\s*do|((핵심|학습|오늘의)\s*)?키워드|범위|(공부|학습)\s*(방법|범위|계획)|(업데이트|변경|수정)\s*(기록|이력|내역)?|목표|(다음\s*주|이번\s*주)\s*목표|안건|결정\s*사항|소개|대상)$/;
/** A topic line with nothing under it names a topic in a few words ("RabbitMQ와 비교", "캐시 스탬피드 대처법"); a longer one is a remark. */
const EMPTY_TOPIC_WORDS = 4;
/** A list under a topic line too short to be an answer (the card would be skipped as too short): the line names no topic of its own. */
const LIST_MIN = 20;
/** What opens the block right after a line (a fence, a quote, a table, HTML): that line is its caption. */
const CAPTIONED = /^[ \t]*(```|~~~|>|\||<|!\[)/;
/** Three or more one-line paragraphs in a row: a glossary's entries, not topics waiting for answers. */
const GLOSSARY_RUN = 3;

/** Whether line `i` opens a paragraph: text at the margin after a blank line, a heading or the start. */
function opensParagraph(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (!line.trim() || /^[ \t]/.test(line) || HEADING.test(line) || LIST_ITEM.test(line) || NOT_TEXT.test(line)) return false;
  const before = lines[i - 1];
  return before === undefined || !before.trim() || HEADING.test(before);
}

/** A short line naming a topic: one line, no sentence end, some letters, no lead-in, label or definition. */
export function namesTopic(line: string, sentenceEnd: RegExp = SENTENCE_END): boolean {
  const t = line.trim();
  if (t.length > 60 || !/[\p{L}]/u.test(t) || sentenceEnd.test(t) || /[*_`]{2}/.test(t) || DEFINES.test(t) || LEAD_IN.test(t)) return false;
  return !DIARY.test(normalizeLabel(t)) && classifyLabel(t) === null;
}

/** Indexes of the lines inside `<details>` folds (the fold's own answer text, not the note's topics). */
export function foldedLines(lines: string[]): Set<number> {
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
    if (depth > 1) return;
    const openers: number[] = [];
    for (let i = start; i < end; i++) if (!fenced.has(i) && !folded.has(i) && opensParagraph(lines, i)) openers.push(i);
    const nextOf = (i: number) => {
      let j = i + 1;
      while (j < end && !lines[j]!.trim()) j++;
      return j < end ? lines[j]! : "";
    };
    const topic = (i: number) => (!lines[i + 1]?.trim() || LIST_ITEM.test(lines[i + 1]!)) && namesTopic(lines[i]!);
    const listText = (i: number) => {
      const items: string[] = [];
      for (let j = i + 1; j < end && lines[j]!.trim(); j++) items.push(lines[j]!.replace(/^\s*([-*+]|\d{1,3}[.)])\s+/, "").trim());
      return items.join(" ");
    };
    const listed = new Set(openers.filter((i) => topic(i) && LIST_ITEM.test(lines[i + 1] ?? "") && listText(i).length >= LIST_MIN));
    const isBare = openers.map((i) => !listed.has(i) && topic(i));
    // a topic line with nothing under it is one still to be answered, unless it captions what follows or is one of a glossary's entries
    const runOf = new Array<number>(openers.length).fill(0);
    for (let k = 0; k < openers.length; ) {
      let run = 0;
      while (isBare[k + run]) run++;
      for (let r = 0; r < run; r++) runOf[k + r] = run;
      k += Math.max(run, 1);
    }
    const empty = openers.filter((i, k) => isBare[k] && runOf[k]! < GLOSSARY_RUN && lines[i]!.trim().split(/\s+/).length <= EMPTY_TOPIC_WORDS && !CAPTIONED.test(nextOf(i)));
    const others = openers.length - listed.size - empty.length;
    if (listed.size < 3 || listed.size < others * 2) return;
    const marks = "#".repeat(depth + 1);
    for (const i of [...listed, ...empty]) lines[i] = `${marks} ${lines[i]!.trim()}`;
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
