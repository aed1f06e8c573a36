/**
 * "<h3>의존성 주입이란</h3>" with "<p>…</p>" right under it and no blank line between: Markdown keeps the two as
 * one HTML block, so the heading was read as a question asked inside the answer rather than the heading it is.
 * The heading's line is split off as an HTML block of its own (blocks.ts reads such a block as a heading).
 */
import type { Html, RootContent } from "mdast";

const HEADED = /^([ \t]*<h([1-6])(?:\s[^>]*)?>[^\n]{1,300}?<\/h\2\s*>)[ \t]*\n(?=[\s\S]*\S)/i;
/** "<br>" lines over such a heading ("# 재답변", "<br>", "<h3>1. …?</h3>", "→ answer"): spacing that opened the block, no part of it. */
const SPACED = /^((?:[ \t]*(?:<br\s*\/?>[ \t]*)+\n)+)(?=[ \t]*<h([1-6])(?:\s[^>]*)?>[^\n]{1,300}?<\/h\2\s*>)/i;

/** The nodes with each HTML block that opens with a one-line heading split into that heading and the rest. */
export function splitHeadedHtml(nodes: RootContent[]): RootContent[] {
  if (!nodes.some((n) => n.type === "html" && (HEADED.test(n.value) || SPACED.test(n.value)))) return nodes;
  return nodes.flatMap((n): RootContent[] => (n.type === "html" ? splitOne(n) : [n]));
}

function splitOne(node: Html): Html[] {
  const p = node.position;
  const spaced = SPACED.exec(node.value);
  if (spaced && p && p.start.offset !== undefined) {
    const lines = spaced[1]!.split("\n").length - 1;
    const spacer: Html = { type: "html", value: spaced[1]!.replace(/\n$/, ""), position: { start: p.start, end: { line: p.start.line + lines - 1, column: 1, offset: p.start.offset + spaced[1]!.length - 1 } } };
    const rest: Html = { type: "html", value: node.value.slice(spaced[1]!.length), position: { start: { line: p.start.line + lines, column: 1, offset: p.start.offset + spaced[1]!.length }, end: p.end } };
    return [spacer, ...splitOne(rest)];
  }
  const m = HEADED.exec(node.value);
  if (!m || !p || p.start.offset === undefined) return [node];
  const head = m[1]!;
  const restStart = m[0].length;
  const start = p.start.offset;
  const heading: Html = { type: "html", value: head, position: { start: p.start, end: { line: p.start.line, column: p.start.column + head.length, offset: start + head.length } } };
  const rest: Html = { type: "html", value: node.value.slice(restStart), position: { start: { line: p.start.line + 1, column: 1, offset: start + restStart }, end: p.end } };
  return [heading, ...splitOne(rest)];
}
