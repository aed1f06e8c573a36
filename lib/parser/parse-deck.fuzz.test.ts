// Property tests: the parser takes any text a user might import (binary
// junk, odd unicode, pathological nesting) without throwing, and its ids
// depend only on the input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const RUNS = 60;

/** Markdown-ish building blocks, so generated text exercises real structure. */
const fragment = fc.oneof(
  fc.constantFrom("# ", "## ", "### ", "#### ", "- ", "1. ", "> ", "```", "~~~", "---", "| a | b |\n|---|---|", "<details>", "</details>", "<br>", "**", "_", "`", "[x](", ")", "![](", "\n", "\n\n", "Q. ", "A. ", "꼬리 질문", "면접 질문", "답변", "---\ntitle: x\n---"),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const markdownish = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(""));

/** Deep nesting: many levels of quotes / lists / headings. */
const deep = fc
  .record({ depth: fc.integer({ min: 1, max: 400 }), unit: fc.constantFrom("> ", "- ", "  - ", "1. ", "#", "<div>", "["), tail: fc.string({ maxLength: 10 }) })
  .map(({ depth, unit, tail }) => `## 질문\n${unit.repeat(depth)}${tail}\n`);

/** Arbitrary bytes decoded as UTF-8 (replacement characters, NULs, lone surrogates via the 16-bit unit). */
const binary = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString("utf8")),
  fc.string({ unit: "binary", maxLength: 200 }),
);

const anyText = fc.oneof(markdownish, deep, binary, fc.string({ maxLength: 300 }));
const anyPath = fc.oneof(fc.constantFrom("deck.md", "dir/sub/노트.md", "a b.md", ""), fc.string({ maxLength: 30 }));

describe("parseDeck (fuzz)", () => {
  it("never throws and returns a well-formed deck for any text", () => {
    fc.assert(
      fc.property(anyText, anyPath, (text, path) => {
        const deck = parseDeck(text, { path });
        expect(Array.isArray(deck.cards)).toBe(true);
        expect(Array.isArray(deck.warnings)).toBe(true);
        expect(typeof deck.deck.slug).toBe("string");
        for (const card of deck.cards) {
          expect(card.id).toEqual(expect.any(String));
          expect(card.id.length).toBeGreaterThan(0);
          expect(card.lineStart).toBeLessThanOrEqual(card.lineEnd);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("gives the same ids for the same input, and unique ids within a deck", () => {
    fc.assert(
      fc.property(markdownish, anyPath, (text, path) => {
        const a = parseDeck(text, { path });
        const b = parseDeck(text, { path });
        expect(b.deck.slug).toBe(a.deck.slug);
        expect(b.cards.map((c) => c.id)).toEqual(a.cards.map((c) => c.id));
        const ids = a.cards.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: RUNS },
    );
  });
});
