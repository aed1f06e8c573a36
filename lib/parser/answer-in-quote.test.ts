/**
 * An answer label over nothing but a quote ("# 답변" then "> …") is answered
 * by that quote (before, the quote went to the tips and the question was
 * listed unanswered); beside a written script a quote is still a tip. A
 * container heading ("# 내용") names no topic: its parts belong to the note.
 * Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("an answer written as a quote", () => {
  it("answers the question when the label holds only the quote, and stays a tip beside a script", () => {
    const { cards, unanswered, deck } = parseFixture("answer-in-quote.md");
    expect(cards).toEqual([
      [3, "script", "GC (Garbage Collection)에 대해 설명해 주세요.", null],
      [12, "script", "GC (Garbage Collection)의 동작 원리에 대해 설명해 주세요.", null],
      [16, "script", "세대별 수집에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe("더 이상 쓰지 않는 객체를 찾아 메모리를 자동으로 돌려주는 런타임의 기능입니다.");
    expect(deck.cards[0]!.tips).toEqual([]);
    expect(deck.cards[2]!.tips).toEqual(["멈춤 시간을 줄이는 방법까지 말하면 좋습니다."]);
  });
});
