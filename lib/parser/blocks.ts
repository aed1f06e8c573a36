/**
 * Top-level blocks: mdast children, with `<details>` spans (which remark
 * splits into several html nodes around the Markdown inside them) grouped
 * into one block so headings inside a collapsed answer don't start sections.
 */
import { isLostDetails, lostDetailsEnd, OPENS_WITH_SUMMARY } from "./lost-details";
import { proseOfIndentedCode } from "./prose-code";
import { splitMarkedQuestionRuns } from "./marked-question-runs";
import type { Blockquote, Heading, Html, List, RootContent } from "mdast";
import { splitGluedText } from "./glued-text";
import { splitHeadedHtml } from "./html-headed-blocks";
import { namesSteps, numberedItemsAsHeadings } from "./numbered-item-headings";
import { endLineOf, endOf, lineOf, startOf } from "./markdown";
import type { ParseWarning } from "./types";
import { isQuestion, isRequest, stripQuestionPrefix } from "./questions";
import { isGenericPart } from "./generic-part";
import { toString } from "mdast-util-to-string";
import { calloutParagraph, iconLength, isCalloutTag, paragraphAt } from "./callouts";

export interface Block {
  node: RootContent;
  /** Set for a grouped `<details>` span; `node` is then its first html node. */
  details?: { summary: string; nodes: RootContent[] };
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** Set for a block lifted out of a quote that held headings: its source lines carry `>` markers. */
  quoted?: boolean;
}

const TIL_LINE = /^\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*(TIL)?$/i;

