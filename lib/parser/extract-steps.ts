/**
 * Ordered procedures: lists whose items are steps.
 */
import { SUB_STEP, stepNumber } from "./heading-roles";
import { isQuestion } from "./questions";
import type { List, ListItem, Nodes } from "mdast";
import type { Block } from "./blocks";
import { endOf, startOf, textOf } from "./markdown";
import { isNoise } from "./draft";

/** "[STEP 1]", "Step 2:", "1단계", "단계 3)" at the start of an item. */
const STEP_MARKER = /^\s*[[(]?\s*(step\s*\d{1,3}|\d{1,3}\s*단계|단계\s*\d{1,3})\s*[\])]?\s*[:.)-]?\s*/i;
const IMAGE = /!\[[^\]]*\]\([^)]*\)|<img[^>]*>/gi;

/** Whether most items of a list (at least two) start with a step marker. */
export function isStepMarkerList(list: List): boolean {
  const items = list.children;
  if (items.length < 2) return false;
  let marked = 0;
  for (const item of items) {
    const first = item.children[0];
    if (first && first.type === "paragraph" && STEP_MARKER.test(textOf(first))) marked++;
  }
  return marked * 2 > items.length;
}

/**
 * One step per top-level item: the item's own text (marker stripped) followed
 * by its nested items, joined with spaces. Inline Markdown is kept; images
 * are dropped. Iterative, so deeply nested lists are safe.
 */
export function stepsFromList(list: List, source: string): string[] {
  const steps: string[] = [];
  for (const item of list.children as ListItem[]) {
    const parts: string[] = [];
    const stack: Nodes[] = [...item.children].reverse();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === "paragraph" || n.type === "heading") {
        const text = source.slice(startOf(n), endOf(n)).replace(IMAGE, "").replace(/\s*\n\s*/g, " ").trim();
        if (text) parts.push(text);
      } else if (n.type === "code") {
        parts.push("`" + n.value.replace(/\s+/g, " ").trim() + "`");
      } else if (n.type === "list" || n.type === "listItem" || n.type === "blockquote") {
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
      }
    }
    const step = parts.join(" ").replace(STEP_MARKER, "").trim();
    if (step) steps.push(step);
  }
  return steps;
}

/** Steps from a labelled segment: its first list, else one step per paragraph line. */
export function stepsFromBlocks(blocks: Block[], source: string): { steps: string[]; list: Block | null } {
  const listBlock = blocks.find((b) => b.node.type === "list") ?? null;
  if (listBlock && listBlock.node.type === "list") return { steps: stepsFromList(listBlock.node, source), list: listBlock };
  const steps: string[] = [];
  for (const b of blocks) {
    if (b.node.type !== "paragraph") continue;
    for (const line of source.slice(b.start, b.end).replace(IMAGE, "").split("\n")) {
      const t = line.replace(STEP_MARKER, "").trim();
      if (t) steps.push(t);
    }
  }
  return { steps, list: null };
}

/**
 * Steps written as paragraph lines, each opened by a step marker ("[STEP 1]
 * …" lines, or "**STEP 2.** …" paragraphs): the marked paragraphs and one
 * step per line, when there are two or more and every line of them is marked.
 */
export function markedStepParagraphs(blocks: Block[], source: string): { steps: string[]; blocks: Block[] } | null {
  const marked: Block[] = [];
  const steps: string[] = [];
  for (const b of blocks) {
    if (b.node.type !== "paragraph") continue;
    const lines = source.slice(b.start, b.end).replace(IMAGE, "").split("\n").map((l) => l.replace(/(\*\*|__)/g, "").trim()).filter(Boolean);
    if (lines.length === 0 || !lines.every((l) => STEP_MARKER.test(l) && /^\s*[[(]?\s*(step|\d|단계)/i.test(l))) continue;
    marked.push(b);
    for (const l of lines) {
      const t = l.replace(STEP_MARKER, "").trim();
      if (t) steps.push(t);
    }
  }
  return steps.length >= 2 ? { steps, blocks: marked } : null;
}

/** A question about a procedure ("과정", "단계", "절차", "순서"). */
const PROCEDURE = /(과정|단계|절차|순서|흐름|procedure|steps)/i;

/** Steps of a procedure question ("…과정", "…순서") whose answer is mainly one ordered list, else null. */
export function procedureSteps(title: string, blocks: Block[], source: string): string[] | null {
  // (the procedure is what is asked: "…과정을 설명해 주세요", not "…과정에서 마지막으로 보내는 패킷은?")
  if (!title.replace(/\([^()]*\)/g, "").split(/\s*[:：]\s*/).some((part) => PROCEDURE.test(part.trim().slice(-14)))) return null;
  const content = blocks.filter((b) => !isNoise(b, source));
  const lists = content.filter((b) => b.node.type === "list" && (b.node as List).ordered);
  // "##### 1. DOM 생성", "##### 2. …": steps written as numbered sub-headings, each explained under it
  const headed = numberedHeadingSteps(content);
  if (headed) return headed;
  // "[STEP 1] …" lines instead of a numbered list
  if (lists.length === 0) {
    const marked = markedStepParagraphs(content, source);
    return marked && content.filter((b) => !marked.blocks.includes(b) && b.node.type !== "heading").length <= 2 ? marked.steps : null;
  }
  if (lists.length !== 1 || (lists[0]!.node as List).children.length < 2) return null;
  const others = content.filter((b) => b !== lists[0] && b.node.type !== "heading");
  if (others.length > 2) return null;
  return stepsFromList(lists[0]!.node as List, source);
}

/** Texts of heading blocks numbered 1, 2, 3, … in order (two or more, no ordered list beside them), else null. */
function numberedHeadingSteps(content: Block[]): string[] | null {
  // (a step's numbered branch, "#### 1-1 …", stays in that step's explanation, when the steps are all the procedure says:
  // after words of its own, "1. push(7)", "2-1. push('a')" are worked calls, no steps)
  const stepsOnly = content[0]?.node.type === "heading";
  const headings = content.filter((b) => b.node.type === "heading" && !(stepsOnly && SUB_STEP.test(textOf(b.node)) && !isQuestion(textOf(b.node))));
  if (headings.length < 2 || content.some((b) => b.node.type === "list" && (b.node as List).ordered)) return null;
  const steps: string[] = [];
  for (const [i, h] of headings.entries()) {
    const m = stepNumber(textOf(h.node));
    if (!m || m.number !== i + 1) return null;
    steps.push(m.words.replace(/\s+/g, " ").trim());
  }
  return steps;
}
