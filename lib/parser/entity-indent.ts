/**
 * Indentation written with entities: "&nbsp;   - 더티 리딩은 어떻게 막나요?" under
 * "\- 더티 리딩이 무엇인가요?". Markdown keeps a line's leading spaces from
 * nesting it after a blank line (four would make code), so some authors
 * indent with "&nbsp;" to show a question belongs to the one above: its
 * follow-up, as a nested item would be.
 */

/**
 * One unit of entity indentation: "&nbsp;", "&#160;", "&ensp;" or "&emsp;", typed on purpose. (A raw no-break space
 * is what a copy and paste leaves, unseen: "\u00a0Q2. …" beside "Q1. …" is no deeper than it.)
 */
const UNIT = "&nbsp;|&#160;|&#xa0;|&ensp;|&emsp;";
const INDENT_UNIT = new RegExp(`^(?:${UNIT})`, "i");

/** A run of entity indentation at a line's start, spaces between ("&nbsp;&nbsp; Q. …?"): space to every other reader. */
export const LEADING_ENTITY_INDENT = new RegExp(`^(?:[ \\t]*(?:${UNIT}))+`, "i");

/** How deep a source line is indented by entities (0 for a line that opens with none, or holds nothing else: a spacer). */
export function entityIndent(line: string): number {
  let rest = line;
  let depth = 0;
  for (let m = INDENT_UNIT.exec(rest); m; m = INDENT_UNIT.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length).replace(/^[ \t]+/, "");
  }
  return rest.trim() ? depth : 0;
}

/** Whether a question line is set deeper by entities than the line of the question before it. */
export function indentedUnder(line: string, previousLine: string): boolean {
  const depth = entityIndent(line);
  return depth > 0 && depth > entityIndent(previousLine);
}
