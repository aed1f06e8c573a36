/**
 * A long list of interview questions jotted under a category, a few of them answered in a quote nested under
 * the item: the answered ones are cards, the rest questions still to answer, the category no card of its own.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const note = [
  "# 예상 면접 질문", // 1
  "",
  "## JavaScript", // 3
  "",
  "<https://example.com/notes/javascript.md>",
  "",
  "- <b>호이스팅이란?</b>", // 7
  "- <b>렉시컬 환경</b>",
  "- <b>얕은 복사 / 깊은 복사</b>",
  "- <b>익명함수란?</b>", // 10
  "  > 이름 없이 정의한 함수로, 변수에 담아 쓰며 함수 선언문과 달리 호이스팅되지 않는다.",
  "- <b>클로저란?</b>",
  "- <b>이벤트 루프</b>", // 13
  "  > 콜 스택이 비면 태스크 큐의 콜백을 꺼내 실행하는 구조로, 자바스크립트가 비동기를 처리하는 방식이다.",
  "- <b>this 바인딩 규칙</b>",
  "",
];

describe("a long question list with a few answers nested under its items", () => {
  it("cards the answered items and lists the others as unanswered, with no card of the category", () => {
    expect(noteCards(note)).toEqual([
      [10, "qa", "익명함수란?", null],
      [13, "qa", "이벤트 루프에 대해 설명해 주세요.", null],
    ]);
    expect((parseNote(note).unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [7, "호이스팅이란?"],
      [8, "렉시컬 환경에 대해 설명해 주세요."],
      [9, "얕은 복사 / 깊은 복사에 대해 설명해 주세요."],
      [12, "클로저란?"],
      [15, "this 바인딩 규칙에 대해 설명해 주세요."],
    ]);
  });

  it("leaves a list of points with one question among them as the topic's answer", () => {
    const cards = noteCards([
      "## 이벤트 루프",
      "",
      "- 콜 스택",
      "- 태스크 큐",
      "- 마이크로태스크 큐",
      "  > Promise 콜백이 들어가며 태스크 큐보다 먼저 비워진다.",
      "- 렌더링 단계",
      "- 왜 필요할까?",
      "- requestAnimationFrame",
      "",
    ]);
    expect(cards).toEqual([[1, "qa", "이벤트 루프에 대해 설명해 주세요.", null]]);
  });
});
