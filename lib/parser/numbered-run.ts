/**
 * A numbered run of sub-headings ("### 1) …", "### 2) …", "### 3) …") is
 * one list written as headings: its items share one fate. When the first
 * item is folded into the answer of the question above it, the later items
 * go with it rather than each becoming a card of its own.
 */
import type { Section } from "./sections";

/** "1)", "2.", "[3]", "(4)", "5 -" at the start of a heading: the item's number. */
const ITEM_NUMBER = /^\s*(?:(\d{1,2})[.)]|\[(\d{1,2})\]|\((\d{1,2})\))/;

/** The number a heading's text starts with, or null. */
export function itemNumber(section: Section): number | null {
  const m = ITEM_NUMBER.exec(section.text);
  const n = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return n === undefined ? null : Number(n);
}

/**
 * Whether `sub` continues a numbered run whose previous item (the sibling
 * just before it, numbered one less) was folded into the answer.
 */
export function continuesFoldedRun(sub: Section, previousSibling: Section | undefined, folded: ReadonlySet<Section>): boolean {
  if (!previousSibling || !folded.has(previousSibling)) return false;
  const n = itemNumber(sub);
  const p = itemNumber(previousSibling);
  return n !== null && p !== null && n === p + 1;
}

/** Prose of a section's own body (paragraphs, lists, quotes; images and markup aside), whitespace collapsed. */
function ownProse(section: Section, source: string, isNoise: (b: Section["blocks"][number], source: string) => boolean): string {
  return section.blocks
    .filter((b) => !isNoise(b, source) && (b.node.type === "paragraph" || b.node.type === "list" || b.node.type === "blockquote"))
    .map((b) => source.slice(b.start, b.end))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * "## What to do during the interview" over "### 1. …", "### 2. …",
 * "### 3. …", each explained at length, with nothing of its own but a
 * picture: a title over a numbered run of topics, not one question whose
 * answer is the whole run. Needs three or more numbered sub-headings, each
 * with 40 characters of prose of its own, and every direct sub-heading numbered.
 * A heading that wears a question mark ("메모리는 어떤 방식으로 데이터를
 * 관리하나요?" over "### 1. 가상 메모리 관리", "### 2. 스레싱", …) asks it:
 * the run is its answer, and reading it as a title lost the question.
 */
export function titlesNumberedRun(section: Section, children: Section[], source: string, isNoise: (b: Section["blocks"][number], source: string) => boolean): boolean {
  if (/[?？]\s*$/.test(section.title) || ownProse(section, source, isNoise).length >= 20 || children.length < 3) return false;
  return children.every((k) => k.role === "topic" && itemNumber(k) !== null && ownProse(k, source, isNoise).length >= 40);
}
