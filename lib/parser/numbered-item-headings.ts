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
 * numbered one after another (or each "1."), half of them or more asking, are
 * headings one level below the heading above them, and what is nested under
 * each or follows it is its section's body.
 */
import type { Heading, ListItem, Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { isQuestion, isRequest } from "./questions";

const asks = (text: string) => isQuestion(text) || isRequest(text);

/** A heading naming a procedure ("#### 진행 방법", "### 로그인 과정:"): its numbered items are steps, never sections. */
export function namesSteps(heading: Heading | undefined): boolean {
  return !!heading && /(과정|단계|절차|순서|방법|진행)\s*$/.test(toString(heading).replace(/[\p{P}\p{S}\s]+$/u, ""));
}

interface NumberedItem {
  n: number;
  paragraph: Paragraph;
  nested: RootContent[];
}

/** An item whose first line is short and asks or names: its number, that line, and what is nested under it; or null. */
function itemOf(item: ListItem, n: number): NumberedItem | null {
  const [p, ...rest] = item.children;
  if (!p || p.type !== "paragraph") return null;
  const text = toString(p).trim();
  if (!text || text.includes("\n") || text.length > 100) return null;
  // (a link alone is a table-of-contents entry, not a question)
  if (p.children.length === 1 && p.children[0]!.type === "link") return null;
  return { n, paragraph: p, nested: rest as RootContent[] };
}

/**
 * The numbered items of a list that stands as questions: one item, or several
 * each answered under it ("2. …?" over its bullets, "3. …?" over its own).
 */
function numberedItems(node: RootContent): NumberedItem[] | null {
  if (node.type !== "list" || !node.ordered || node.children.length === 0) return null;
  const start = node.start ?? 1;
  const items = (node.children as ListItem[]).map((item, k) => itemOf(item, start + k));
  if (items.some((i) => i === null)) return null;
  return items.length === 1 || items.every((i) => i!.nested.length > 0) ? (items as NumberedItem[]) : null;
}

/** Whether a heading was written as one of those numbered items. */
export const wasNumberedItem = (heading: Heading | null): boolean => !!(heading?.data as { numberedItem?: boolean } | undefined)?.numberedItem;

/** Rewrite each numbered run of answered one-line items as headings (see the module comment). */
export function numberedItemsAsHeadings(nodes: RootContent[]): RootContent[] {
  // (most notes have no numbered list at all: nothing to rewrite)
  if (!nodes.some((n) => n.type === "list" && n.ordered)) return nodes;
  const out: RootContent[] = [];
  let above: Heading | undefined;
  let i = 0;
  while (i < nodes.length) {
    const chain = chainFrom(nodes, i, above);
    if (!chain) {
      if (nodes[i]!.type === "heading") above = nodes[i] as Heading;
      out.push(nodes[i]!);
      i++;
      continue;
    }
    // (the run opens at the first list from which the chain's rest holds three items or more, half of them asking:
    // "1. 초기 상태", "2. 1 제거" numbered notes before it stay as written; one pass, however long the chain)
    let from = -1;
    for (let k = chain.lists.length - 1, items = 0, asking = 0; k >= 0; k--) {
      items += chain.lists[k]!.items.length;
      asking += chain.lists[k]!.asking;
      if (items >= 3 && 2 * asking >= items) from = k;
    }
    const converted = new Map(chain.lists.slice(from === -1 ? chain.lists.length : from).map((l) => [l.at, l.items]));
    const depth = Math.min(6, (above?.depth ?? 1) + 1) as Heading["depth"];
    for (let j = i; j < chain.end; j++) {
      const items = converted.get(j);
      if (!items) {
        out.push(nodes[j]!);
        continue;
      }
      // (what was nested under an item opens its section's body)
      for (const item of items) out.push({ type: "heading", depth, children: [{ type: "text", value: `${item.n}. ` }, ...item.paragraph.children], position: item.paragraph.position, data: { numberedItem: true } } as Heading, ...item.nested);
    }
    i = chain.end;
  }
  return out;
}

/**
 * The chain of numbered lists starting at `i`: numbered in sequence or each
 * "1." (Markdown renumbers them), each item answered under it or by what follows
 * it (no quote, no heading); `end` is the index after the last list's answer.
 */
function chainFrom(nodes: RootContent[], i: number, above: Heading | undefined): { lists: { at: number; items: NumberedItem[]; asking: number }[]; end: number } | null {
  const first = numberedItems(nodes[i]!);
  if (!first) return null;
  if (namesSteps(above)) return null;
  const lists: { at: number; items: NumberedItem[]; asking: number }[] = [];
  let expected = first[0]!.n;
  let j = i;
  while (j < nodes.length) {
    const items = numberedItems(nodes[j]!);
    if (!items || (items[0]!.n !== expected && items[0]!.n !== 1)) break;
    const answer = nodes[j + 1];
    const answeredBelow = !!answer && answer.type !== "heading" && answer.type !== "blockquote" && !numberedItems(answer);
    if (items.at(-1)!.nested.length === 0 && !answeredBelow) break;
    lists.push({ at: j, items, asking: items.filter((item) => asks(toString(item.paragraph).trim())).length });
    expected = items.at(-1)!.n + 1;
    j++;
    // (the answer may go on: more paragraphs or lists until the next numbered item or heading)
    while (j < nodes.length && !numberedItems(nodes[j]!) && nodes[j]!.type !== "heading") j++;
  }
  return lists.length > 0 ? { lists, end: j } : null;
}
