/**
 * A `<pre>` on an HTML page that boxes the writer's prose rather than code
 * ("<pre>" over sentences explaining an index, then "</pre>"): Markdown keeps
 * the whole box as raw HTML, so a question inside it ("<h4>…설명해주세요</h4>")
 * or right after it ("<li><b>그렇다면 …?</b></li>" over the next box) is never
 * seen. Such a box is read as the lines it holds; a box of code stays as it is.
 */

const OPEN = /^\s*<pre\b[^>]*>\s*$/i;
const CLOSE = /^\s*<\/pre\s*>\s*$/i;
/** A line that reads as code: a statement's end, a brace, a comment, a keyword opening a declaration or a call. */
const CODE_LINE = /[;{}]\s*$|^\s*(\/\/|\/\*|#include|import\s|from\s\S+\s+import|def\s|class\s|public\s|private\s|protected\s|return\b|for\s*\(|while\s*\(|if\s*\(|SELECT\s|INSERT\s|UPDATE\s|CREATE\s|\$\s)/i;
const HANGUL_WORDS = /[가-힣]{2,}.*[가-힣]{2,}/;

/** Whether the lines inside a box are prose: most say something in Korean words, hardly any reads as code. */
function isProse(inner: readonly string[]): boolean {
  const said = inner.filter((l) => l.trim());
  if (said.length === 0) return false;
  const korean = said.filter((l) => HANGUL_WORDS.test(l)).length;
  const code = said.filter((l) => CODE_LINE.test(l)).length;
  return korean * 2 >= said.length && code * 5 <= said.length;
}

/**
 * The indexes of the frame lines ("<pre>", "</pre>") of every prose box among `lines`, skipping
 * lines marked `fenced` (inside a Markdown code fence).
 */
export function proseBoxFrames(lines: readonly string[], fenced: (i: number) => boolean): Set<number> {
  const frames = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (fenced(i) || !OPEN.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && !CLOSE.test(lines[end]!) && !OPEN.test(lines[end]!)) end++;
    if (end >= lines.length || !CLOSE.test(lines[end]!)) continue;
    if (isProse(lines.slice(i + 1, end))) frames.add(i).add(end);
    i = end;
  }
  return frames;
}
