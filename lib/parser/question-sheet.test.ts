/**
 * A study's question sheet (question-sheet.ts): lists of asks under the names
 * of who wrote them, nothing answered — its asks are unanswered questions, no
 * card lists them. A topic answered by a list of keywords under a short bold
 * line keeps its card. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a question sheet", () => {
  it("reports the asks unanswered and keeps a keyword answer", () => {
    const { deck, cards, unanswered } = parseFixture("question-sheet.md");
    expect(cards).toEqual([[13, "qa", "리액트 훅에 대해 설명해 주세요.", null]]);
    expect(deck.cards[0]!.answer).toContain("상태를 쓰게 해 주는 역할");
    expect(unanswered.map(([line]) => line)).toEqual([4, 5, 8, 11]);
  });
});
