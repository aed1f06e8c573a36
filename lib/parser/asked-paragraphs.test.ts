/**
 * A note of plain paragraphs with no heading (fixtures/asked-paragraphs.md): each
 * one-line question over the paragraphs that answer it is a card; a question whose
 * only "answer" is code (fixtures/asked-paragraphs-code.md) asks about that code.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("asked paragraphs in a note with no heading", () => {
  it("each one-line question is a card answered by the paragraphs up to the next question", () => {
    const { deck, cards } = parseFixture("asked-paragraphs.md");
    expect(cards).toEqual([
      [4, "qa", "앱이 잠시 멈추는 상태가 되는 경우를 설명하시오.", null],
      [11, "qa", "앱이 뒤로 가면 어떤 제약이 있나요?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("메모리가 모자라면 언제든 종료될 수 있다.\n오디오나 위치 같은 일부 작업만 계속할 수 있다.");
    expect(deck.warnings).toEqual([]);
  });

  it("questions over code alone make no card", () => {
    expect(parseFixture("asked-paragraphs-code.md").cards).toEqual([]);
  });
});
