// Property test: whatever mix of Markdown and raw HTML a deck carries, the
// rendered HTML holds no script, no javascript: URL and no event handler.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

const dangerous = fc.constantFrom(
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<img src=x OnError = 'alert(1)'>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "![x](javascript:alert(1))",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<body onload=alert(1)>",
  "<details open ontoggle=alert(1)><summary>s</summary></details>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  "<object data=javascript:alert(1)>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<!-- <script>alert(1)</script> -->",
  "<style>@import 'javascript:alert(1)'</style>",
  "[x]: javascript:alert(1)\n\n[y][x]",
);
const benign = fc.constantFrom("# 제목\n", "- item\n", "**bold** ", "`code` ", "```js\nscript()\n```\n", "<br>", "<details><summary>a</summary>b</details>", "| a | b |\n|---|---|\n| 1 | 2 |\n", "> quote\n", "\n\n");
const mix = fc.array(fc.oneof(dangerous, benign, fc.string({ maxLength: 15 }), fc.constantFrom("<", ">", '"', "'", "=", " on", "javascript", ":", "&#")), { maxLength: 30 }).map((p) => p.join(""));

/** Every start tag in the output: text that merely mentions "javascript:" or "on=" is harmless. */
const tagsOf = (html: string) => [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);

/** Attribute names of a tag. */
const attributesOf = (tag: string) => [...tag.matchAll(/\s([^\s=/>]+)\s*=/g)].map((a) => a[1]!.toLowerCase());

/** A tag as the browser would read its URLs: entities decoded, tabs/newlines dropped. */
function decoded(tag: string): string {
  return tag
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/[\t\n\r\0]/g, "")
    .toLowerCase();
}

describe("renderMarkdown (fuzz)", () => {
  it("never emits <script, javascript: or on* handlers", () => {
    fc.assert(
      fc.property(mix, (source) => {
        const html = renderMarkdown(source);
        // A literal "<script" anywhere would be a real element: text comes out escaped (&#x3C;).
        expect(html.toLowerCase()).not.toContain("<script");
        for (const tag of tagsOf(html)) {
          expect(decoded(tag)).not.toContain("javascript:");
          expect(attributesOf(tag).filter((a) => /^on\w+/.test(a))).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
