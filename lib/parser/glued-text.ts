/**
 * Text glued to a tag line: "<summary>꼬리 질문</summary>" with "Q1-1. …?" on
 * the very next line, "</details>" or "<br>" with the next "Q. …?" under it.
 * Markdown reads such lines into the tag's html block (up to the next blank
 * line), so the question or answer written there vanishes into markup. Each
 * run of text lines after a closed summary, a closing tag or a line break —
 * outside any element but a details span — becomes a paragraph of its own,
 * between the tags around it.
 */
import type { Html, Paragraph, RootContent } from "mdast";

/** A line that closes an element (a summary, a details span …) or breaks the line: text after it is the note's own. */
const GLUE_POINT = /(<\/[a-z][a-z0-9]*\s*>|<(br|hr)\s*\/?>)\s*$/i;
/** Elements that hold text of their own (a details span holds Markdown, a void element holds nothing). */
const OPENS = /<(?!\/|details\b|summary\b|br\b|hr\b|img\b|input\b|meta\b|link\b|source\b|!--)[a-z][a-z0-9]*\b[^>]*(?<!\/)>/gi;
const CLOSES = /<\/(?!details\b|summary\b)[a-z][a-z0-9]*\s*>/gi;
/** A line that is markup (a tag opens it), not text. */
const TAG_LINE = /^\s*</;

interface Piece {
  kind: "html" | "text";
  from: number;
  to: number;
}

/** Split one html node's value into tag runs and glued text runs (character ranges), or null when nothing is glued. */
function piecesOf(value: string): Piece[] | null {
  const lines = value.split("\n");
  const pieces: Piece[] = [];
  let offset = 0;
  let openSummary = 0;
  // (text inside a table cell, a div or a list item belongs to that element: only text outside every element but a details span is glued)
  let openElements = 0;
  let glued = false;
  let closed = false;
  for (const line of lines) {
    const end = offset + line.length;
    const isText = line.trim() !== "" && !TAG_LINE.test(line);
    // (a summary's own text may run over several lines: that is the summary, not glued text)
    const kind = isText && glued && openSummary <= 0 && openElements <= 0 ? "text" : "html";
    const last = pieces[pieces.length - 1];
    // (a closed details span ends its piece: "</details>\n</details>\n<br>" closes two spans, then the page goes on)
    if (last && last.kind === kind && !closed) last.to = end;
    else pieces.push({ kind, from: offset, to: end });
    openSummary += (line.match(/<summary[\s>]/gi) ?? []).length - (line.match(/<\/summary\s*>/gi) ?? []).length;
    openElements += (line.match(OPENS) ?? []).length - (line.match(CLOSES) ?? []).length;
    if (GLUE_POINT.test(line)) glued = true;
    else if (!isText) glued = false;
    closed = /<\/details\s*>\s*$/i.test(line);
    offset = end + 1;
  }
  return pieces.length > 1 ? pieces : null;
}

/** The node for one piece, positioned in the whole file. */
function pieceNode(node: Html, value: string, piece: Piece): RootContent {
  const start = node.position!.start;
  const before = node.value.slice(0, piece.from);
  const line = start.line + (before.match(/\n/g) ?? []).length;
  const endLine = line + (value.match(/\n/g) ?? []).length;
  const lastNl = value.lastIndexOf("\n");
  const position = {
    start: { line, column: piece.from === 0 ? start.column : 1, offset: start.offset! + piece.from },
    end: { line: endLine, column: lastNl === -1 ? value.length + 1 : value.length - lastNl, offset: start.offset! + piece.to },
  };
  if (piece.kind === "html") return { type: "html", value, position };
  // (entities the author used for indentation, "&nbsp;&nbsp;Q1-1. …", are spaces)
  const text = value.split("\n").map((l) => l.replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").trim()).join("\n");
  const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value: text, position }], position };
  return paragraph;
}

/**
 * Split html nodes whose `<details>` tag lines have text glued under them:
 * the text becomes a paragraph node, the tags stay html nodes (so the
 * details span still groups and nests as written).
 */
export function splitGluedText(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const glues = node.type === "html" && node.position?.start.offset !== undefined && node.value.split("\n").slice(0, -1).some((l) => GLUE_POINT.test(l));
    const pieces = glues ? piecesOf((node as Html).value) : null;
    if (!pieces) {
      out.push(node);
      continue;
    }
    for (const p of pieces) out.push(pieceNode(node as Html, (node as Html).value.slice(p.from, p.to), p));
  }
  return out;
}
