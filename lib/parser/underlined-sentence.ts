/**
 * "…데이터그램을 전송합니다." on the line right above a "---" divider is, to
 * CommonMark, a setext heading: the rule underlines the line before it. Notes
 * use "---" between topics and seldom leave the blank line, so an answer's last
 * sentence would become a heading with nothing under it, and be skipped. A
 * heading so underlined that reads as a sentence is read as the author wrote it:
 * that paragraph, then a thematic break. A sentence ends in a full stop or "!"
 * (in any language), in 다/요 or a note's 함/임/음/됨, or runs past a heading's
 * length, whatever bold, smiley or bracketed remark closes it ("…입니다 :)",
 * "**…이다.**", "…입니다 (HotSpot 기준)."). An underlined title ("Rehearse 소개")
 * or question stays a heading.
 */
import type { Heading, List, Nodes, Paragraph, RootContent, ThematicBreak } from "mdast";

/** The sentence endings of a written answer: "…전송합니다.", "…있다", "…거예요!", "…발생함", "…created in." */
const SENTENCE_END = /([.!。]|(다|요|함|임|음|됨|짐)[~!]*)$/;
/** What may close a sentence after its ending: markup, a smiley, a laugh, a remark in brackets. */
const CLOSING = /(\s*([*_`~]+|:\)|;\)|\^\^|[ㅎㅋ]+|\([^()\n]*\)[.!]?))+$/;
/** A setext underline of dashes: "---" right under the line it underlines. */
const DASH_UNDERLINE = /^ {0,3}-+[ \t]*$/;
/** Longer than any heading: a sentence whatever its ending. */
const HEADING_MAX = 80;

/** Whether an underlined line reads as a sentence rather than a heading. */
function readsAsSentence(text: string): boolean {
  const last = text.trim().split(/\r?\n/).pop()!.trim();
  if (/[?？]$/.test(last)) return false;
  return SENTENCE_END.test(last.replace(CLOSING, "").trim()) || text.trim().length > HEADING_MAX;
}

/** The top-level blocks, with every sentence that a "---" underlined read back as a paragraph and a rule. */
export function unsetUnderlinedSentences(children: RootContent[], source: string): RootContent[] {
  if (!children.some((c) => c.type === "heading" && c.depth === 2)) return children;
  return children.flatMap((child) => {
    const pos = child.position;
    if (child.type !== "heading" || child.depth !== 2 || !pos || pos.end.line === pos.start.line) return [child];
    const underlineStart = (pos.end.offset ?? 0) - (pos.end.column - 1);
    const underline = source.slice(underlineStart, pos.end.offset);
    const text = source.slice(pos.start.offset, underlineStart).replace(/\r?\n$/, "");
    if (!DASH_UNDERLINE.test(underline) || !readsAsSentence(text)) return [child];
    const textEnd = (pos.start.offset ?? 0) + text.length;
    const lastLine = pos.end.line - 1;
    const lastLineStart = source.lastIndexOf("\n", textEnd - 1) + 1;
    const paragraph: Paragraph = {
      type: "paragraph",
      children: child.children,
      position: { start: pos.start, end: { line: lastLine, column: textEnd - lastLineStart + 1, offset: textEnd } },
    };
    const rule: ThematicBreak = { type: "thematicBreak", position: { start: { line: pos.end.line, column: 1, offset: underlineStart }, end: pos.end } };
    return [paragraph, rule];
  });
}

/** A lone dash under an item's text: the empty bullet its author left for an answer, not a heading's underline. */
const EMPTY_BULLET = /^[ \t]*-[ \t]*$/;

/**
 * "* What is B?" over "  - " (an answer's bullet left empty) is, to CommonMark, a list item holding a setext heading:
 * the dash underlines the question. Every such heading inside a list is read back as the paragraph it was written as
 * (the list it sits in was no list of questions, and every question in it was lost). Changes the tree in place.
 */
export function unsetEmptyBulletHeadings(children: RootContent[], source: string): RootContent[] {
  if (!source.includes("-")) return children;
  const stack: Nodes[] = children.filter((c): c is List => c.type === "list");
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!("children" in node)) continue;
    node.children.forEach((child, i) => {
      if (node.type === "listItem" && child.type === "heading") {
        const paragraph = emptyBulletParagraph(child, source);
        if (paragraph) (node.children as Nodes[])[i] = paragraph;
      } else stack.push(child as Nodes);
    });
  }
  return children;
}

function emptyBulletParagraph(heading: Heading, source: string): Paragraph | null {
  const pos = heading.position;
  if (heading.depth !== 2 || !pos || pos.end.line === pos.start.line || pos.start.offset === undefined || pos.end.offset === undefined) return null;
  const underlineStart = pos.end.offset - (pos.end.column - 1);
  if (!EMPTY_BULLET.test(source.slice(underlineStart, pos.end.offset))) return null;
  const textEnd = pos.start.offset + source.slice(pos.start.offset, underlineStart).replace(/\r?\n$/, "").length;
  const lastLineStart = source.lastIndexOf("\n", textEnd - 1) + 1;
  return { type: "paragraph", children: heading.children, position: { start: pos.start, end: { line: pos.end.line - 1, column: textEnd - lastLineStart + 1, offset: textEnd } } };
}