/** Wrap nodes as blocks, grouping `<details>` spans and dropping TIL date lines. */
export function toBlocks(input: RootContent[], source: string, warnings: ParseWarning[], nested = false): Block[] {
  const blocks: Block[] = [];
  // (text glued under a details tag line is the note's own paragraph: glued-text.ts)
  // ("1. HTTP란?" then its answer's bullets at the margin, "2. …": numbered-item-headings.ts)
  // (split again after: an item promoted to a heading brings its own folds up, "</details>\n<details>" and all)
  // ("Q. …?" / "A. …" pairs with no blank line between them: marked-question-runs.ts)
  const nodes = splitAdjacentDetails((nested ? (n: RootContent[]) => n : numberedItemsAsHeadings)(splitAdjacentDetails(splitMarkedQuestionRuns(splitHeadedHtml(splitGluedText(input)), source))));
  // ("### 3. synchronized는 어떻게 동작하나요?" over "<h3>synchronized란?</h3>" … "<h3>Monitor Lock이란?</h3>": headings
  // written in HTML under a Markdown heading are parts of what it holds, ranked below it however they are numbered)
  // (…only a heading with nothing of its own before them: one that answers in its own words, "## JVM이란?" over its answer,
  // then "<h2>GC란?</h2>", sits beside them)
  const htmlRank = { under: 0, shift: null as number | null, since: 0 };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "heading") Object.assign(htmlRank, { under: node.depth, shift: null, since: blocks.length + 1 });
    if (node.type === "yaml" || node.type === "definition") continue;
    if (node.type === "paragraph" && TIL_LINE.test(source.slice(startOf(node), endOf(node)).trim())) continue;
    // (a Notion callout, "<aside>💡 …</aside>": its text, read as a paragraph: callouts.ts)
    // (…its tags on lines of their own go, and the icon opening the paragraph after the opening one)
    if (node.type === "html" && isCalloutTag(node)) continue;
    const opened = nodes[i - 1]?.type === "html" && isCalloutTag(nodes[i - 1] as Html) && !/\//.test((nodes[i - 1] as Html).value);
    const icon = opened && node.type === "paragraph" ? iconLength(source.slice(startOf(node), endOf(node))) : 0;
    const callout = node.type === "html" ? calloutParagraph(node, source) : icon > 0 ? paragraphAt(source, startOf(node) + icon, endOf(node), lineOf(node)) : null;
    if (callout) {
      blocks.push({ node: callout, start: startOf(callout), end: endOf(callout), line: lineOf(callout), endLine: endLineOf(callout) });
      continue;
    }
    const heading = htmlHeading(node);
    if (heading && htmlRank.under > 0) {
      htmlRank.shift ??= blocks.slice(htmlRank.since).some((b) => saysSomething(b.node)) ? 0 : Math.max(0, htmlRank.under + 1 - heading.depth);
      heading.depth = Math.min(6, heading.depth + htmlRank.shift) as Heading["depth"];
    }
    if (heading) {
      blocks.push({ node: heading, start: startOf(node), end: endOf(node), line: lineOf(node), endLine: endLineOf(node) });
      continue;
    }
    if (!nested && node.type === "list" && holdsSections(node, () => blocks.findLast((b) => b.node.type === "heading")?.node as Heading | undefined)) {
      blocks.push(...listedSections(node, source, warnings));
      continue;
    }
    if (node.type === "blockquote" && node.children.some((c) => c.type === "heading") && !isQuotedAside(node) && !isQuotedFacet(node)) {
      blocks.push(...quotedSections(node, source, headingsOutside(blocks)));
      continue;
    }
    const loneSummary = node.type === "html" && OPENS_WITH_SUMMARY.test(node.value) ? summaryOf(node.value) : null;
    if (loneSummary !== null && isLostDetails(node, loneSummary)) {
      const last = lostDetailsEnd(nodes, i);
      const group = nodes.slice(i, last + 1);
      blocks.push({ node, details: { summary: loneSummary, nodes: group }, start: startOf(node), end: endOf(nodes[last]!), line: lineOf(node), endLine: endLineOf(nodes[last]!) });
      i = last;
      continue;
    }
    if (node.type === "html" && /^\s*<details[\s>]/i.test(node.value)) {
      const end = findDetailsEnd(nodes, i);
      if (end === -1) {
        warnings.push({ line: lineOf(node), message: "닫히지 않은 <details> 블록이 있습니다" });
      }
      // (a fold never closed holds what follows, as a browser shows it, up to the next heading or fold: the file may stop
      // mid-answer, "<summary>TCP와 UDP 차이점</summary>" over its answer and no "</details>")
      const last = end === -1 ? unclosedDetailsEnd(nodes, i) : end;
      const group = nodes.slice(i, last + 1);
      const html = group.filter((n): n is Html => n.type === "html").map((n) => n.value).join("\n");
      // "<summary>더보기</summary>" around whole sections: a fold for the page, its headings start sections
      if (isSectionFold(group, summaryOf(html))) {
        blocks.push(...toBlocks(group.slice(1, -1), source, warnings));
        i = last;
        continue;
      }
      blocks.push({
        node,
        details: { summary: summaryOf(html), nodes: group },
        start: startOf(node),
        end: endOf(nodes[last]!),
        line: lineOf(node),
        endLine: endLineOf(nodes[last]!),
      });
      i = last;
      continue;
    }
    // (prose indented by its author reads as the paragraph it is: prose-code.ts)
    blocks.push({ node: proseOfIndentedCode(node, source), start: startOf(node), end: endOf(node), line: lineOf(node), endLine: endLineOf(node) });
  }
  return blocks;
}

/**
 * The last node a `<details>` opened at `start` and never closed holds: only when no "</details>" comes later (the file
 * stops inside the fold; a closer further down belongs to a fold after it, and the one left open is a slip), up to the
 * next heading, fold, rule or paragraph that asks ("**Q2. …?**": the next question, never this one's answer).
 */
function unclosedDetailsEnd(nodes: RootContent[], start: number): number {
  if (nodes.slice(start + 1).some((n) => n.type === "html" && /<\/details\s*>/i.test(n.value))) return start;
  for (let j = start + 1; j < nodes.length; j++) {
    const n = nodes[j]!;
    if (n.type === "heading" || n.type === "thematicBreak" || (n.type === "html" && /^\s*<details[\s>]/i.test(n.value))) return j - 1;
    if (n.type === "paragraph" && isQuestion(stripQuestionPrefix(toString(n).split("\n")[0]!.trim()))) return j - 1;
  }
  return nodes.length - 1;
}

