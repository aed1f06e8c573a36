import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders GFM (tables, lists, emphasis)", () => {
    const html = renderMarkdown("**굵게**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- 하나\n- 둘");
    expect(html).toContain("<strong>굵게</strong>");
    expect(html).toContain("<table>");
    expect(html).toContain("<li>하나</li>");
  });

  it("closes bold written right before a Korean particle, after punctuation or code", () => {
    expect(renderMarkdown("**커널(Kernel)**은 핵심이고 **`useState`**를 쓴다.")).toBe("<p><strong>커널(Kernel)</strong>은 핵심이고 <strong><code>useState</code></strong>를 쓴다.</p>");
  });

  it("keeps harmless raw HTML such as details/summary", () => {
    const html = renderMarkdown("<details><summary>질문</summary>\n\n답변\n\n</details>");
    expect(html).toContain("<details>");
    expect(html).toContain("<summary>질문</summary>");
  });

  it.each([
    ["<script>alert(1)</script>", "<script"],
    ['<img src="x" onerror="alert(1)">', "onerror"],
    ["[클릭](javascript:alert(1))", "javascript:"],
    ['<a href="javascript:alert(1)">x</a>', "javascript:"],
    ['<iframe src="https://example.com"></iframe>', "<iframe"],
    ['<div style="background:url(x)" onclick="x()">a</div>', "onclick"],
  ])("strips dangerous markup: %s", (input, forbidden) => {
    expect(renderMarkdown(input).toLowerCase()).not.toContain(forbidden);
  });
});
