/**
 * A `<summary>` whose `<details>` was lost (a template's tags dropped in a
 * copy: "  <summary><h3>1. …설명해 주세요.</h3></summary>" then the answer and
 * its `<ul><li> …?</li>` follow-ups): when it asks, it still asks, and what it
 * holds still answers, as if the fold were there.
 */
import type { RootContent } from "mdast";
import { textOf } from "./markdown";
import { isQuestion, isRequest, stripQuestionPrefix } from "./questions";

export const OPENS_WITH_SUMMARY = /^\s*<summary[\s>][\s\S]*?<\/summary\s*>/i;
const OPENS_FOLD = /^\s*<(details|summary)[\s>]/i;

/** A summary that reveals the answer to the line above it: 정답, 정답 보기, 답변 확인, 해설 펼치기. */
const ANSWER_REVEAL = /^(정답|답|답변|답안|해설|풀이)(\s*(보기|확인(하기)?|펼치기|열기))?$/;

/**
 * Whether a node is a summary standing alone, with no `<details>` around it, that asks or reveals an
 * answer (`summary`: its text). A label for other material ("코드 보기", "예시") leaves the note read as before.
 */
export function isLostDetails(node: RootContent, summary: string): boolean {
  const said = stripQuestionPrefix(summary).replace(/[\p{Extended_Pictographic}\u{FE0F}:.!👉▶▼]+/gu, " ").trim();
  return node.type === "html" && OPENS_WITH_SUMMARY.test(node.value) && (isQuestion(said) || isRequest(said) || ANSWER_REVEAL.test(said));
}

/** A block that starts something of its own: a rule, a table, or a line that asks ("**Q2. …?**", "- …?"). */
function startsAnew(node: RootContent): boolean {
  if (node.type === "thematicBreak" || node.type === "table") return true;
  if (node.type !== "paragraph" && node.type !== "list") return false;
  const first = textOf(node).split("\n")[0]!.replace(/[*_`]/g, "").trim();
  return /^Q\s*\d{0,3}\s*[.:)]/i.test(first) || /[?？]$/.test(first);
}

/**
 * The index of the last node of a lost fold opened at `from`: what follows, as the answer under a
 * question heading would run, up to the next heading, fold, rule, table or line that asks (a stray
 * "</details>" ends it).
 */
export function lostDetailsEnd(nodes: RootContent[], from: number): number {
  for (let i = from + 1; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === "heading" || (n.type === "html" && OPENS_FOLD.test(n.value)) || startsAnew(n)) return i - 1;
    if (n.type === "html" && /<\/details\s*>\s*$/i.test(n.value)) return i;
  }
  return nodes.length - 1;
}
