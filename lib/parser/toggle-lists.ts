/**
 * A page of toggles exported as HTML (Notion writes each toggle as
 * `<ul class="toggle"><li><details open="">…</details></li></ul>`, all of it
 * indented inside one `<div class="page-body">`). Markdown reads that as one
 * HTML block, or as indented code, so no fold opened at all. So does a list
 * of folds written at the margin. The list frames around such top-level folds
 * are blanked and each fold is set flush left, line for line, so every toggle
 * is read as the fold it stands for.
 */

const FRAME_LINE = /^\s*(?:<\/?(?:div|ul|ol|li)\b[^>]*>\s*)+$/i;
const OPENS = /<details\b/gi;
const CLOSES = /<\/details\s*>/gi;
const count = (line: string, re: RegExp) => line.match(re)?.length ?? 0;
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** The folds at the top level that sit in a list of folds (see opensList): [first line, last line] of each. */
function listedFolds(lines: string[]): [number, number][] {
  const folds: [number, number][] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (most lines hold no fold: read no further)
    if (!/details/i.test(line)) continue;
    if (depth === 0 && /^\s*<details\b/i.test(line) && opensList(lines, i, folds.at(-1)?.[1] ?? -1)) start = i;
    depth = Math.max(0, depth + count(line, OPENS) - count(line, CLOSES));
    if (depth === 0 && start !== -1) {
      folds.push([start, i]);
      start = -1;
    }
  }
  return folds;
}

/**
 * Whether the frames right above a fold at line `at` open a list of folds: a list Notion marks as toggles, one
 * written at the margin after a blank line, or the next item after the fold before (`lastEnd`). Frames indented
 * under a Markdown list item ("- 클로저란?" over "  <ul><li><details>") hold a fold of that item's answer.
 */
function opensList(lines: string[], at: number, lastEnd: number): boolean {
  const run = framesBefore(lines, at);
  if (!run.some((l) => /<li\b/i.test(l))) return false;
  if (run.some((l) => /<ul\b[^>]*class\s*=\s*"[^"]*\btoggle\b/i.test(l))) return true;
  const first = at - run.length;
  return first - 1 === lastEnd || ((first === 0 || !lines[first - 1]!.trim()) && indentOf(lines[first]!) === 0);
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
