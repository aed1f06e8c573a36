/**
 * Question-and-answer pairs written without a blank line between them:
 *   Q. DMA란 무엇인가요?
 *   A. CPU를 거치지 않고 메모리에 직접 접근한다.
 *   Q. 시스템 콜이란?
 *   A. …
 * Markdown reads the whole run as one paragraph, so every pair after the first
 * became part of the first one's answer. A paragraph that opens on a marked
 * question and holds more marked questions on lines of their own, each with
 * an answer line under it, is split into one paragraph per question.
 */
import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { hasQuestionPrefix } from "./questions";

/** "A.", "A:", "답:", "답변:" opening an answer line (in bold or not). */
const ANSWER_LINE = /^\s*(\*\*|__)?\s*(A\s*\d{0,3}|답변?)\s*[.:)：]/;
const plain = (line: string) => line.replace(/(\*\*|__)/g, "").trim();

/** Start offsets (in the source) of the lines where a new marked question begins, or null when the paragraph is no such run. */
function questionStarts(node: Paragraph, source: string): number[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  // (most paragraphs are one line, or open on no marked question: read no further)
  const nl = source.indexOf("\n", start);
  if (nl === -1 || nl >= end || !hasQuestionPrefix(plain(source.slice(start, nl)))) return null;
  const lines = source.slice(start, end).split("\n");
  // ("A. 스택" over "B. 큐" are a quiz's choices, not an answer)
  if (lines.length < 4 || lines.some((l) => /^\s*(\*\*|__)?\s*B\s*[.:)]/.test(l))) return null;
  const starts: number[] = [];
  let offset = start;
  for (const [i, line] of lines.entries()) {
    if (hasQuestionPrefix(plain(line))) {
      // (the author marks answers too, "A. …" right under every question: only then is the run certainly pairs —
      // "Q. 팀에서 코드 리뷰는 어떻게 진행되나요?" quoted as an example inside an answer is no pair)
      if (!ANSWER_LINE.test(lines[i + 1] ?? "")) return null;
      if (i > 0) starts.push(offset);
    }
    offset += line.length + 1;
  }
  return starts.length > 0 ? starts : null;
}

/** The inline children of `node` between two source offsets, text nodes cut where they cross them. */
function childrenBetween(node: Paragraph, source: string, from: number, to: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of node.children) {
    const a = child.position?.start.offset ?? from;
    const b = child.position?.end.offset ?? from;
    if (b <= from || a >= to) continue;
    if (a >= from && b <= to) out.push(child);
    else if (child.type === "text") out.push({ type: "text", value: source.slice(Math.max(a, from), Math.min(b, to)).replace(/^\n+|\n+$/g, ""), position: positionOf(source, Math.max(a, from), Math.min(b, to)) });
  }
  return out;
}

function positionOf(source: string, from: number, to: number) {
  const lineAt = (o: number) => source.slice(0, o).split("\n").length;
  const columnAt = (o: number) => o - source.lastIndexOf("\n", o - 1);
  return { start: { line: lineAt(from), column: columnAt(from), offset: from }, end: { line: lineAt(to), column: columnAt(to), offset: to } };
}

/** Split each paragraph that is a run of marked question-and-answer pairs into one paragraph per pair. */
export function splitMarkedQuestionRuns(nodes: RootContent[], source: string): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const starts = node.type === "paragraph" ? questionStarts(node, source) : null;
    if (!starts) {
      out.push(node);
      continue;
    }
    const p = node as Paragraph;
    const bounds = [p.position!.start.offset!, ...starts, p.position!.end.offset!];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i]!;
      // (the piece ends before the newline that opens the next question)
      const to = i + 2 < bounds.length ? bounds[i + 1]! - 1 : bounds[i + 1]!;
      out.push({ type: "paragraph", children: childrenBetween(p, source, from, to), position: positionOf(source, from, to) });
    }
  }
  return out;
}
