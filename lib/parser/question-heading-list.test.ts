/**
 * "## Question" over numbered questions each answered under it (some linked to
 * their section, split by `<br>` lines) is a list of the note's questions, not
 * one question: each is a card. "## 질문" over one asking paragraph and its
 * "## 답변" stays one card; a list of links alone stays no question.
 * Fixture: lib/parser/fixtures/question-heading-list.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a question label over a list of answered questions", () => {
  const { deck, cards, unanswered } = parseFixture("question-heading-list.md");

  it("makes each listed question a card, and the paired 질문/답변 one card", () => {
    expect(cards).toEqual([
      [4, "qa", "인덱스는 왜 조회를 빠르게 하나요?", null],
      [8, "qa", "인덱스의 단점은 무엇인가요?", null],
      [14, "qa", "트랜잭션 격리 수준을 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("answers each with what is nested under it", () => {
    expect(deck.cards[0]!.answer).toBe("- 정렬된 사본에서 찾는 값의 위치를 바로 알 수 있기 때문입니다.");
    expect(deck.cards[2]!.answer).toBe("동시에 실행되는 트랜잭션이 서로의 변경을 어디까지 볼지 정하는 단계입니다.");
  });
});
