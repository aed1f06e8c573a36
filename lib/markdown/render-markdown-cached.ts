import { renderMarkdown } from "./render-markdown";

// Rendering is pure, and a study session shows the same cards' answers and tips again
// and again: the profile of GET /api/v1/study/next had remark/rehype as its largest
// part of our own code. Bounded by the characters kept (Markdown + HTML), oldest first out.
const MAX_CHARS = 8_000_000;
const rendered = new Map<string, string>();
let chars = 0;

/** {@link renderMarkdown}, remembered per Markdown text (least recently used first out). */
export function renderMarkdownCached(markdown: string): string {
  const hit = rendered.get(markdown);
  if (hit !== undefined) {
    rendered.delete(markdown);
    rendered.set(markdown, hit);
    return hit;
  }
  const html = renderMarkdown(markdown);
  const size = markdown.length + html.length;
  if (size > MAX_CHARS / 100) return html; // one huge note must not flush everything else
  rendered.set(markdown, html);
  chars += size;
  for (const [key, value] of rendered) {
    if (chars <= MAX_CHARS) break;
    rendered.delete(key);
    chars -= key.length + value.length;
  }
  return html;
}
