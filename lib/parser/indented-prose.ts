/**
 * Prose an author indented by four spaces ("####  액티브 오픈" over "    연결
 * 시작 호스트의 연결 수립 과정"): Markdown reads it as a code block, so the
 * section looked like code alone and its words were skipped. Korean sentences
 * with nothing of code in them are read as the paragraph they were meant to be.
 */
import type { Code, Paragraph, RootContent } from "mdast";

/** What no sentence of prose holds: statement ends, braces, assignments, tags, prompts, comments, keywords. */
const CODE_MARK = /[;{}=<>$]|^\s*(#|\/\/|\/\*|--|import|export|def|class|public|private|function|const|let|var|return|if|for|while|SELECT|INSERT|UPDATE|DELETE|CREATE)\b|\w\(.*\)|^\s*[\w.]+\s*:\s*\S+\s*$/i;
/** Longer than this and an indented block is a listing, whatever it holds. */
const MAX_LINES = 6;

/** Whether an indented (not fenced) code block holds only Korean prose. */
function isIndentedProse(node: Code, source: string): boolean {
  if (node.lang || node.position?.start.offset === undefined) return false;
  if (/^\s*(```|~~~)/.test(source.slice(node.position.start.offset).split("\n")[0] ?? "")) return false;
  const lines = node.value.split("\n").filter((l) => l.trim());
  // (every line in Korean words, "TCP는 Stateful Protocol" too, with a few syllables in all)
  return lines.length > 0 && lines.length <= MAX_LINES && (node.value.match(/[가-힣]/g) ?? []).length >= 4 && lines.every((l) => /[가-힣]/.test(l) && !CODE_MARK.test(l));
}

/** The node as written: an indented code block of prose becomes a paragraph of its text. */
export function proseOfIndentedCode(node: RootContent, source: string): RootContent {
  if (node.type !== "code" || !isIndentedProse(node, source)) return node;
  const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value: node.value }], position: node.position };
  return paragraph;
}
