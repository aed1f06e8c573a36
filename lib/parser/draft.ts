/**
 * Internal card drafts and helpers that turn blocks back into Markdown by
 * slicing the original source (so the author's formatting survives).
 */
import { summaryAnswer, type Block } from "./blocks";
import { stripAnswerPrefix } from "./questions";
import type { CardKind } from "./types";
import { unwrapCallouts } from "./callouts";

export interface CardDraft {
  kind: CardKind;
  prompt: string;
  /** What the question shows before it asks ("…테이블입니다." over "…영향에 대해 알려주세요"): the card's `given`. */
  given?: string;
  answer: string;
  tips: string[];
  steps?: string[];
  /** Display heading path. */
  headingPath: string[];
  /** What distinguishes this card within its section ("why", or a question's text). */
  role: string;
  /** Higher wins when two drafts are duplicates. */
  rank: number;
  lineStart: number;
  lineEnd: number;
  /** Key of the topic the card belongs to (for sources and parents). */
  topicKey: string;
  topicTitle: string;
  /** Key of the top-level topic (for 출처 sections scoped to a topic). */
  scopeKey: string;
  /** Index of the topic's section: tells apart topics whose headings repeat (two members' "## Q1. …" under one heading). */
  topicIndex?: number;
  /** For follow-ups: key of the topic whose card is the parent, if known. */
  anchorKey?: string;
  /** For follow-ups: index of that topic's section (see topicIndex). */
  anchorIndex?: number;
  /** For follow-ups: the anchor is the note as a whole (its title or its preamble). */
  anchorIsDeck?: boolean;
  /** For follow-ups: the draft of the very question they follow (nested details, sub-questions). */
  parentDraft?: CardDraft;
  /** The kind its id is made with, when it differs from `kind`: a card retyped as a follow-up keeps the id earlier parses gave it. */
  idKind?: CardKind;
  /** The role its id is made with, when it differs from `role` (see idKind). */
  idRole?: string;
  /** The heading path its id is made with, when it differs from `headingPath` (a practice prompt's: none). */
  idPath?: string[];
}

export const RANK = { followup: 5, question: 4, script: 3, steps: 3, label: 2, explain: 1 } as const;

/** "*Assembled by …*", "작성자: …": who wrote the note, not what it says. */
const BYLINE = /^[*_]*\s*(a+s+e+m+b+l+e+d|written|created|posted|edited|compiled|translated)\s+by\b[^\n]*$|^[*_]*\s*(작성자|작성일|정리한 사람)\s*[:：][^\n]*$|^[*_]+[^*_\n]{0,60}\bby\b[^*_\n]{0,40}\(\d{4}[-./]\d{1,2}[-./]\d{1,2}\)[*_]+$/i;

/** "📅 2025.02.22 | 📁 Week 2", "작성: 2024-01-03 · OS": a dated stamp of the note (a date and a few tags, no sentence). */
const DATE_STAMP = /^(?=[^\n]*\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2})(?![^\n]*(다|요|죠)[.!]?\s*$)[^\n]{8,60}$/u;

/** Whether a line is only a dated stamp (see DATE_STAMP): its tags are short words or separated by "|" / "·". */
function isDateStamp(line: string): boolean {
  // (most paragraphs: the stamp's year, marks aside, is the cheapest thing to look for)
  if (!/\d(?:[*_>]*\d){3}/.test(line)) return false;
  const t = line.replace(/[*_>]/g, "").trim();
  // (dressed as a stamp — an emoji, a word saying what the date is, or set in emphasis — not a date that answers: "2014.03.18 | LTS")
  const stamped = /\p{Extended_Pictographic}/u.test(t) || /(작성|날짜|일자|date|week|주차|업데이트|updated|수정)/i.test(t) || /^\s*[*_]+[^*_]+[*_]+\s*$/.test(line.replace(/^[\s>]+/, ""));
  return stamped && DATE_STAMP.test(t) && (/[|·•]/.test(t) || t.replace(/[\d\s\-./년월일:：()\p{Extended_Pictographic}\u{FE0F}]/gu, "").length <= 8);
}

/** The particulars only a note's header holds: when it was studied, by whom, how hard ("기준", "범위" may head an answer's lines). */
const HEADER_WORDS = "진행\\s*일(시)?|일시|날짜|일자|태그|tags?|난이도|소요\\s*시간|주\\s*차|회\\s*차|발표자|작성자|작성일|date|difficulty";
const HEADER_KEY = new RegExp(`^(${HEADER_WORDS})$`, "i");
/** All the keys of a note's particulars ("진행일", "범위", "기준", "출처", "난이도"): when, what and how it was studied, not what it says. */
const PARTICULAR_KEY = new RegExp(`^(${HEADER_WORDS}|범위|기준|출처|참고(\\s*자료)?|분류|카테고리|category|source|level)$`, "i");

