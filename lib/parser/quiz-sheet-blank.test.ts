/**
 * A quiz sheet handed out blank (fixture written for this test): a table to
 * fill whose cells are empty or only padded with &nbsp;, labels with nothing
 * after their colon, numbered choices to pick from with none marked, a
 * sentence whose blank is still open. None of it answers its question, so those
 * questions are unanswered, not cards whose "answer" is the form. A question
 * answered under it stays a card, and one wrapped onto the next line after
 * "…위해" is one question. "…골라주세요" asks as written.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";
import { isRequest } from "./questions";

describe("a quiz sheet left blank", () => {
  const { cards, unanswered } = parseFixture("quiz-sheet-blank.md");

  it("lists the questions whose forms are empty as unanswered, and cards the answered one", () => {
    expect(cards).toEqual([[22, "qa", "해시 테이블이 평균적으로 빠른 이유를 설명해주세요.", null]]);
    expect(unanswered).toEqual([
      [3, "아래 표를 채워주세요.", null],
      [10, "해시 함수와 해시 충돌의 정의를 알려주세요.", null],
      [14, "개방 주소법에 관해 틀린 것을 골라주세요.", null],
      [19, "자바의 HashMap은 원소가 많은 버킷을 어떤 구조로 바꾸나요?", null],
      [25, "해시 테이블의 크기를 늘리기 위해 쓰는 연산을 무엇이라고 하나요?", null],
    ]);
  });

  it("reads instructions to pick as requests", () => {
    for (const q of ["틀린 것을 골라주세요.", "옳은 것을 골라 주세요", "맞는 것을 고르세요."]) expect(isRequest(q)).toBe(true);
  });
});

describe("what only looks like a blank form", () => {
  it("keeps a filled table, a list of short answers to a question that picks nothing, and labels with values", () => {
    const deck = parseNote([
      "## 정리",
      "",
      "1. 체이닝과 개방 주소법을 비교해 주세요.",
      "",
      "|구분|체이닝|개방 주소법|",
      "|---|---|---|",
      "|충돌 처리|연결 리스트에 잇는다|빈 버킷을 찾는다|",
      "",
      "2. CSS selector의 종류를 select해서 정리하면?",
      "    1. ID 선택자",
      "    2. Class 선택자",
      "",
      "3. 해시 함수와 해시 충돌의 정의를 알려주세요.",
      "    - 해시 함수 : 키를 버킷 번호로 바꾸는 함수",
      "    - 해시 충돌 : 다른 키가 같은 버킷으로 가는 일",
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual([
      "체이닝과 개방 주소법을 비교해 주세요.",
      "CSS selector의 종류를 select해서 정리하면?",
      "해시 함수와 해시 충돌의 정의를 알려주세요.",
    ]);
  });
});

describe("answers a second reader took for blank forms", () => {
  it("keeps a term glossed with alternatives in brackets, a question about choosing, a filled one-column table and a choice given by '답:'", () => {
    const deck = parseNote([
      "## 운영체제",
      "",
      "1. 스레드 상태를 설명해 주세요.",
      "    - 상태 변화 :",
      "        - 입출력을 기다리면 대기(blocked/waiting) 상태로 간다.",
      "",
      "2. 파티션 키로 알맞은 것을 고르는 기준은 무엇인가요?",
      "    - 값이 고르게 퍼지는 컬럼",
      "    - 자주 조회 조건에 쓰이는 컬럼",
      "",
      "3. 안정 정렬을 적어 주세요.",
      "",
      "| 안정 정렬 |",
      "|---|",
      "| 병합 정렬 |",
      "",
      "4. 큐에 대한 설명으로 옳은 것을 고르세요.",
      "    1. 나중에 넣은 것을 먼저 꺼낸다.",
      "    2. 먼저 넣은 것을 먼저 꺼낸다.",
      "    - 답: 2번",
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual([
      "스레드 상태를 설명해 주세요.",
      "파티션 키로 알맞은 것을 고르는 기준은 무엇인가요?",
      "안정 정렬을 적어 주세요.",
      "큐에 대한 설명으로 옳은 것을 고르세요.",
    ]);
  });
});
