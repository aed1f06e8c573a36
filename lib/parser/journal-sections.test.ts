/**
 * A learning journal's own sections (a dated "TIL" title's lines, "오늘 한 일", "느낀 점",
 * "회고") and a "PR 가이드" are no questions: skipped with a warning each, while the
 * question among them is a card (fixtures/journal-sections.md).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

const NAME = "journal-sections.md";
const deck = parseFixture(NAME).deck;

describe("a learning journal's own sections", () => {
  it("leave only the question as a card and name each skipped section", () => {
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[9, "qa", "문맥 교환이란?"]]);
    expect(deck.warnings.map((w) => [w.line, w.message.replace(/ \(.*$/, "")])).toEqual([
      [1, '건너뛴 부분: "TIL 2025-03-02"'],
      [5, '건너뛴 부분: "오늘 한 일"'],
      [13, '건너뛴 부분: "PR 가이드"'],
      [17, '건너뛴 부분: "느낀 점"'],
    ]);
  });
});
