/**
 * A question standing alone as a paragraph of its own in the middle of an answer
 * ("오버로딩을 사용하는 이유?") is the interviewer's next question, answered by the
 * paragraphs after it (pointed-back.ts `asksAlone`). A musing ("어렵다.. 지역성..?")
 * stays part of the answer. Fixture: lib/parser/fixtures/asked-alone-in-answer.md.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a question standing alone inside an answer", () => {
  const { deck, cards } = parseFixture("asked-alone-in-answer.md");

  it("follows the question whose answer holds it; a musing, or a question with only a citation under it, stays in the answer", () => {
    expect(cards).toEqual([
      [1, "qa", "오버로딩과 오버라이딩의 차이를 설명해 주세요", null],
      [5, "followup", "오버로딩을 사용하는 이유?", 1],
      [9, "qa", "캐시가 빠른 이유를 설명해 주세요", null],
      [17, "qa", "스레드 하나에서 예외가 나면 어떻게 되나요?", null],
    ]);
    // (a citation under it is no answer: the question stays in the text it was written in)
    expect(deck.cards[3]!.answer).toContain("왜 다른 스레드는 멀쩡하지?");
    expect(deck.cards[0]!.answer).not.toContain("오버로딩을 사용하는 이유");
    expect(deck.cards[1]!.answer).toBe("같은 기능을 여러 입력 타입으로 제공할 수 있어서 호출하는 쪽이 이름 하나만 기억하면 됩니다.");
    expect(deck.cards[2]!.answer).toContain("지역성..?");
  });
});
