/**
 * Splitting a document into independently parseable chunks.
 *
 * Why: the installed micromark (4.0.3) rewrites its whole event list each time
 * a container (list item, blockquote) closes, so parse time grows
 * quadratically with the number of containers in one parse call. A 100 kB
 * run of blockquotes takes minutes. Cutting the source at places where
 * CommonMark block structure provably restarts (a blank line followed by a
 * column-0 line that cannot continue a list or a fence/raw-HTML block) keeps
 * every parse call small, and the trees are identical to a whole-file parse.
 */

export interface Chunk {
  /** Offset of the chunk's first character in the whole source. */
  offset: number;
  /** 1-based line of the chunk's first line. */
  line: number;
  text: string;
  /** Set when the chunk is a piece of an over-long line (the tree differs slightly there). */
  splitLine?: boolean;
}

/** Chunks are closed at the first safe boundary after this many characters. */
const SOFT_LIMIT = 4_000;
/** Past this size, also cut before list items (may split one huge list in two). */
const HARD_LIMIT = 12_000;
/** Past this size, cut at any line outside a fence (pathological input only). */
const FORCE_LIMIT = 64_000;
/** Containers per chunk: each closing container costs time proportional to the chunk. */
const SOFT_CONTAINERS = 16;
const HARD_CONTAINERS = 256;
/** Lines longer than this are parsed in pieces (emphasis resolution is quadratic per paragraph). */
const LONG_LINE = 20_000;
const LINE_PIECE = 4_000;
const CONTAINER_LINE = /^\s{0,12}(>|[-+*][ \t]|\d{1,9}[.)][ \t])/;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_START = /^ {0,3}([-+*]|\d{1,9}[.)])([ \t]|$)/;
/** Raw HTML blocks of CommonMark types 1-5 may contain blank lines. */
const RAW_HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Split `source` into chunks whose concatenation is `source`. Runs in one
 * pass over the lines.
 */
export function splitIntoChunks(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let pos = 0;
  let fence: string | null = null;
  let rawClose: RegExp | null = null;
  let prevBlank = false;
  let containers = 0;
  // Never cut inside YAML front matter, which may contain blank lines.
  const fm = /^---[ \t]*\n[\s\S]*?\n(---|\.\.\.)[ \t]*(\n|$)/.exec(source);
  const noCutBefore = fm ? fm[0].length : 0;
  while (pos < source.length) {
    const nl = source.indexOf("\n", pos);
    const end = nl === -1 ? source.length : nl + 1;
    const text = source.slice(pos, nl === -1 ? source.length : nl);
    const size = pos - start;
    const inside = fence !== null || rawClose !== null;
    if (text.length > LONG_LINE && fence === null) {
      if (pos > start) chunks.push({ offset: start, line: startLine, text: source.slice(start, pos) });
      for (let p = pos; p < pos + text.length; ) {
        let q = Math.min(pos + text.length, p + LINE_PIECE);
        const space = source.lastIndexOf(" ", q);
        if (q < pos + text.length && space > p + LINE_PIECE / 2) q = space + 1;
        chunks.push({ offset: p, line, text: source.slice(p, q), splitLine: true });
        p = q;
      }
      start = pos + text.length;
      startLine = line;
      rawClose = null;
      containers = 0;
      prevBlank = false;
      pos = start;
      continue;
    }
    if (pos > start && pos >= noCutBefore && !(fence !== null && size < FORCE_LIMIT)) {
      const blankCut = prevBlank && !inside && /^\S/.test(text);
      const cut =
        ((size >= SOFT_LIMIT || containers >= SOFT_CONTAINERS) && blankCut && !LIST_START.test(text)) ||
        ((size >= HARD_LIMIT || containers >= HARD_CONTAINERS) && (blankCut || (!inside && LIST_START.test(text)))) ||
        size >= FORCE_LIMIT;
      if (cut) {
        chunks.push({ offset: start, line: startLine, text: source.slice(start, pos) });
        start = pos;
        startLine = line;
        containers = 0;
        if (size >= FORCE_LIMIT) {
          fence = null;
          rawClose = null;
        }
      }
    }
    if (fence !== null) {
      const m = FENCE.exec(text);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && /^\s*$/.test(text.slice(m[0].length))) fence = null;
    } else if (rawClose !== null) {
      if (rawClose.test(text)) rawClose = null;
    } else {
      const m = FENCE.exec(text);
      if (m) fence = m[1]!;
      else {
        for (const [open, close] of RAW_HTML_OPEN) {
          if (open.test(text)) {
            if (!close.test(text.replace(open, ""))) rawClose = close;
            break;
          }
        }
      }
    }
    prevBlank = text.trim() === "";
    if (!inside && CONTAINER_LINE.test(text)) containers++;
    pos = end;
    line++;
  }
  if (start < source.length || chunks.length === 0) {
    chunks.push({ offset: start, line: startLine, text: source.slice(start) });
  }
  return chunks;
}
