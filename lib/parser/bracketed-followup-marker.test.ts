/**
 * A follow-up marked in brackets after a question's "Q" ("Q-(꼬리질문). …?")
 * inside a folded answer (questions.ts BRACKETED_FOLLOWUP, segments.ts): a
 * follow-up of the question it sits under. A bracketed marker over a line that
 * asks nothing stays the answer's text. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a follow-up marked in brackets", () => {
  it("asks it as a follow-up and leaves a marker that asks nothing in the answer", () => {
    const { deck, cards } = parseFixture("bracketed-followup-marker.md");
    expect(cards).toEqual([
      [1, "qa", "인덱스를 쓰면 왜 조회가 빨라지나요?", null],
      [7, "followup", "그럼 인덱스를 많이 만들수록 좋은가요?", 1],
      [15, "qa", "커버링 인덱스란?", null],
    ]);
    expect(deck.cards[0]!.answer).not.toContain("꼬리질문");
    expect(deck.cards[2]!.answer).toContain("테이블을 읽지 않는");
  });
});
