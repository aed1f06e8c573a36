/**
 * An exam sheet: "1. …서술하시오." then its answer, "2. …채우시오." then its answer,
 * each numbered question set apart by the answer under it. A numbered list of
 * questions with nothing under them stays unanswered questions.
 * Fixture: lib/parser/fixtures/exam-sheet.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { isRequest } from "./questions";

describe("numbered questions each answered under it", () => {
  const { deck, cards, unanswered } = parseFixture("exam-sheet.md");

  it("makes each a card answered by what follows it, and a bare question list stays unanswered", () => {
    expect(cards).toEqual([
      [3, "qa", "인덱스의 장단점을 서술하시오.", null],
      [13, "qa", "인덱스가 쓰기에 약한 이유의 빈칸을 채우시오.", null],
      [17, "qa", "클러스터드 인덱스와 보조 인덱스의 차이를 서술하시오.", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("장점\n\n- 검색과 정렬이 빠르다.\n\n단점\n\n- 저장 공간이 더 들고 쓰기가 느려진다.");
    expect(unanswered).toEqual([
      [23, "커버링 인덱스란?", null],
      [24, "인덱스를 타지 않는 쿼리는?", null],
    ]);
  });

  it("reads a quiz's instructions as requests", () => {
    for (const q of ["빈칸을 채우시오.", "시간 복잡도를 구하시오", "상태 전이도를 그리시오."]) expect(isRequest(q)).toBe(true);
  });

  it("numbered questions answered by a quote on the next line: an unanswered one between them or at the end is listed, and no answer is lost or swallowed", () => {
    const gap = parseFixture("numbered-quoted-answers-gap.md");
    expect(gap.cards).toEqual([
      [1, "qa", "캐시 지역성이 무엇인지 설명해주세요", null],
      [6, "qa", "쓰기 정책에는 무엇이 있나요?", null],
    ]);
    expect(gap.deck.cards[1]!.answer).toBe("write-through와 write-back이 있다");
    expect(gap.unanswered).toEqual([[4, "캐시 일관성은 왜 깨지나요?", null]]);
    const open = parseFixture("numbered-quoted-answers-last-open.md");
    expect(open.cards).toEqual([
      [1, "qa", "캐시 지역성이 무엇인지 설명해주세요", null],
      [4, "qa", "쓰기 정책에는 무엇이 있나요?", null],
    ]);
    expect(open.deck.cards[1]!.answer).toBe("write-through와 write-back이 있다");
    expect(open.unanswered).toEqual([[7, "캐시 일관성은 왜 깨지나요?", null]]);
  });
});
