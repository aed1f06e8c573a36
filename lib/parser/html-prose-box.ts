/**
 * A `<pre>` on an HTML page that boxes the writer's prose rather than code
 * ("<pre>" over sentences explaining an index, then "</pre>"): Markdown keeps
 * the whole box as raw HTML, so a question inside it ("<h4>…설명해주세요</h4>")
 * or right after it ("<li><b>그렇다면 …?</b></li>" over the next box) is never
 * seen. Such a box is read as the lines it holds, each line kept as a line.
 * A box of anything laid out by hand stays as it is: code (Korean comments or
 * not), a drawn figure or table, an indented outline, a flow of arrows.
 */

const OPEN = /^\s*<pre\b[^>]*>\s*$/i;
const CLOSE = /^\s*<\/pre\s*>\s*$/i;
const HANGUL_WORDS = /[가-힣]{2,}.*[가-힣]{2,}/;
/** An HTML line inside the box ("<h4>…</h4>", "<li> …", "<br>"): the page's own structure, read as such. */
const TAG_LINE = /^\s*<\/?[a-z][^>]*>/i;
/** Drawn by hand: box-drawing characters, a table's pipes, a rule or underline, an arrow drawn in dashes, a flow opening on an arrow. */
const DRAWN = /[│┃┌┐└┘├┤┬┴┼─━═║╔╗╚╝|]|-{3,}|={3,}|<-{2,}|-{2,}>|^\s*(→|->|=>|⇒|↓|↑)/;
/** Code: a comment line, a statement or block opener, a call or an assignment with no Korean outside its comment. */
const COMMENT_LINE = /^\s*(#|\/\/|\/\*|\*\s|--\s)/;
const CODE_SHAPE = /[;{}]\s*$|:\s*$|^\s*(def|class|for|while|if|elif|else|return|import|from|public|private|const|let|var|function|SELECT|INSERT|UPDATE|CREATE)\b|\w\s*=\s*\S|\w\(.*\)/i;

/** Whether one line of a box reads as prose (or the page's own HTML), not as layout or code. */
function readsAsProse(line: string): boolean {
  if (TAG_LINE.test(line)) return true;
  if (/^\s{2,}\S/.test(line) || /\S\s{3,}\S/.test(line) || DRAWN.test(line) || COMMENT_LINE.test(line)) return false;
  const outsideComment = line.replace(/\s(#|\/\/).*$/, "");
  return !(CODE_SHAPE.test(outsideComment) && !/[가-힣]/.test(outsideComment));
}

/** Whether the lines inside a box are prose: every line reads so, and most say something in Korean words. */
function isProse(inner: readonly string[]): boolean {
  const said = inner.filter((l) => l.trim());
  if (said.length === 0 || !said.every(readsAsProse)) return false;
  const text = said.filter((l) => !TAG_LINE.test(l));
  return text.filter((l) => HANGUL_WORDS.test(l)).length * 5 >= text.length * 3;
}

/** A prose box: the line of its "<pre>" and of its "</pre>". */
export interface ProseBox {
  open: number;
  close: number;
}

/** The prose boxes among `lines`, skipping lines marked `fenced` (inside a Markdown code fence). */
export function proseBoxes(lines: readonly string[], fenced: (i: number) => boolean): ProseBox[] {
  const boxes: ProseBox[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced(i) || !OPEN.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && !CLOSE.test(lines[end]!) && !OPEN.test(lines[end]!)) end++;
    if (end >= lines.length || !CLOSE.test(lines[end]!)) continue;
    if (isProse(lines.slice(i + 1, end))) boxes.push({ open: i, close: end });
    i = end;
  }
  return boxes;
}

/** A heading or list item, which breaks the line before it of itself. */
const STRUCTURE_LINE = /^\s*(#{1,6}\s|[-*+]\s|\d{1,2}[.)]\s)/;

/**
 * A box's line as Markdown, `markdown` being what the page's reading made of it: a line of text followed by another
 * keeps its break (two trailing spaces), as the box showed it.
 */
export function keptLine(markdown: string, next: string | undefined): string {
  const text = markdown.trimEnd();
  if (!text || !next?.trim() || STRUCTURE_LINE.test(text) || TAG_LINE.test(next) || STRUCTURE_LINE.test(next)) return text;
  return `${text}  `;
}