/**
 * "> 진행일: 2026-08-09" over "> 범위: …" and "> 기준: Java 21": two lines or more, each a short key and a
 * short value that asks nothing and is no sentence, every key a particular of the note and one of them
 * a particular only a header holds (a date, a level). ("기준: …" over "범위: …" answers a question, and
 * "질문: …?" among "출처:" and "난이도:" lines asks one.)
 */
function isParticulars(text: string): boolean {
  // (most paragraphs hold no key at all)
  if (!/[:：]/.test(text) || /[?？]/.test(text)) return false;
  const lines = text.split("\n").map((l) => l.replace(/^[\s>]*([-*+]\s+)?/, "").replace(/\*\*|__/g, "").trim()).filter(Boolean);
  if (lines.length < 2) return false;
  let header = false;
  for (const line of lines) {
    const m = /^([^:：]{1,12}?)\s*[:：]\s*(\S.*)$/.exec(line);
    if (!m || m[2]!.length > 80 || /(다|요|죠)[.!]?$/.test(m[2]!)) return false;
    const key = m[1]!.replace(/\p{Extended_Pictographic}|\u{FE0F}/gu, "").trim();
    if (!PARTICULAR_KEY.test(key)) return false;
    header ||= HEADER_KEY.test(key);
  }
  return header;
}

const WRAPPER_LINE = /^\s*<\/?(p|div|br|span|center)(\s[^>]*)?\/?>\s*$/i;

/**
 * Slice `source[start, end)` and remove the indentation common to all its
 * lines (the first line is measured from its real column), then trim.
 */
export function sliceDedent(source: string, start: number, end: number): string {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  const text = " ".repeat(Math.max(0, start - lineStart)) + source.slice(start, end);
  return dedent(text).trim();
}

/** Remove the indentation common to all non-blank lines. */
export function dedent(text: string): string {
  const lines = text.split("\n");
  let min = Infinity;
  for (const l of lines) {
    if (l.trim() === "") continue;
    min = Math.min(min, l.length - l.trimStart().length);
  }
  if (!Number.isFinite(min) || min === 0) return text;
  return lines.map((l) => l.slice(Math.min(min, l.length - l.trimStart().length))).join("\n");
}

/** Answers written entirely as a quote are unwrapped; a leading `A.` marker is dropped. */
export function cleanAnswer(markdown: string): string {
  let text = unwrapCallouts(markdown).trim();
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length > 0 && lines.every((l) => /^\s{0,3}>/.test(l))) text = unquote(text);
  // (line breaks written as html after the last line are spacing before the next item, not the answer)
  // (…and so are those before the first: "> **…?**" then "<br />답 …" on the next line)
  return stripAnswerPrefix(text).replace(/(\n[ \t]*(<br\s*\/?>[ \t]*)+)+\s*$/i, "").replace(/^([ \t]*<br\s*\/?>)+[ \t]*/i, "").replace(/\n{3,}/g, "\n\n").trim();
}

/** Strip one level of `>` from every line of a blockquote's source. */
export function unquote(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/^\s{0,3}>\s?/, ""))
    .join("\n")
    .trim();
}

/** Markdown of one block; `<details>` spans are reduced to their inner content. */
export function blockMarkdown(block: Block, source: string): string {
  if (block.quoted) return dedent(unquote(source.slice(block.start, block.end))).trim();
  if (!block.details) return sliceDedent(source, block.start, block.end);
  return detailsBody(source.slice(block.start, block.end));
}

