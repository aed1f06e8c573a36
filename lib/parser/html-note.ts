/**
 * A note written as an HTML page inside Markdown (`<div>` blocks holding
 * `<h2>1. …?</h2>` and `<p>…</p>` lines, an index of `<a href="#…">` links):
 * Markdown keeps it all as raw HTML, so not one question became a card. Such
 * a note is read as the Markdown it stands for, line for line (every line
 * keeps its number, so warnings and cards point where the user wrote them).
 */
import { decodeEntities } from "./blocks";
import { isQuestion, isRequest } from "./questions";
import { keptLine, proseBoxes } from "./html-prose-box";
import { toggleListsUnwrapped } from "./toggle-lists";

// ("<h4>…방법을 설명해주세요</h4><ol>": a heading over the list that answers it opens that list on its line)
const HEADING = /^\s*(?:<div\b[^>]*>\s*)*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>\s*(?:<\/div\s*>\s*)*(?:<(?:ol|ul)\b[^>]*>\s*)?$/i;
/** "<a name="one"><b>1. 트리거에 대해 설명해주세요</b></a>": a page's question set as the anchor its index links to. */
const ANCHOR_TITLE = /^\s*<a\s+(?:name|id)\s*=\s*"[^"]*"[^>]*>\s*<(b|strong)>([\s\S]*?)<\/\1>\s*<\/a>\s*$/i;
/** "<h5><a href="#one"><li>트리거에 대해 설명해주세요</li></a></h5>": an index entry dressed as a heading. */
const INDEX_HEADING = /^\s*<h[1-6]\b[^>]*>\s*<a\s+[^>]*href\s*=\s*"(#[^"]*)"[^>]*>([\s\S]*?)<\/a\s*>\s*<\/h[1-6]\s*>\s*$/i;
const INDEX_LINK = /^\s*<(div|li|p)\b[^>]*>\s*<a\s+[^>]*href\s*=\s*"(#[^"]*)"[^>]*>([\s\S]*?)<\/a\s*>\s*<\/\1\s*>\s*$/i;
const ITEM = /^\s*<(div|li|dl|dt|dd)\b[^>]*>([\s\S]*?)<\/\1\s*>\s*$/i;
const OPEN_ITEM = /^\s*<li\b[^>]*>((?:(?!<\/?li\b)[\s\S])*)$/i;
const PARAGRAPH = /^\s*<p\b[^>]*>([\s\S]*?)(?:<\/p\s*>)?\s*$/i;
const FRAME = /^\s*(?:<\/?(?:div|ul|ol|li|dl|section|article|span|center|body|html|main|header|footer|blockquote)\b[^>]*>\s*|<br\s*\/?>\s*|<hr\b[^>]*>\s*|<!--[\s\S]*?-->\s*)+$/i;

/**
 * Whether a note is an HTML page: most of its lines are tags, three or more of them headings.
 * (Folds, `<details>`, are read as folds already, their HTML lines included: html-asked.ts.)
 */
function isHtmlNote(lines: string[]): boolean {
  if (lines.some((l) => /<details\b/i.test(l))) return false;
  const content = lines.filter((l) => l.trim());
  const tagged = content.filter((l) => /^\s*<\/?[a-z!]/i.test(l)).length;
  // (a line too long to be one element of a page is never read as one)
  return lines.filter((l) => l.length <= 2000 && (HEADING.test(l) || ANCHOR_TITLE.test(l))).length >= 3 && tagged * 10 >= content.length * 7;
}

