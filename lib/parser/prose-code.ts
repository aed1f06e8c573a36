/**
 * Sentences Markdown reads as code: indented by a tab ("\tStep 1. 주소창에
 * 입력한 텍스트 확인"), or fenced with no language or a plain-text one ("```" over "Lock 은 하나의
 * 트랜잭션이 …"). Most lines hold Korean words: the author's prose, not code.
 */
import type { Block } from "./blocks";

const PLAIN = /^(text|txt|plain|plaintext|plain_text|md|markdown)$/i;

/** Whether a code block holds the author's prose rather than code. */
export function isProseInCode(block: Block, source: string): boolean {
  // ("```text" / "```txt" / "```plaintext": a language that names no code, only the text as written)
  if (block.node.type !== "code" || (/^\s*(`{3,}|~{3,})/.test(source.slice(block.start, block.end)) && block.node.lang && !PLAIN.test(block.node.lang))) return false;
  const lines = block.node.value.split("\n").filter((l) => l.trim());
  // (…but a diagram drawn in text, arrows, boxes or columns lined up with spaces, is a figure, not prose)
  if (block.node.lang && lines.some((l) => /[←→↑↓↔⇒─│┌┐└┘├┤]|\S {3,}\S/.test(l))) return false;
  return lines.length > 0 && lines.filter((l) => /[가-힣]{2,}/.test(l)).length * 2 > lines.length;
}
