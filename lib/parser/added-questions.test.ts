/**
 * A question added under a fold's answer with "+)" is the interviewer's next
 * question, the answer often written after its question mark on the same line
 * ("+) 리스트와 튜플의 차이는 무엇인가요? 변경 가능 여부"). An added remark that
 * does not ask, and an added question left unanswered or followed only by a
 * remark in brackets, stay in the answer as written.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("questions added to a fold's answer with '+)'", () => {
  const { deck, cards } = parseFixture("added-questions.md");

  it("follow the fold's question up, each answered by the words after its question mark", () => {
    expect(cards).toEqual([
      [3, "qa", "파이썬의 기본 자료형에는 무엇이 있나요?", null],
      [8, "followup", "리스트와 튜플의 차이는 무엇인가요?", 3],
      [10, "followup", "딕셔너리의 키로 쓸 수 있는 값은?", 3],
      [18, "qa", "얕은 복사와 깊은 복사의 차이를 설명해 주세요.", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("변경 가능 여부");
    expect(deck.cards[2]!.answer).toBe("해시 가능한 값");
  });

  it("leave a remark, an unanswered question and a bracketed aside in the answer", () => {
    expect(deck.cards[0]!.answer).toBe("정수, 실수, 문자열, 불리언, 리스트, 튜플, 딕셔너리, 집합이 있습니다.\n\n+) 이 때문에 튜플은 딕셔너리의 키가 될 수 있다.\n\n+) 집합은 순서가 있나요?");
    expect(deck.cards[3]!.answer).toContain("+) copy 모듈에서 각각 어떤 함수를 쓰나요? (자주 묻는 질문)");
  });
});
