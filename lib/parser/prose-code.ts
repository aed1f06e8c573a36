/**
 * Sentences Markdown reads as code: indented by a tab ("\tStep 1. 주소창에
 * 입력한 텍스트 확인"), or fenced with no language or a plain-text one ("```" over "Lock 은 하나의
 * 트랜잭션이 …"). Most lines hold Korean words: the author's prose, not code.
 */
import type { Code, Paragraph, RootContent } from "mdast";
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

/** Lines of Korean words a drawn figure must hold to explain something itself: an architecture, a dashboard's layout. */
const FIGURE_WORDS = 6;

/**
 * A figure drawn in text (boxes, arrows) with many lines of Korean words, fenced
 * with no language or a plain-text one: the author's explanation drawn rather
 * than written ("### 3. 모니터링 아키텍처" over a diagram of its layers and
 * what each collects). A small one ("클라이언트 → 캐시 → DB") only illustrates.
 */
export function isExplainedFigure(block: Block, source: string): boolean {
  if (block.node.type !== "code" || (block.node.lang && !PLAIN.test(block.node.lang))) return false;
  // (code is no figure, whatever its comments draw: "// ───── 날짜 포맷 ─────", "// 검증 → 저장 → 결제")
  const lines = block.node.value.split("\n").filter((l) => !CODE_MARK.test(l) && !/^\s*(\/\/|\/\*|\*|#|--)/.test(l));
  if (block.node.value.split("\n").filter((l) => CODE_MARK.test(l)).length > lines.length) return false;
  const drawn = lines.filter((l) => /[←→↑↓↔⇒─│┌┐└┘├┤▼▲]/.test(l)).length;
  return drawn >= 2 && lines.filter((l) => /[가-힣]{2,}/.test(l)).length >= FIGURE_WORDS && /^\s*(`{3,}|~{3,})/.test(source.slice(block.start, block.end));
}

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

/**
 * The node as written: an indented code block of prose becomes a paragraph of its text. Prose an author indented by
 * four spaces ("#### 액티브 오픈" over "    연결 시작 호스트의 연결 수립 과정") is so read when the block is read, not
 * only when its substance is weighed: a section holding it looked like code alone, and its words were skipped.
 * Stricter than isProseInCode: every line Korean words with nothing of code in them, never a fenced block.
 */
export function proseOfIndentedCode(node: RootContent, source: string): RootContent {
  if (node.type !== "code" || !isIndentedProse(node, source)) return node;
  const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value: node.value }], position: node.position };
  return paragraph;
}
