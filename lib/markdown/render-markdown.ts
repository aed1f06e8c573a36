import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// GitHub's allow-list: no scripts, styles, event handlers or javascript: URLs.
// Notes often carry raw HTML (<details>, <br>, <img>), so we parse it and then
// sanitize rather than escaping everything.
const schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "details", "summary"],
  // Prefixing ids keeps note anchors from clobbering page globals.
  clobberPrefix: "note-",
};

// Korean notes write bold right before a particle ("**커널(Kernel)**은"), which plain
// CommonMark leaves as literal asterisks; the CJK-friendly rules close the emphasis.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/**
 * Renders note Markdown (which may contain raw HTML) to sanitized HTML that is
 * safe to inject into a page.
 */
export function renderMarkdown(markdown: string): string {
  try {
    return String(processor.processSync(markdown));
  } catch {
    // Rendering must never take a page down; fall back to escaped text.
    return `<p>${escapeHtml(markdown)}</p>`;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
