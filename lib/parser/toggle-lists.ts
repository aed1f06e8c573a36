/**
 * A page of toggles exported as HTML (Notion writes each toggle as
 * `<ul class="toggle"><li><details open="">…</details></li></ul>`, all of it
 * indented inside one `<div class="page-body">`). Markdown reads that as one
 * HTML block, or as indented code, so no fold opened at all. The list frames
 * around top-level folds are blanked and each fold is set flush left, line for
 * line, so every toggle is read as the fold it stands for.
 */

const FRAME_LINE = /^\s*(?:<\/?(?:div|ul|ol|li)\b[^>]*>\s*)+$/i;
const OPENS = /<details\b/gi;
const CLOSES = /<\/details\s*>/gi;
const count = (line: string, re: RegExp) => line.match(re)?.length ?? 0;
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** The folds at the top level that sit in a list item: [first line, last line] of each. */
function listedFolds(lines: string[]): [number, number][] {
  const folds: [number, number][] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (depth === 0 && /^\s*<details\b/i.test(line) && framesBefore(lines, i).some((l) => /<li\b/i.test(l))) start = i;
    depth = Math.max(0, depth + count(line, OPENS) - count(line, CLOSES));
    if (depth === 0 && start !== -1) {
      folds.push([start, i]);
      start = -1;
    }
  }
  return folds;
}

/** The run of frame lines right above line `at`. */
function framesBefore(lines: string[], at: number): string[] {
  const run: string[] = [];
  for (let i = at - 1; i >= 0 && FRAME_LINE.test(lines[i]!); i--) run.push(lines[i]!);
  return run;
}

/** The note with its listed toggles read as folds, or the note's lines unchanged. */
export function toggleListsUnwrapped(lines: string[]): string[] {
  const folds = listedFolds(lines);
  if (folds.length === 0) return lines;
  const out = [...lines];
  for (const [first, last] of folds) {
    const indent = indentOf(lines[first]!);
    for (let i = first; i <= last; i++) out[i] = lines[i]!.slice(Math.min(indent, indentOf(lines[i]!)));
    for (let i = first - 1; i >= 0 && FRAME_LINE.test(lines[i]!); i--) out[i] = "";
    for (let i = last + 1; i < lines.length && FRAME_LINE.test(lines[i]!); i++) out[i] = "";
  }
  return out;
}
