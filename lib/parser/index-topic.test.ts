/**
 * "### 1. Index" in a database note names the database topic: its list explains
 * (points nested under items), so it is a card. A table of contents stays
 * skipped: links, or short titles one per line.
 * Fixture: lib/parser/fixtures/index-topic.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a heading named Index or Contents", () => {
  const { deck, cards } = parseFixture("index-topic.md");

  it("is a topic when its list explains, and skipped when it lists contents", () => {
    expect(cards).toEqual([
      [10, "qa", "Index에 대해 설명해 주세요.", null],
      [18, "qa", "Hash Table에 대해 설명해 주세요.", null],
    ]);
    expect(deck.skipped).toEqual([
      { line: 3, heading: "목차" },
      { line: 22, heading: "Contents" },
    ]);
  });
});
