/**
 * Notes whose author indented their writing by four spaces under a heading
 * ("### Frontend" over "    - 브라우저 렌더링 과정을 설명해주세요." and the
 * answer under it): CommonMark reads such lines as a code block, so the
 * questions and answers in it became one block of code. An indented block
 * without a fence whose lines are Korean sentences, not code, is read as the
 * Markdown it was meant as, line for line (every line keeps its number).
 */
import type { Code, RootContent } from "mdast";
import { parseMarkdown } from "./markdown";
import { askedBeforeLinks } from "./asked-before-links";
import { isQuestion, isRequest } from "./questions";

/** A line of code rather than prose: a statement's end, a brace, an arrow, a keyword, a comment, a tag. */
const CODE_LINE = /[;{}]\s*$|=>|^\s*[A-Za-z_][\w.]*\(|^\s*(\/\/|\/\*|#|--\s|#include|import\s|export\s|const\s|let\s|var\s|function\b|class\b|def\s|return\b|public\s|private\s|if\s|for\s|while\s|select\s|<\/?[a-z][^>]*>\s*$|\$\s|>>>)/i;

/** Whether an indented block holds prose that asks: most lines speak Korean, none reads as code, a bulleted one asks. */
function isProse(code: Code): boolean {
  const lines = code.value.split("\n").filter((l) => l.trim());
  if (lines.length === 0) return false;
  const korean = lines.filter((l) => /[가-힣]{2,}/.test(l)).length;
  return korean * 10 >= lines.length * 7 && !lines.some((l) => CODE_LINE.test(l)) && lines.some((l) => BULLET.test(l) && asks(l));
}

/** A bulleted line ("- 쿠키와 세션의 차이는?"): a list the writer meant; numbered steps may be pseudo-code, prose a script. */
const BULLET = /^\s*[-*+]\s+\S/;

/** A line that asks, its bullet and a trailing link aside: the block hides a question, not only notes. */
const asks = (line: string) => {
  const text = line.replace(/^\s*([-*+]|\d{1,2}[.)])\s*/, "").trim();
  const question = askedBeforeLinks(text)?.question ?? text;
  return isQuestion(question) || isRequest(question);
};

/** The indented (never fenced) code blocks at the top of a parsed note: one inside a list, quote or fold is that block's own layout. */
function indentedBlocks(nodes: RootContent[], source: string): Code[] {
  return nodes.filter((n): n is Code => n.type === "code" && !n.lang && !/^\s*(`{3,}|~{3,})/.test(source.slice(n.position?.start.offset ?? 0, (n.position?.start.offset ?? 0) + 64)));
}

/**
 * A cheap look before parsing again: an indented line that asks, whose nearest line at the margin above it is a
 * heading or a paragraph, not a list item (under a list item, indented lines are the item's own, as most are).
 */
function mayHideQuestions(lines: string[]): boolean {
  let margin = "";
  let fenced = false;
  for (const line of lines) {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) fenced = !fenced;
    if (fenced || !line.trim()) continue;
    if (!/^( {4}|\t)/.test(line)) {
      margin = line;
      continue;
    }
    // (a comment anywhere on the line, "- x는? // 왜?", is code; CODE_LINE only knows one that opens it. A link's "https://"
    // is no comment: "- …설명해주세요. https://…" asks before its link)
    if (!/^\s{0,3}([-*+]|\d{1,9}[.)])(\s|$)/.test(margin) && BULLET.test(line) && /[가-힣]/.test(line) && !/(^|[^:])\/\/|\/\*|^\s*>/.test(line) && !CODE_LINE.test(line) && asks(line)) return true;
  }
  return false;
}

/** The note with each indented block of prose moved out to the margin (see the module comment). */
export function indentedProseAsMarkdown(source: string): string {
  // (most notes have no line indented by four spaces or a tab after a blank line: nothing to read again)
  if (!/(^|\n)[ \t]*\n( {4}|\t)[^\s]/.test(source) && !/(^|\n)#{1,6}[^\n]*\n( {4}|\t)[^\s]/.test(source)) return source;
  if (!mayHideQuestions(source.split("\n"))) return source;
  // (inside a fold, "<details>" … "</details>", indented lines are the fold's own layout, read with the fold)
  const inFold = (code: Code) => {
    const before = source.slice(0, code.position!.start.offset);
    return (before.match(/<details\b/gi) ?? []).length > (before.match(/<\/details\s*>/gi) ?? []).length;
  };
  const blocks = indentedBlocks(parseMarkdown(source).children, source).filter((b) => isProse(b) && !inFold(b));
  if (blocks.length === 0) return source;
  const lines = source.split("\n");
  for (const block of blocks) {
    const from = block.position!.start.line - 1;
    const to = block.position!.end.line - 1;
    for (let i = from; i <= to; i++) lines[i] = lines[i]!.replace(/^( {4}|\t)/, "");
  }
  return lines.join("\n");
}
