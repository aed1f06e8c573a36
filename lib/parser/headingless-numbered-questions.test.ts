/**
 * A note without headings that opens with "질문 1. …?" and its answer on the next
 * line: the first question is a card like the others (it was taken as the lead
 * of a section that has no heading, and lost).
 * Fixture: lib/parser/fixtures/headingless-numbered-questions.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a note of numbered questions without headings", () => {
  const { deck, cards } = parseFixture("headingless-numbered-questions.md");

  it("makes the first question a card too", () => {
    expect(cards).toEqual([
      [1, "qa", "윈도우 크기가 0이면 송신자는 무엇을 하나요?", null],
      [4, "qa", "흐름 제어와 혼잡 제어는 어떻게 다른가요?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("윈도우 크기를 묻는 작은 패킷을 주기적으로 보냅니다.");
  });
});
