/**
 * Notion's callouts, exported as `<aside>` HTML around the text ("<aside>",
 * "💡 GC란? …", "</aside>"): the text is the note's own words, often a topic's
 * whole explanation. remark keeps the opening line and the text under it as
 * one HTML block, which read as markup, so a topic explained only in a callout
 * made no card. Read as a paragraph of its text, the callout's icon (an emoji
 * or Notion's icon image) aside. A sentence that names the tag, "<aside>는 …",
 * is no callout.
 */
import type { Html, Paragraph } from "mdast";
import { lineOf, startOf } from "./markdown";

/** An icon opening a callout's text: emoji, or the icon image Notion exports. */
const ICON = String.raw`(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{2139}]+|<img\b[^>]*>)[ \t]*`;
/** The opening tag, then only the end of its line or the icon (blank lines between them allowed). */
const OPENING = new RegExp(String.raw`^\s*<aside\b[^>]*>[ \t]*(?:(?:\n[ \t]*)+(?=\S))?(?:${ICON})?(?=\n|$|\S)`, "iu");
const OPENS_TEXT = new RegExp(String.raw`^\s*<aside\b[^>]*>[ \t]*(?:$|\n|${ICON})`, "iu");
const CLOSING = /\s*<\/aside\s*>\s*$/i;
const ICON_FIRST = new RegExp(String.raw`^[ \t]*${ICON}`, "u");

/** Whether an HTML block only opens or closes a callout ("<aside>", "</aside>"). */
export function isCalloutTag(node: Html): boolean {
  return /^\s*<\/?aside\b[^>]*>\s*$/i.test(node.value);
}

/** A paragraph of the source's text from `start` to `end`, which begins on `line`. */
export function paragraphAt(source: string, start: number, end: number, line: number): Paragraph {
  const text = source.slice(start, end);
  const lines = text.split("\n");
  const position = { start: { line, column: 1, offset: start }, end: { line: line + lines.length - 1, column: lines.at(-1)!.length + 1, offset: end } };
  return { type: "paragraph", children: [{ type: "text", value: text, position }], position };
}

/** The text of an HTML block that opens a callout, as a paragraph placed in the source; null for any other block or an empty callout. */
export function calloutParagraph(node: Html, source: string): Paragraph | null {
  if (!OPENS_TEXT.test(node.value)) return null;
  const open = OPENING.exec(node.value);
  const at = startOf(node);
  if (!open || source.slice(at, at + node.value.length) !== node.value) return null;
  const text = node.value.slice(open[0].length).replace(CLOSING, "");
  if (!text.trim()) return null;
  const start = at + open[0].length;
  return paragraphAt(source, start, start + text.length, lineOf(node) + (open[0].match(/\n/g)?.length ?? 0));
}

/** How many characters of icon open a paragraph's text (after a callout's opening tag on a line of its own). */
export function iconLength(text: string): number {
  return ICON_FIRST.exec(text)?.[0].length ?? 0;
}

/** A line that is only a list marker ("- ", "1. "), left when a callout opened on an item's line. */
const BARE_MARKER = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]*$/;

/**
 * An answer's callout tags and icons taken away, its text kept ("<aside>\n💡 올릴 수 있다.\n</aside>" → "올릴 수 있다.").
 * Only tags that open a line (after a list marker, "- <aside>") and close one are a callout's; code (fenced or inline) and
 * prose that names the tag stay as written.
 */
export function unwrapCallouts(markdown: string): string {
  if (!/<\/?aside\b/i.test(markdown)) return markdown;
  const out: string[] = [];
  let fence: string | null = null;
  let inCallout = false;
  let iconDue = false;
  let markerAt = -1;
  const opening = new RegExp(String.raw`^([ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?)<aside\b[^>]*>[ \t]*(?=$|${ICON})`, "iu");
  const leadingIcon = new RegExp(String.raw`^([ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?)${ICON}`, "u");
  const oneLine = new RegExp(String.raw`^([ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?)<aside\b[^>]*>[ \t]*(?:${ICON})?([^<\n\x60]*?)[ \t]*<\/aside\s*>[ \t]*$`, "iu");
  for (const line of markdown.split("\n")) {
    const mark = /^[ \t]*(\`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null || mark) {
      if (fence === null) fence = mark!;
      else if (mark && mark.startsWith(fence)) fence = null;
      out.push(line);
      continue;
    }
    // ("- <aside> 💡 HTTP/3는 … </aside>": a callout on one line)
    const whole = oneLine.exec(line);
    if (whole) {
      out.push(whole[1]! + whole[2]!);
      continue;
    }
    let l = line;
    const open = opening.exec(l);
    if (open) {
      l = open[1] + l.slice(open[0].length);
      inCallout = iconDue = true;
    }
    const closed = inCallout && /^(.*?)[ \t]*<\/aside\s*>[ \t]*$/i.exec(l);
    if (closed) {
      l = closed[1]!;
      inCallout = false;
    }
    if (iconDue && l.trim() && !BARE_MARKER.test(l)) {
      l = l.replace(leadingIcon, "$1");
      iconDue = false;
    }
    // (the tag's own line, and blank lines between it and the text, go)
    if (closed && !l.trim()) while (out.length > 0 && !out.at(-1)!.trim()) out.pop();
    if ((open || closed || iconDue) && !l.trim()) continue;
    // ("- <aside>" then the text on the next line: the item's text)
    if (markerAt >= 0 && markerAt === out.length - 1 && !open && l.trim()) {
      out[markerAt] = `${out[markerAt]!.trimEnd()} ${l.trim()}`;
      markerAt = -1;
      continue;
    }
    if (open && BARE_MARKER.test(l)) markerAt = out.length;
    out.push(l);
  }
  return out.join("\n");
}
