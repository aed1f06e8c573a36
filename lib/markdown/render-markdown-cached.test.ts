import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";
import { renderMarkdownCached } from "./render-markdown-cached";

describe("renderMarkdownCached", () => {
  it("returns exactly what renderMarkdown returns, the first time and when remembered", () => {
    const note = "**TCP** 3-way handshake\n\n1. SYN\n2. SYN-ACK\n3. ACK\n\n<script>alert(1)</script>";
    const expected = renderMarkdown(note);
    expect(expected).toBe("<p><strong>TCP</strong> 3-way handshake</p>\n<ol>\n<li>SYN</li>\n<li>SYN-ACK</li>\n<li>ACK</li>\n</ol>\n");
    expect(renderMarkdownCached(note)).toBe(expected);
    expect(renderMarkdownCached(note)).toBe(expected);
    expect(renderMarkdownCached("다른 *메모*")).toBe("<p>다른 <em>메모</em></p>");
  });
});
