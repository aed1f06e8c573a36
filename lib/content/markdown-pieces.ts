/**
 * A deck's Markdown longer than this is stored as pieces of at most this
 * many characters (the `deck_markdown_piece` table), each written in its own
 * short transaction: one 2–12 MB row would hold the database, and on SQLite
 * the request thread, for its whole write and fsync (profiled: 0.2–0.4 s on
 * a busy machine, bench/README.md).
 */
export const MARKDOWN_PIECE_CHARS = 64 * 1024;

/**
 * Splits a long Markdown into the pieces stored for it, in order; a Markdown
 * up to MARKDOWN_PIECE_CHARS stays in the deck row (no pieces). Never splits
 * a surrogate pair, so every piece is valid text on its own.
 */
export function splitMarkdownPieces(markdown: string, size = MARKDOWN_PIECE_CHARS): string[] {
  if (markdown.length <= size) return [];
  const out: string[] = [];
  for (let start = 0; start < markdown.length; ) {
    let end = Math.min(markdown.length, start + size);
    const last = markdown.charCodeAt(end - 1);
    if (end < markdown.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(markdown.slice(start, end));
    start = end;
  }
  return out;
}
