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