/** Summaries that only fold more of the page away: 더보기, 펼치기, 자세히 보기, (…에 대한) 추가 설명, Read more. */
const MORE = /^((\S.*에\s*(대한|관한)\s*)?(추가|상세한?|자세한|보충)\s*(설명|내용)(\s*보기)?|더\s*보기|펼치기|펼쳐\s*보기|자세히(\s*보기)?|접기|read more|more|show more|expand|click to expand)$/i;

/**
 * A `<details>` whose summary only says "more" and whose body holds
 * headings: the fold hides whole sections, which are read like any others
 * (an answer revealed under a question has no headings of its own level).
 */
function isSectionFold(group: RootContent[], summary: string): boolean {
  if (group.length < 3 || !MORE.test(summary.replace(/[\p{Extended_Pictographic}\u{FE0F}:.!▶▼►👉]/gu, "").trim())) return false;
  const first = group[0]!;
  const last = group[group.length - 1]!;
  if (first.type !== "html" || last.type !== "html") return false;
  if (!/^\s*<details[^>]*>\s*<summary[^>]*>[\s\S]*?<\/summary>\s*(<(div|p)[^>]*>\s*)?$/i.test(first.value)) return false;
  if (!/^\s*(<\/(div|p)>\s*)?<\/details\s*>\s*$/i.test(last.value)) return false;
  return group.slice(1, -1).some((n) => n.type === "heading");
}

/**
 * A line that closes one `<details>` (or only spaces the page: "<br/>",
 * "<hr>", or ends a comment naming the next fold: "<!-- …무엇인가요? -->")
 * followed by a line that opens the next, in one html node.
 */
const DETAILS_SEAM = /(?:<\/details\s*>|<br\s*\/?>|<hr\s*\/?>|-->)[ \t]*\n(?=[ \t]*<details[\s>])/i;

/**
 * Split html nodes at each seam between two `<details>` written without a
 * blank line between them ("</details>\n<details>"): Markdown reads both as
 * one html block, but each is a question of its own. So does a spacer line
 * right above a fold ("<br/>\n<details>"): the html block it opens swallowed
 * the fold, and the question went into the answer of the heading above.
 */
function splitAdjacentDetails(nodes: RootContent[]): RootContent[] {
  if (!nodes.some((n) => n.type === "html" && DETAILS_SEAM.test(n.value))) return nodes;
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type !== "html" || !node.position || node.position.start.offset === undefined || !DETAILS_SEAM.test(node.value)) {
      out.push(node);
      continue;
    }
    const cuts = [...node.value.matchAll(new RegExp(DETAILS_SEAM.source, "gi"))].map((m) => m.index! + m[0].length);
    let from = 0;
    for (const to of [...cuts, node.value.length]) {
      const value = node.value.slice(from, to).replace(/\n$/, "");
      const startLine = node.position.start.line + (node.value.slice(0, from).match(/\n/g) ?? []).length;
      const endLine = startLine + (value.match(/\n/g) ?? []).length;
      const lastNl = value.lastIndexOf("\n");
      out.push({
        type: "html",
        value,
        position: {
          start: { line: startLine, column: from === 0 ? node.position.start.column : 1, offset: node.position.start.offset + from },
          end: { line: endLine, column: lastNl === -1 ? value.length + 1 : value.length - lastNl, offset: node.position.start.offset + from + value.length },
        },
      });
      from = to;
    }
  }
  return out;
}

/** Whether a block says something of its own: text, a list, a table, code — not spacing or a picture. */
function saysSomething(node: RootContent): boolean {
  if (node.type === "html") return plainHtml(node.value).length >= 10;
  return node.type === "paragraph" || node.type === "list" || node.type === "table" || node.type === "code" || node.type === "blockquote";
}

/** `<h3>Title</h3>` written as raw HTML on its own: a heading like `### Title`. */
function htmlHeading(node: RootContent): Heading | null {
  if (node.type !== "html") return null;
  const m = /^\s*<h([1-6])(?:\s[^>]*)?>([\s\S]{1,300}?)<\/h\1\s*>\s*$/i.exec(node.value);
  if (!m) return null;
  const text = plainHtml(m[2]!);
  if (!text) return null;
  return { type: "heading", depth: Number(m[1]) as Heading["depth"], children: [{ type: "text", value: text }], position: node.position };
}

