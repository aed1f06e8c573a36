/**
 * Notion's callouts, exported as `<aside>` HTML around the text ("<aside>",
 * "💡 GC란? …", "</aside>"): the text is the note's own words, often a topic's
 * whole explanation. remark keeps the opening line and the text under it as
 * one HTML block, which read as markup, so a topic explained only in a callout
 * made no card. Read as a paragraph of its text, the callout's icon aside.
 */
import type { Html, Paragraph } from "mdast";
import { lineOf, startOf } from "./markdown";

const OPENING = /^\s*<aside\b[^>]*>[ \t]*(\n[ \t]*)?([\p{Extended_Pictographic}\u{FE0F}\u{200D}]+[ \t]*)?/iu;
const CLOSING = /\s*<\/aside\s*>\s*$/i;

/** Whether an HTML block only closes a callout ("</aside>"). */
export function closesCallout(node: Html): boolean {
  return /^\s*<\/aside\s*>\s*$/i.test(node.value);
}

/** The text of an HTML block that opens a callout, as a paragraph placed in the source; null for any other block or an empty callout. */
export function calloutParagraph(node: Html, source: string): Paragraph | null {
  const open = OPENING.exec(node.value);
  const at = startOf(node);
  if (!open || source.slice(at, at + node.value.length) !== node.value) return null;
  const text = node.value.slice(open[0].length).replace(CLOSING, "");
  if (!text.trim()) return null;
  const start = at + open[0].length;
  const end = start + text.length;
  const line = lineOf(node) + (open[0].match(/\n/g)?.length ?? 0);
  const lines = text.split("\n");
  const position = { start: { line, column: 1, offset: start }, end: { line: line + lines.length - 1, column: lines.at(-1)!.length + 1, offset: end } };
  return { type: "paragraph", children: [{ type: "text", value: text, position }], position };
}

/** An answer's callout tags and icons taken away, its text kept ("<aside>\n💡 올릴 수 있다.\n</aside>" → "올릴 수 있다."). */
export function unwrapCallouts(markdown: string): string {
  if (!/<\/?aside\b/i.test(markdown)) return markdown;
  return markdown
    .replace(/^([ \t]*)<aside\b[^>]*>[ \t]*\n([ \t]*)[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+[ \t]*/gimu, "$2")
    .replace(/^[ \t]*<\/?aside\b[^>]*>[ \t]*$\n?/gim, "");
}
