/**
 * A `<summary>` whose `<details>` was lost (a template's tags dropped in a
 * copy: "  <summary><h3>1. …설명해 주세요.</h3></summary>" then the answer and
 * its `<ul><li> …?</li>` follow-ups): it still asks, and what it holds still
 * answers, as if the fold were there.
 */
import type { RootContent } from "mdast";

const OPENS_WITH_SUMMARY = /^\s*<summary[\s>][\s\S]*?<\/summary\s*>/i;
const OPENS_FOLD = /^\s*<(details|summary)[\s>]/i;

/** Whether a node is a summary standing alone, with no `<details>` around it. */
export function isLostDetails(node: RootContent): boolean {
  return node.type === "html" && OPENS_WITH_SUMMARY.test(node.value);
}

/**
 * The index of the last node of a lost fold opened at `from`: everything up to the next heading or
 * the next fold, as the answer under a question heading would run (a stray "</details>" ends it).
 */
export function lostDetailsEnd(nodes: RootContent[], from: number): number {
  for (let i = from + 1; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === "heading" || (n.type === "html" && OPENS_FOLD.test(n.value))) return i - 1;
    if (n.type === "html" && /<\/details\s*>\s*$/i.test(n.value)) return i;
  }
  return nodes.length - 1;
}
