/**
 * A paragraph's first line read apart from the rest ("### 1번" over "TCP와 UDP의
 * 차이는 무엇인가요?" with the answer typed on the very next line): the first
 * line is the question, the lines after it a paragraph of their own.
 */
import type { Paragraph, PhrasingContent } from "mdast";
import type { Block } from "./blocks";

/** The block holding the lines after a paragraph's first line, or null when there are none. */
export function afterFirstLine(block: Block, source: string): Block | null {
  if (block.node.type !== "paragraph") return null;
  const nl = source.indexOf("\n", block.start);
  if (nl === -1 || nl >= block.end) return null;
  const children: PhrasingContent[] = [];
  let found = false;
  for (const child of block.node.children) {
    if (found) children.push(child);
    else if (child.type === "break") found = true;
    else if (child.type === "text" && child.value.includes("\n")) {
      found = true;
      const rest = child.value.slice(child.value.indexOf("\n") + 1);
      if (rest) children.push({ type: "text", value: rest });
    }
  }
  if (!found || children.length === 0) return null;
  const start = nl + 1;
  const node: Paragraph = { ...block.node, children, position: { start: { line: block.line + 1, column: 1, offset: start }, end: block.node.position!.end } };
  return { ...block, node, start, line: block.line + 1 };
}
