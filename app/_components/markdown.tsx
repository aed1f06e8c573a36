import { renderMarkdown } from "@/lib/markdown/render-markdown";

/** Note Markdown rendered on the server through the sanitizer. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  // renderMarkdown sanitizes: no scripts, event handlers or javascript: URLs survive.
  return <div className={`prose-note ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