/** Inner Markdown of a `<details>` span without summary and wrapper tags. */
export function detailsBody(raw: string): string {
  const body = raw
    .replace(/^\s*<details[^>]*>/i, "")
    // (an answer written inside the summary after its heading opens the body: blocks.ts summaryAnswer)
    .replace(/<summary[^>]*>([\s\S]*?)<\/summary>/i, (_, inner: string) => summaryAnswer(inner))
    .replace(/<\/details\s*>\s*$/i, "");
  return dedent(
    body
      .split("\n")
      .filter((l) => !WRAPPER_LINE.test(l))
      .join("\n"),
  )
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Self-closing MDX components on their own lines: "<AlgorithmCourses />". */
const MDX_COMPONENTS = /^(\s*<[A-Z][A-Za-z0-9]*(\s+[^<>]*)?\/>\s*)+$/;
/** MDX module lines: "import Courses from '../_courses/Courses.md'". */
const MDX_IMPORTS = /^(\s*(import|export)\s+[^\n]*\sfrom\s+['"][^'"\n]+['"];?\s*)+$/;

/** Whether a block carries no readable content (spacer html, lone image, rule, MDX plumbing). */
export function isNoise(block: Block, source: string): boolean {
  // (asked of the same block nine times in ten on the corpus: remembered per block and source)
  const seen = noiseOf.get(block);
  if (seen && seen.source === source) return seen.noise;
  const noise = isNoiseNow(block, source);
  noiseOf.set(block, { source, noise });
  return noise;
}

const noiseOf = new WeakMap<Block, { source: string; noise: boolean }>();

function isNoiseNow(block: Block, source: string): boolean {
  const n = block.node;
  if (block.details) return false;
  if (n.type === "thematicBreak" || n.type === "yaml" || n.type === "definition") return true;
  if (n.type === "heading" && !source.slice(block.start, block.end).replace(/^\s*#+/, "").trim()) return true;
  // (an MDX component placed by the site, "<InDocAd />", renders nothing of the note)
  if (n.type === "html") return /^(\s*<\/?(br|p|div|hr|span|center|img|image)\b[^>]*\/?>\s*)*$/i.test(n.value) || /^\s*<!--[\s\S]*-->\s*$/.test(n.value) || MDX_COMPONENTS.test(n.value) || isNavigation(n.value);
  // "> 작성자 : …": a byline set as a quote
  if (n.type === "blockquote" && n.children.length === 1 && n.children[0]!.type === "paragraph" && (BYLINE.test(unquote(source.slice(block.start, block.end)).trim()) || isDateStamp(unquote(source.slice(block.start, block.end))) || isParticulars(source.slice(block.start, block.end)))) return true;
  // "> :arrow_double_up:[Top](#…) [Back](…)": the page's navigation after each answer, set as a quote or not
  if ((n.type === "blockquote" || n.type === "paragraph") && isNavigation(n.type === "blockquote" ? unquote(source.slice(block.start, block.end)) : source.slice(block.start, block.end))) return true;
  if (n.type === "paragraph") {
    const text = source.slice(block.start, block.end);
    if (BYLINE.test(text.trim()) || MDX_IMPORTS.test(text) || isDateStamp(text) || isParticulars(text)) return true;
    return text.replace(/!\[[^\]]*\]\([^)]*\)|<img[^>]*>|<br\s*\/?>/gi, "").trim() === "";
  }
  return false;
}

/** Link texts that move around the page: "Top", "Back", "위로", "목차로", "⬆️". */
const NAVIGATION_LINK = /\[\s*(?::[a-z0-9_+-]+:\s*|[\p{Extended_Pictographic}\u{FE0F}]\s*)*((back|go)\s*to\s*(the\s*)?top|top\s*으로|top|back|home|prev(ious)?|next|맨\s*위로?(\s*(가기|이동))?|위로(\s*가기)?|처음으로|목차(로|\s*보기|로\s*돌아가기)?|돌아가기|뒤로(\s*가기)?|이전|다음|[↑⬆]\u{FE0F}?)\s*\]\([^)]*\)/giu;

/** Whether a line holds only navigation links, with emoji shortcodes and separators around them. */
function isNavigation(written: string): boolean {
  // (most blocks link nowhere: nothing to read)
  if (!written.includes("](") && !/<a\s/i.test(written)) return false;
  // ('<div align="right"><a href="#목차">🔝 목차로 돌아가기</a></div>', "**[⬆ back to top](#top)**": the same links in HTML or bold)
  const text = written.includes("<") || written.includes("**") ? written.replace(/<a\s[^>]*href\s*=\s*["'](#[^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, "[$2]($1)").replace(/<\/?(div|p|span|b|strong|sub|sup|small)\b[^>]*>/gi, " ").replace(/\*\*|__/g, "") : written;
  if (!NAVIGATION_LINK.test(text)) return false;
  NAVIGATION_LINK.lastIndex = 0;
  return !text.replace(NAVIGATION_LINK, "").replace(/:[a-z0-9_+-]+:|[\p{Extended_Pictographic}\u{FE0F}|·•/\-\s]/giu, "").trim();
}

/** Join blocks' Markdown, skipping noise blocks. */
export function blocksMarkdown(blocks: Block[], source: string): string {
  return blocks
    .filter((b) => !isNoise(b, source))
    .map((b) => blockMarkdown(b, source))
    .filter(Boolean)
    .join("\n\n");
}

/** First and last line of some blocks (or the fallback line). */
export function lineRange(blocks: Block[], fallback: number): [number, number] {
  if (blocks.length === 0) return [fallback, fallback];
  return [blocks[0]!.line, blocks[blocks.length - 1]!.endLine];
}

/** A sentence among the first few that says what the repository collects ("…을 정리해 놓은 저장소입니다"). */
export function describesRepository(text: string): boolean {
  const sentences = text.slice(0, 400).split(/(?<=[.!?。])\s|\n/).slice(0, 4);
  return sentences.some((s) => /(정리|모아\s*놓은|모아\s*둔|모아놓은|모은|기록하는|공부하면서)[^.\n]{0,40}(저장소|레포|repository)/i.test(s));
}
