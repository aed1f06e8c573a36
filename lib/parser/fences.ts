/**
 * Fenced code blocks of a text, line by line: where each opens and closes. A fence closes
 * with a run of its own character at least as long and nothing after it ("````" around
 * "```js" stays open); one never closed runs to the end, as Markdown reads it.
 */

const MARKER = /^[ \t]*(`{3,}|~{3,})[ \t]*(.*)$/;

/** [first line, last line] of each fenced block (fence lines included), in order. */
export function fencedRanges(lines: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let fence = "";
  for (const [i, line] of lines.entries()) {
    const m = MARKER.exec(line);
    if (!m) continue;
    if (open === -1) {
      open = i;
      fence = m[1]!;
    } else if (m[1]![0] === fence[0] && m[1]!.length >= fence.length && !m[2]!.trim()) {
      ranges.push([open, i]);
      open = -1;
    }
  }
  if (open !== -1) ranges.push([open, lines.length - 1]);
  return ranges;
}

/** Indexes of the lines inside fenced code, fence lines included. */
export function fencedLines(lines: string[]): Set<number> {
  const inside = new Set<number>();
  for (const [from, to] of fencedRanges(lines)) for (let i = from; i <= to; i++) inside.add(i);
  return inside;
}
