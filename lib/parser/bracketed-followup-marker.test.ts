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

  it("'<꼬리질문>' on a line of its own is a follow-up label like '[꼬리질문]' (its list stayed in the answer)", () => {
    const { deck, cards, unanswered } = parseFixture("angle-followup-label.md");
    expect(cards).toEqual([
      [1, "qa", "TCP와 UDP의 차이를 설명해 주세요.", null],
      [6, "followup", "신뢰성이 있다는 것은 어떤 의미일까요?", 1],
    ]);
    expect(unanswered).toEqual([[8, "UDP로 신뢰성을 얻으려면 어떻게 하나요?", 1]]);
    expect(deck.cards[0]!.answer).toBe("TCP는 연결을 맺고 순서와 전달을 보장하며, UDP는 연결 없이 빠르게 보냅니다.");
  });
});