/**
 * A quote that holds headings ("> ### 배경" … "> #### 무결성" …) is a run of
 * sections written inside a quote: its headings start sections like any
 * other, and its other children become body blocks. A body block starts at
 * the beginning of its line so its source keeps the `>` markers (an answer
 * that is all quote is unquoted later).
 */
/**
 * "> #### Context Switching이란?" over its answer in the rest of the quote, in the
 * middle of a section: a side question the writer answers in passing, one quote
 * holding one heading that asks and its answer — a block of the section it sits
 * in (segments.ts reads it as a question there), not a section of its own.
 */
function isQuotedAside(quote: Blockquote): boolean {
  const [first, ...rest] = quote.children;
  if (first?.type !== "heading" || rest.length === 0 || rest.some((c) => c.type === "heading")) return false;
  const text = first.children.map((c) => ("value" in c ? c.value : "children" in c ? c.children.map((g) => ("value" in g ? g.value : "")).join("") : "")).join("").trim();
  return /[?？]$/.test(text) && isQuestion(stripQuestionPrefix(text));
}

/**
 * "> #### 📖 정의" over a definition: a part of the section it sits in, set apart in a box,
 * not a section of its own (as one, it took the answer's next paragraph too, and the quoted
 * question after it as its follow-up).
 */
function isQuotedFacet(quote: Blockquote): boolean {
  const [first, ...rest] = quote.children;
  if (first?.type !== "heading" || rest.length === 0 || rest.some((c) => c.type === "heading")) return false;
  // ("> #### **정의**", "> #### :book: 정의", "> #### 📖 정의:": the name of the part under its dress)
  const text = toString(first).replace(/:[a-z0-9_+-]+:/gi, "");
  return isGenericPart(text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}:：*_]/gu, "").trim());
}

/** The headings written outside quotes so far, in order. */
function headingsOutside(blocks: Block[]): Heading[] {
  return blocks.filter((b) => b.node.type === "heading" && !b.quoted).map((b) => b.node as Heading);
}

/**
 * A quote's headings rank inside the quote: under "### Q1" a quoted "# 작동 방식" and
 * "## 참조형" are parts of Q1's answer, so they are set below the heading the quote
 * sits under (as written, they outranked it and took the notes' next "### Q2" as their
 * follow-up).
 */
function quotedSections(quote: Blockquote, source: string, outside: Heading[]): Block[] {
  const top = Math.min(...quote.children.flatMap((c) => (c.type === "heading" ? [c.depth] : [])));
  const under = outside.at(-1);
  // (…unless a heading it sits in, a first H1 (the note's title) aside, has the quote's top level: "> ## 네트워크" after
  // "## 운영체제" › "### 프로세스란?" is the next chapter, set in a quote)
  const first = outside[0]?.depth === 1 ? 1 : 0;
  const chapter = outside.slice(first).some((h, i) => h.depth === top && outside.slice(first + i + 1).every((o) => o.depth > top));
  const shift = under && top < under.depth && !chapter ? under.depth + 1 - top : 0;
  return quote.children.map((child) => {
    const start = child.type === "heading" ? startOf(child) : source.lastIndexOf("\n", startOf(child) - 1) + 1;
    const node = child.type === "heading" && shift > 0 ? { ...child, depth: Math.min(6, child.depth + shift) as Heading["depth"] } : child;
    return { node, start, end: endOf(child), line: lineOf(child), endLine: endLineOf(child), quoted: true };
  });
}

/**
 * A list whose items open with a heading ("- #### INNER JOIN", "1. ##### Read
 * Uncommitted") is a run of sections written as list items: each such
 * heading starts a section like any other and the rest of its item is that
 * section's body. An item without a heading stays a list item of the
 * section before it.
 */
