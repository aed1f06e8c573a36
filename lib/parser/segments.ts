/**
 * Splitting a section body at in-text labels ("📝 스크립트", "**출처**",
 * "> 답변"), `Q.` paragraphs and `<details>` blocks.
 */
import type { Block } from "./blocks";
import { classifyLabel, type LabelKind } from "./labels";
import { textOf } from "./markdown";
import { hasQuestionPrefix, isQuestion, stripQuestionPrefix } from "./questions";

export type SegmentKind = "free" | "question" | "details" | LabelKind;

export interface Segment {
  kind: SegmentKind;
  /** Line of the label / question / details block (or first block for "free"). */
  line: number;
  /** For "question"/"details": the question text. */
  question?: string;
  /** Source offset where content after the label/question line begins (same paragraph). */
  headStart?: number;
  headEnd?: number;
  /** The label paragraph itself (for links on the label line's paragraph). */
  labelBlock?: Block;
  blocks: Block[];
}

/**
 * First line of a paragraph that has text once images and inline HTML are
 * removed (a note may put an image right above its label, in one paragraph),
 * and the offset where the following line starts (undefined when none).
 */
function firstContentLine(block: Block, source: string): { text: string; line: number; restStart?: number } | null {
  let pos = block.start;
  let line = block.line;
  while (pos < block.end) {
    const nl = source.indexOf("\n", pos);
    const lineEnd = nl === -1 || nl > block.end ? block.end : nl;
    const text = source.slice(pos, lineEnd).replace(/!\[[^\]]*\]\([^)]*\)|<[^>]+>/g, "").trim();
    if (text) return { text, line, restStart: lineEnd + 1 < block.end ? lineEnd + 1 : undefined };
    pos = lineEnd + 1;
    line++;
  }
  return null;
}

/** Markdown emphasis/escapes removed from one line of source. */
function plainLine(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1").replace(/(\*\*|__|\*|_|`)/g, "").trim();
}

/** If a block is a label line (optionally followed by content in the same paragraph), describe it. */
export function labelOf(block: Block, source: string): { kind: LabelKind; line: number; restStart?: number } | null {
  const node = block.node;
  if (block.details) return null;
  if (node.type === "blockquote" && node.children.length === 1 && node.children[0]!.type === "paragraph") {
    const text = textOf(node).trim();
    const kind = classifyLabel(text);
    return kind && !text.includes("\n") ? { kind, line: block.line } : null;
  }
  if (node.type !== "paragraph") return null;
  const first = firstContentLine(block, source);
  const kind = first ? classifyLabel(plainLine(first.text)) : null;
  return kind ? { kind, line: first!.line, restStart: first!.restStart } : null;
}

/** If a block is a question paragraph (`Q.` prefix, or a lone bold question), describe it. */
export function questionOf(block: Block, source: string): { question: string; restStart?: number } | null {
  const node = block.node;
  if (block.details || node.type !== "paragraph") return null;
  const first = firstContentLine(block, source);
  if (!first) return null;
  const line = plainLine(first.text);
  if (hasQuestionPrefix(line)) {
    const question = stripQuestionPrefix(line);
    return question ? { question, restStart: first.restStart } : null;
  }
  const boldOnly = node.children.length === 1 && node.children[0]!.type === "strong";
  if (boldOnly && first.restStart === undefined && isQuestion(line)) return { question: line };
  return null;
}

/** Summaries that only reveal an answer: 정답 보기, 답변 확인하기, 펼치기, Answer, Show … */
const REVEAL = /^(정답|답|답변|해설|풀이|모범\s*답안|정답\s*(및\s*해설\s*)?(보기|확인(하기)?)|답변\s*(보기|확인(하기)?)|해설\s*보기|(상세\s*)?설명\s*보기|펼치기|펼쳐\s*보기|answer|show(\s+answer)?|click(\s+me)?|reveal|solution|보기)$/i;

/** Whether a `<details>` summary is a reveal label rather than a question. */
export function isRevealLabel(summary: string): boolean {
  const t = summary.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ").replace(/[*_`:：.!👉▶▼►]+/gu, " ").replace(/\s+/g, " ").trim();
  return REVEAL.test(t);
}

/** The last block of a run if it asks (a paragraph, or a list whose last item asks). */
function askingTail(blocks: Block[], source: string): { question: string; line: number } | null {
  const last = blocks[blocks.length - 1];
  if (!last) return null;
  const node = last.node;
  if (node.type === "paragraph") {
    const text = plainLine(textOf(node).trim());
    const q = stripQuestionPrefix(text);
    return !text.includes("\n") && isQuestion(text) ? { question: q, line: last.line } : null;
  }
  if (node.type === "list" && node.children.length === 1) {
    const item = node.children[0]!;
    const first = item.children[0];
    const text = first && first.type === "paragraph" ? plainLine(textOf(first).trim()) : "";
    return text && !text.includes("\n") && isQuestion(text) ? { question: stripQuestionPrefix(text), line: last.line } : null;
  }
  void source;
  return null;
}

/** Split a section's blocks into segments. Follow-up segments keep their Q./details inside. */
export function splitSegments(blocks: Block[], source: string, initial: SegmentKind = "free", line = blocks[0]?.line ?? 1): Segment[] {
  const segments: Segment[] = [{ kind: initial, line, blocks: [] }];
  for (const block of blocks) {
    const current = segments[segments.length - 1]!;
    const label = labelOf(block, source);
    if (label) {
      segments.push({ kind: label.kind, line: label.line, headStart: label.restStart, headEnd: block.end, labelBlock: block, blocks: [] });
      continue;
    }
    if (block.node.type === "thematicBreak") {
      segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      continue;
    }
    if (current.kind === "followups") {
      current.blocks.push(block);
      continue;
    }
    if (block.details && isRevealLabel(block.details.summary)) {
      // "정답 보기": the answer of the question just before it
      const asked = current.kind === "free" ? askingTail(current.blocks, source) : null;
      if (asked) {
        current.blocks.pop();
        segments.push({ kind: "question", line: asked.line, question: asked.question, blocks: [block] });
        segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      } else current.blocks.push(block);
      continue;
    }
    if (block.details) {
      segments.push({ kind: "details", line: block.line, question: block.details.summary, blocks: [block] });
      segments.push({ kind: "free", line: block.endLine + 1, blocks: [] });
      continue;
    }
    const q = questionOf(block, source);
    if (q) {
      segments.push({ kind: "question", line: block.line, question: q.question, headStart: q.restStart, headEnd: block.end, blocks: [] });
      continue;
    }
    current.blocks.push(block);
  }
  return segments.filter((s) => s.blocks.length > 0 || s.headStart !== undefined || s.kind !== "free");
}
