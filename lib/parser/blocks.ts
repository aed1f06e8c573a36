/**
 * Top-level blocks: mdast children, with `<details>` spans (which remark
 * splits into several html nodes around the Markdown inside them) grouped
 * into one block so headings inside a collapsed answer don't start sections.
 */
import type { Html, RootContent } from "mdast";
import { endLineOf, endOf, lineOf, startOf } from "./markdown";
import type { ParseWarning } from "./types";

export interface Block {
  node: RootContent;
  /** Set for a grouped `<details>` span; `node` is then its first html node. */
  details?: { summary: string; nodes: RootContent[] };
  start: number;
  end: number;
  line: number;
  endLine: number;
}

const TIL_LINE = /^\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*(TIL)?$/i;

/** Wrap nodes as blocks, grouping `<details>` spans and dropping TIL date lines. */
export function toBlocks(nodes: RootContent[], source: string, warnings: ParseWarning[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "yaml" || node.type === "definition") continue;
    if (node.type === "paragraph" && TIL_LINE.test(source.slice(startOf(node), endOf(node)).trim())) continue;
    if (node.type === "html" && /^\s*<details[\s>]/i.test(node.value)) {
      const end = findDetailsEnd(nodes, i);
      if (end === -1) {
        warnings.push({ line: lineOf(node), message: "닫히지 않은 <details> 블록이 있습니다" });
      }
      const last = end === -1 ? i : end;
      const group = nodes.slice(i, last + 1);
      const html = group.filter((n): n is Html => n.type === "html").map((n) => n.value).join("\n");
      blocks.push({
        node,
        details: { summary: summaryOf(html), nodes: group },
        start: startOf(node),
        end: endOf(nodes[last]!),
        line: lineOf(node),
        endLine: endLineOf(nodes[last]!),
      });
      i = last;
      continue;
    }
    blocks.push({ node, start: startOf(node), end: endOf(node), line: lineOf(node), endLine: endLineOf(node) });
  }
  return blocks;
}

/** Index of the node that closes the `<details>` opened at `from`, or -1. Counts nesting. */
function findDetailsEnd(nodes: RootContent[], from: number): number {
  let depth = 0;
  for (let i = from; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type !== "html") continue;
    depth += (n.value.match(/<details[\s>]/gi) ?? []).length;
    depth -= (n.value.match(/<\/details\s*>/gi) ?? []).length;
    if (depth <= 0) return i;
  }
  return -1;
}

function summaryOf(html: string): string {
  const m = /<summary[^>]*>([\s\S]*?)(<\/summary>|$)/i.exec(html);
  return m ? decodeEntities(m[1]!.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim() : "";
}

/** Decode the few HTML entities that show up in summaries. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}