function listedSections(list: List, source: string, warnings: ParseWarning[]): Block[] {
  // items nested deeper are points of the section they sit in, not sections
  const nested = true;
  const blocks: Block[] = [];
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== "heading") {
      const single: List = { ...list, children: [item], position: item.position };
      blocks.push({ node: single, start: startOf(item), end: endOf(item), line: lineOf(item), endLine: endLineOf(item) });
      continue;
    }
    blocks.push({ node: first, start: startOf(first), end: endOf(first), line: lineOf(first), endLine: endLineOf(first) });
    blocks.push(...toBlocks(rest as RootContent[], source, warnings, nested));
  }
  return blocks;
}

/**
 * Heading items written apart (a blank line or more inside or between
 * them) are sections; a tight list of headings ("- #### ~ Java 8" over one
 * line) is a list of points, and a numbered list under a procedure
 * heading ("#### 진행 방법") is that procedure's steps.
 */
function holdsSections(list: List, headingBefore: () => Heading | undefined): boolean {
  if (!list.children.some((item) => item.children[0]?.type === "heading")) return false;
  if (!list.spread && !list.children.some((item) => item.spread)) return false;
  return !(list.ordered && namesSteps(headingBefore()));
}

/** Index of the node that closes the `<details>` opened at `from`, or -1. Counts nesting. */
function findDetailsEnd(nodes: RootContent[], from: number): number {
  let depth = 0;
  for (let i = from; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type !== "html") continue;
    depth += (n.value.match(/<details[\s>]/gi) ?? []).length;
    depth -= (n.value.match(/<\/details\s*>/gi) ?? []).length;
    if (depth <= 0) return i;
  }
  return -1;
}

function summaryOf(html: string): string {
  const m = /<summary[^>]*>([\s\S]*?)(<\/summary>|$)/i.exec(html);
  return m ? plainHtml(summaryQuestion(m[1]!)) : "";
}

/** "<h3>1. 쿠키와 세션의 차이에 대해 설명해 주세요.</h3>" then its answer, all inside the summary: the heading asks, the rest answers. */
const HEADED_SUMMARY = /^\s*(?:<(?!h[1-6]\b)[^>]*>\s*)*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>([\s\S]*)$/i;

/**
 * The heading and the answer after it, when a summary holds both: the heading asks on its own
 * ("<h4>Q2.</h4> TCP와 …?" numbers a question written after it) and what follows is more than a
 * hint beside it ("👈 클릭", "(펼치기)").
 */
function headedSummary(inner: string): { question: string; answer: string } | null {
  const m = HEADED_SUMMARY.exec(inner);
  if (!m) return null;
  const question = stripQuestionPrefix(plainHtml(m[2]!));
  const after = plainHtml(m[3]!);
  if (!question || !(isQuestion(question) || isRequest(question))) return null;
  if (after.length <= 16 && !/[.。다요]$/.test(after)) return null;
  return { question: m[2]!, answer: m[3]! };
}

/** A summary's question: its heading alone when an answer is written after the heading inside the summary. */
export function summaryQuestion(inner: string): string {
  return headedSummary(inner)?.question ?? inner;
}

/** The answer written inside a summary after its heading (see summaryQuestion), or "". */
export function summaryAnswer(inner: string): string {
  return headedSummary(inner)?.answer ?? "";
}

const INLINE_TAG = /<\/?(?:code|b|i|strong|em|span|mark|u|s|del|ins|sup|sub|kbd|small|tt|font|a)\b[^>]*>/gi;

/** An HTML fragment as one line of plain text: tags to spaces, entities decoded, blank space collapsed. */
export function plainHtml(html: string): string {
  // (inline markup joins the words around it: "<code>useMemo</code>와" is "useMemo와", never "useMemo 와")
  // ("<code>let</code><code>const</code>": two words side by side; "n<sup>2</sup>": a power)
  const joined = html.replace(/<sup>\s*([^<]{1,8})\s*<\/sup>/gi, "^$1").replace(/(<\/[a-z]+\s*>)(?=<(?!\/))/gi, "$1 ");
  return decodeEntities(joined.replace(INLINE_TAG, "").replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
}

/** Decode the few HTML entities that show up in summaries. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}
