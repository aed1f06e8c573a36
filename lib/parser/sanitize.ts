/**
 * Input clean-up that keeps every line where it was, so that line numbers in
 * cards and warnings still point at the user's file.
 */

import { fencedLines } from "./fences";
import { plainTopicLinesAsHeadings } from "./plain-topic-lines";
import { titleLineAsHeading } from "./title-line";
import { titledParagraphsAsHeadings } from "./titled-paragraphs";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalise line endings to `\n`, drop a leading BOM and replace NUL bytes,
 * lone surrogates and other C0 control characters (except tab/newline) with
 * U+FFFD. Each CRLF/CR still counts as exactly one line break, so line numbers
 * are unchanged.
 */
export function sanitizeSource(input: unknown): string {
  let text = typeof input === "string" ? input : input == null ? "" : String(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "\uFFFD");
  text = text.replace(LONE_SURROGATE, "\uFFFD");
  if (text.includes("{:")) text = outsideFences(text, (line) => line.replace(KRAMDOWN_ATTRIBUTES, "$1"));
  if (text.includes("[!")) text = outsideFences(text, (line) => line.replace(CALLOUT_MARKER, "$1 "));
  if (/^[ \t]+<\/details>/im.test(text)) text = closeFoldsWhereOpened(text);
  if (text.includes(":::")) text = admonitionsAsQuotes(text);
  return titleLineAsHeading(titledParagraphsAsHeadings(plainTopicLinesAsHeadings(text)));
}

const ADMONITION_OPEN = /^[ \t]{0,3}:{3,}[ \t]*([a-z]+)?[ \t]*(.*)$/i;
const ADMONITION_CLOSE = /^[ \t]{0,3}:{3,}[ \t]*$/;

/**
 * A documentation site's admonition (":::tip 쿠키를 쓰는 이유" … ":::", as VuePress and
 * Docusaurus write them) as the quote it renders as: its title in bold on the first line,
 * its body quoted, the closing line blank. Markdown alone would read the markers as text.
 * An opener never closed is left as written.
 */
function admonitionsAsQuotes(text: string): string {
  const lines = text.split("\n");
  const code = fencedLines(lines);
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    if (code.has(i)) continue;
    const opens = ADMONITION_OPEN.exec(lines[i]!);
    // (an opener before the last one closed was never closed: it stays as written, the later one opens)
    if (opens && opens[1] && !ADMONITION_CLOSE.test(lines[i]!)) {
      open = i;
      continue;
    }
    if (open === -1 || !ADMONITION_CLOSE.test(lines[i]!)) continue;
    const indent = /^[ \t]*/.exec(lines[open]!)![0];
    const title = ADMONITION_OPEN.exec(lines[open]!)![2]!.trim();
    lines[open] = title ? `${indent}> **${title}**` : "";
    for (let k = open + 1; k < i; k++) lines[k] = lines[k]!.trim() ? `${indent}> ${lines[k]!.slice(lines[k]!.startsWith(indent) ? indent.length : 0)}` : `${indent}>`;
    lines[i] = "";
    open = -1;
  }
  return lines.join("\n");
}

/**
 * A `<details>` opened at the margin and closed by an indented `</details>`
 * ("  </details>" after a nested fold inside the answer's list): Markdown reads
 * the indented closer as part of the list, so the fold never closes. The closer
 * goes back to its opener's indent (only spaces removed; lines stay put).
 */
function closeFoldsWhereOpened(text: string): string {
  const open: number[] = [];
  let fence: string | null = null;
  return text
    .split("\n")
    .map((line) => {
      const marker = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === null || marker[0] === fence[0])) fence = fence === null ? marker : null;
      if (fence !== null || marker) return line;
      const indent = /^[ \t]*/.exec(line)![0].length;
      if (/^[ \t]*<details[\s>]/i.test(line)) open.push(indent);
      if (!/^[ \t]*<\/details>\s*$/i.test(line)) return line;
      const at = open.pop();
      return at !== undefined && at <= 3 && indent > at ? " ".repeat(at) + line.trimStart() : line;
    })
    .join("\n");
}

/** Each line outside fenced code rewritten by `rewrite` (inside a fence, "{:name=>…}" is Ruby and "[!x]" code). */
function outsideFences(text: string, rewrite: (line: string) => string): string {
  let fence: string | null = null;
  return text
    .split("\n")
    .map((line) => {
      // (a fence in a list item is indented further, one in a quote follows its ">")
      const open = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})/.exec(line)?.[1];
      if (open && (fence === null || open[0] === fence[0])) {
        fence = fence === null ? open : null;
        return line;
      }
      return fence === null ? rewrite(line) : line;
    })
    .join("\n");
}

/**
 * An Obsidian callout marker opening a quote ("> [!question]- INNER JOIN과 LEFT JOIN의 차이는?",
 * "> [!success]- Answer", "> [!tip]"): the marker only styles the box and folds it; its title is
 * the quote's first line. The marker goes, the title and the ">" stay.
 */
const CALLOUT_MARKER = /^((?:[ \t]*>)+)[ \t]*\[![A-Za-z][\w-]*\][+-]?(?=[ \t]|$)[ \t]*/;

/**
 * A Kramdown attribute line ("{: .prompt-tip }" under a quote in Jekyll blogs, "{:toc}") styles
 * the block above it; it is no text of the note. The line stays, empty (inside a quote, its ">").
 */
const KRAMDOWN_ATTRIBUTES = /^((?:[ \t]*>)*)[ \t]*\{:[ \t]*(?:(?:\.[\w-]+|#[\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*')|toc)[ \t]*)+\}[ \t]*$/;

/** 1-based line number of a string offset. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, source.length);
  for (let i = source.indexOf("\n"); i !== -1 && i < end; i = source.indexOf("\n", i + 1)) line++;
  return line;
}