/** Inline text of an element: tags dropped, entities decoded, a "back to top" arrow left out. */
function inline(html: string): string {
  return decodeEntities(html.replace(/<a\b[^>]*href\s*=\s*"#top"[^>]*>[\s\S]*?<\/a\s*>/gi, "").replace(/<[^>]+>/g, ""))
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** How far the page's headings are ranked down: below the Markdown heading they sit under (see rankedUnderMarkdown). */
interface Rank {
  under: number;
  shift: number | null;
  /** Whether the Markdown heading has said something of its own before the first of the page's headings. */
  said?: boolean;
}

/** One line of the page as Markdown ("" for a line that only frames the page). */
function lineAsMarkdown(line: string, rank: Rank = { under: 0, shift: null }, inIndex = false, inBox = false): string {
  if (line.length > 2000) return line.trim();
  const entry = inIndex ? INDEX_HEADING.exec(line) : null;
  if (entry) return `- [${inline(entry[2]!)}](${entry[1]})`;
  const anchored = ANCHOR_TITLE.exec(line);
  if (anchored) return `### ${inline(anchored[2]!)}`;
  const heading = HEADING.exec(line);
  if (heading) {
    const depth = Number(heading[1]);
    if (rank.under > 0) rank.shift ??= rank.said ? 0 : Math.max(0, rank.under + 1 - depth);
    return `${"#".repeat(Math.min(6, depth + (rank.shift ?? 0)))} ${inline(heading[2]!)}`;
  }
  const link = INDEX_LINK.exec(line);
  if (link) return `- [${inline(link[3]!)}](${link[2]})`;
  if (FRAME.test(line)) return "";
  const item = ITEM.exec(line);
  if (item) return inline(item[2]!) ? `- ${inline(item[2]!)}` : "";
  // ("<li> 저장 프로시저를 사용합니다." closed lines later, in a box of prose: an item whose text runs on; elsewhere an
  // item left open holds a nested list, kept as the HTML it is)
  const opened = inBox ? OPEN_ITEM.exec(line) : null;
  if (opened && inline(opened[1]!)) return `- ${inline(opened[1]!)}`;
  const paragraph = PARAGRAPH.exec(line);
  if (paragraph) return inline(paragraph[1]!);
  // (a line of the page's own text, indented inside its <div>: never a code block)
  return line.trim().replace(/<\/(p|div|li)\s*>\s*$/i, "");
}

/** The note as Markdown when it is an HTML page, else the note unchanged; so are its folds that hold HTML pages. */
export function htmlNoteAsMarkdown(source: string): string {
  const lines = source.split("\n");
  if (isHtmlNote(lines)) return rankedUnderMarkdown(lines).join("\n");
  return /<details\b/i.test(source) ? pageFoldsAsMarkdown(toggleListsUnwrapped(lines)).join("\n") : source;
}

/**
 * The page's lines as Markdown, its headings ranked below the Markdown heading they sit under ("### 3. synchronized는
 * 어떻게 동작하나요?" over "<h3>synchronized란?</h3>", "<h3>Monitor Lock이란?</h3>": parts of what it holds).
 */
function rankedUnderMarkdown(lines: string[]): string[] {
  const rank: Rank = { under: 0, shift: null };
  let fenced = false;
  // (an index is a run of such entries: one heading linking to its own anchor, "<h3><a href="#tcp">…</a></h3>" over its
  // answer, is a heading with a permalink)
  const entry = lines.map((l) => INDEX_HEADING.test(l));
  const neighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim()) return j;
    return -1;
  };
  const inIndex = (i: number) => entry[i]! && [neighbour(i, -1), neighbour(i, 1)].some((j) => j !== -1 && entry[j]!);
  const inFence = lines.map((line) => (FENCE.test(line) ? (fenced = !fenced, true) : fenced));
  fenced = false;
  const boxes = proseBoxes(lines, (i) => inFence[i]!);
  const frames = new Set(boxes.flatMap((b) => [b.open, b.close]));
  const boxAt = (i: number) => boxes.find((b) => b.open < i && i < b.close);
  return lines.map((line, i) => {
    if (FENCE.test(line)) fenced = !fenced;
    if (frames.has(i)) return "";
    const box = boxAt(i);
    if (box) return keptLine(lineAsMarkdown(line, rank, false, true), i + 1 < box.close ? lines[i + 1] : undefined);
    const own = fenced ? null : /^(#{1,6})\s/.exec(line);
    if (own) Object.assign(rank, { under: own[1]!.length, shift: null, said: false });
    if (fenced || own) return line.trim();
    const markdown = lineAsMarkdown(line, rank, inIndex(i));
    if (!/^#{1,6}\s/.test(markdown) && markdown.replace(/[\s*_`>#-]/g, "").length >= 10) rank.said = true;
    return markdown;
  });
}

const OPENS = /<details\b/gi;
const CLOSES = /<\/details\s*>/gi;
const SUMMARY_LINE = /^\s*<summary\b[\s\S]*<\/summary\s*>\s*$/i;
const FENCE = /^\s*(```|~~~)/;
/** A summary that only labels material ("📚 개념 설명(상세)", "자바 개념 요약 노트"), its fold indicator ("펼치기") aside. */
const MATERIAL_LABEL = /(개념|정리|요약|노트|설명|상세|notes?|summary|overview)/i;

/** Whether the nearest Markdown heading above line `at` asks (a fold there holds that question's answer). */
function underQuestion(lines: string[], at: number, fenced: boolean[]): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const m = fenced[k] ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[k]!);
    if (m) return isQuestion(m[1]!.replace(/[*_`]/g, "")) || isRequest(m[1]!.replace(/[*_`]/g, ""));
  }
  return false;
}

/**
 * A fold that holds an HTML page of topics ("<summary>📚 개념 설명 펼치기</summary>" over "<h3>1) 해시 테이블</h3>"
 * and its "<p>"/"<ul>" lines, three headings or more, none asking, and no fold inside): the fold only hides whole
 * sections, so its HTML lines are read as the Markdown they stand for (its other lines as written), its own tags
 * dropped, like a "더보기" fold around Markdown headings. Only a fold labelled as material ("개념 정리", "요약 노트"):
 * one that names a topic ("TCP와 UDP의 차이", "HTTP 상태 코드") or sits under a question heading holds its answer.
 */
function pageFoldsAsMarkdown(lines: string[]): string[] {
  const out = [...lines];
  const fenced: boolean[] = [];
  let inFence = false;
  for (const l of lines) {
    if (FENCE.test(l)) inFence = !inFence;
    fenced.push(inFence || FENCE.test(l));
  }
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i] || !/^\s*<details\b[^>]*>\s*$/i.test(lines[i]!) || !SUMMARY_LINE.test(lines[i + 1] ?? "")) continue;
    // ("…개념 설명(상세) 펼치기" names material; without its indicator it would read as a jotted request, "… 설명")
    const summary = inline(lines[i + 1]!);
    if (isQuestion(summary) || isRequest(summary) || !MATERIAL_LABEL.test(summary) || underQuestion(lines, i, fenced)) continue;
    let depth = 0;
    let end = -1;
    for (let j = i; j < lines.length; j++) {
      if (!fenced[j]) depth += (lines[j]!.match(OPENS) ?? []).length - (lines[j]!.match(CLOSES) ?? []).length;
      if (depth <= 0) {
        end = j;
        break;
      }
    }
    if (end === -1) break;
    const body = lines.slice(i + 2, end);
    const headings = body.filter((l, k) => !fenced[i + 2 + k] && l.length <= 2000 && HEADING.test(l)).map((l) => inline(HEADING.exec(l)![2]!));
    // (a fold of "<h2>🤔 …?</h2>" questions and their answers is read as a fold already: html-asked.ts)
    if (headings.length >= 3 && !headings.some((h) => isQuestion(h) || isRequest(h)) && !body.some((l) => /<details\b|<summary\b/i.test(l))) {
      out[i] = "";
      out[i + 1] = "";
      out[end] = "";
      body.forEach((l, k) => (out[i + 2 + k] = !fenced[i + 2 + k] && /^\s*</.test(l) ? lineAsMarkdown(l) : l));
    }
    i = end;
  }
  return out;
}
