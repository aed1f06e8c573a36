/**
 * A mock interview's record: the questions asked, numbered, then the answers
 * given in a list of their own, numbered alike (answer-key-lists.ts). Notes
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const RECORD = [
  "## 2024.05.02 모의면접", // 1
  "질문",
  "",
  "- 1. 클로저에 대해 설명해 주세요", // 4
  "- 2. 이벤트 루프는 어떻게 동작하나요?", // 5
  "- 3. var와 let의 차이는 무엇인가요?", // 6
  "",
  "답변",
  "",
  "1. 함수가 만들어질 때의 렉시컬 환경을 기억해서, 밖의 함수가 끝난 뒤에도 그 변수에 접근하는 함수입니다.", // 10
  "2. 콜 스택이 비면 태스크 큐에서 콜백을 하나씩 꺼내 실행합니다.", // 11
  "3. var는 함수 스코프이고 let은 블록 스코프입니다.", // 12
];

describe("questions answered by a numbered list further down", () => {
  it("pairs each numbered question with the answer of its number", () => {
    expect(noteCards(RECORD)).toEqual([
      [4, "qa", "클로저에 대해 설명해 주세요", null],
      [5, "qa", "이벤트 루프는 어떻게 동작하나요?", null],
      [6, "qa", "var와 let의 차이는 무엇인가요?", null],
    ]);
    const deck = parseNote(RECORD);
    expect(deck.cards.map((c) => c.answer)).toEqual([
      "함수가 만들어질 때의 렉시컬 환경을 기억해서, 밖의 함수가 끝난 뒤에도 그 변수에 접근하는 함수입니다.",
      "콜 스택이 비면 태스크 큐에서 콜백을 하나씩 꺼내 실행합니다.",
      "var는 함수 스코프이고 let은 블록 스코프입니다.",
    ]);
    expect(deck.unanswered).toEqual([]);
  });

  it("pairs nothing when the later list counts otherwise, numbers otherwise or asks", () => {
    const fewer = [...RECORD.slice(0, 11)];
    expect(parseNote(fewer).cards.map((c) => c.prompt)).not.toContain("클로저에 대해 설명해 주세요");
    const asking = [...RECORD.slice(0, 11), "3. 블록 스코프란 무엇일까요?"];
    expect(parseNote(asking).cards.map((c) => c.prompt)).not.toContain("클로저에 대해 설명해 주세요");
  });
});
