/**
 * "만약 …?" put right after an answered question (notes of our own, written
 * for this test): the interviewer bending the case just answered, so a
 * follow-up of that question, whether the questions are headings or "Q) …
 * A) …" lines. Inside an explanation the same words are the writer's example
 * and stay in the answer.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const HEADINGS = [
  "### 인덱스는 어떻게 검색을 빠르게 하나요?", // 1
  "",
  "정렬된 B+Tree에서 루트부터 내려가며 범위를 좁히기 때문입니다.",
  "",
  "### 만약 인덱스 컬럼을 함수로 감싸서 조회하면 어떻게 되나요?", // 5
  "",
  "인덱스를 타지 못하고 전체를 스캔하게 됩니다.",
];

const LINES = [
  "Q) 스택과 큐의 차이점이 무엇인가요?", // 1
  " A) 스택은 나중에 넣은 것을 먼저 꺼내고, 큐는 먼저 넣은 것을 먼저 꺼냅니다.",
  "",
  "Q) 만약에 큐를 스택 두 개로 만든다면 어떻게 하시겠어요? A) 입력용과 출력용 스택을 두고 출력용이 비면 옮깁니다.", // 4
];

const PROSE = [
  "## 탐욕 알고리즘", // 1
  "",
  "매 순간 가장 좋아 보이는 선택을 하는 방법입니다. 거스름돈을 가장 큰 동전부터 주는 것이 예입니다.",
  "",
  "만약 동전이 1, 7, 10원이라면 어떻게 될까? 14원을 10+1+1+1+1로 주게 되어 7+7보다 많은 동전을 씁니다.",
];

describe("a hypothetical put right after an answered question", () => {
  it("follows a question heading up", () => {
    expect(noteCards(HEADINGS)).toEqual([
      [1, "qa", "인덱스는 어떻게 검색을 빠르게 하나요?", null],
      [5, "followup", "만약 인덱스 컬럼을 함수로 감싸서 조회하면 어떻게 되나요?", 1],
    ]);
  });

  it("follows a question line up", () => {
    expect(noteCards(LINES)).toEqual([
      [1, "qa", "스택과 큐의 차이점이 무엇인가요?", null],
      [4, "followup", "만약에 큐를 스택 두 개로 만든다면 어떻게 하시겠어요?", 1],
    ]);
  });

  it("stays the writer's example inside an explanation", () => {
    const deck = parseNote(PROSE);
    expect(deck.cards.map((c) => [c.lineStart, c.kind])).toEqual([[3, "script"]]);
    expect(deck.cards[0]!.answer).toContain("만약 동전이 1, 7, 10원이라면");
  });
});
