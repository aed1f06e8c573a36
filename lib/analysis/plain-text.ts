/** Markdown → the words a speaker would say: markup, links' URLs and list markers removed. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n?/gi, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|(?:\d+[.)]|[-*+])\s+)/gm, "")
    .replace(/\*\*|__|`|~~/g, "");
}
