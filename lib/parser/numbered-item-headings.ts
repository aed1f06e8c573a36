/**
 * Questions written as a numbered run of one-line items, each answered by
 * the bullets or paragraphs at the margin under it:
 *
 *     1. HTTP란?
 *
 *     - 웹에서 정보를 주고받는 프로토콜
 *
 *     2. HTTP 상태 코드 종류
 *
 *     - 2xx: 성공 …
 *
 * Markdown reads each number as a list of one item and its answer as a
 * separate list, so the answers belonged to nothing. Three or more such items
 * numbered one after another, half of them or more asking, are headings one
 * level below the heading above them, and what follows each is its section's body.
 */
import type { Heading, List, ListItem, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { isQuestion, isRequest } from "./questions";

const asks = (text: string) => isQuestion(text) || isRequest(text);

/** A heading naming a procedure: its numbered items are steps, never sections. */
const STEPS_TITLE = /(과정|단계|절차|순서|방법|진행|흐름)\s*$/;

/** The one-line text of a numbered list of one item, with its number, or null. */
function numberedLine(node: RootContent): { n: number; paragraph: Paragraph } | null {
  if (node.type !== "list" || !node.ordered || node.children.length !== 1) return null;
  const item = node.children[0] as ListItem;
  const [p, ...rest] = item.children;
  if (!p || p.type !== "paragraph" || rest.length > 0) return null;
  const text = toString(p).trim();
  if (!text || text.includes("\n") || text.length > 100) return null;
  // (a link alone is a table-of-contents entry, not a question)
  if (p.children.length === 1 && p.children[0]!.type === "link") return null;
  return { n: (node as List).start ?? 1, paragraph: p };
}

/** Rewrite each numbered run of answered one-line items as headings (see the module comment). */
export function numberedItemsAsHeadings(nodes: RootContent[]): RootContent[] {
  const out = [...nodes];
  let i = 0;
  while (i < out.length) {
    const run = runFrom(out, i);
    if (!run) {
      i++;
      continue;
    }
    const above = out.slice(0, i).findLast((n): n is Heading => n.type === "heading");
    const depth = Math.min(6, (above?.depth ?? 1) + 1) as Heading["depth"];
    for (const at of run) {
      const { n, paragraph } = numberedLine(out[at]!)!;
      out[at] = { type: "heading", depth, children: [{ type: "text", value: `${n}. ` }, ...paragraph.children], position: out[at]!.position } as Heading;
    }
    i = run.at(-1)! + 1;
  }
  return out;
}

/** Indices of a run starting at `i`: three or more numbered items in sequence, each followed by its answer (no quote, no heading). */
function runFrom(nodes: RootContent[], i: number): number[] | null {
  const first = numberedLine(nodes[i]!);
  if (!first) return null;
  const above = nodes.slice(0, i).findLast((n): n is Heading => n.type === "heading");
  if (above && STEPS_TITLE.test(toString(above).replace(/[\p{P}\p{S}\s]+$/u, ""))) return null;
  const run: number[] = [];
  let expected = first.n;
  let j = i;
  while (j < nodes.length) {
    const item = numberedLine(nodes[j]!);
    if (!item || item.n !== expected) break;
    const answer = nodes[j + 1];
    if (!answer || answer.type === "heading" || answer.type === "blockquote" || numberedLine(answer)) break;
    run.push(j);
    expected++;
    j += 2;
    // (the answer may go on: more paragraphs or lists until the next numbered item or heading)
    while (j < nodes.length && !numberedLine(nodes[j]!) && nodes[j]!.type !== "heading") j++;
  }
  // (half of them or more ask: numbered notes under a topic, "1. 초기 상태", "2. 1 제거", are its steps or parts)
  const asking = run.filter((at) => asks(toString(numberedLine(nodes[at]!)!.paragraph).trim())).length;
  return run.length >= 3 && 2 * asking >= run.length ? run : null;
}
