/**
 * A question list written as topics, each with the way it is asked on the
 * next line after an arrow ("- 클로저(Closure)" then "→ 클로저에 대해서
 * 설명해주세요."): questions still to be answered, never an answer. Notes
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const note = [
  "# 자바스크립트 스터디", // 1
  "",
  "### 1. 기본", // 3
  "",
  "- 클로저(Closure)  ", // 5
  "  → 클로저에 대해서 설명해주세요.",
  "",
  "- null, undefined, NaN  ", // 8
  "  → 각각의 차이를 설명해주세요.",
  "",
  "### 2. 모듈", // 11
  "",
  "- 모듈은 왜 쓸까?  ", // 13
  "  → 모듈을 나누는 이유를 설명해주세요.",
  "",
  "### 3. 이벤트 루프", // 16
  "",
  "- 콜 스택  ", // 18
  "  → 실행 중인 함수가 쌓이는 곳입니다.",
  "",
].join("\n");

describe("topics each asked after an arrow", () => {
  const deck = parseDeck(note, { path: "js.md" });

  it("are unanswered questions, asked as the arrow says, with the topic when the asked line does not name it", () => {
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [5, "클로저에 대해서 설명해주세요."],
      [8, "null, undefined, NaN — 각각의 차이를 설명해주세요."],
      [13, "모듈은 왜 쓸까?"],
    ]);
  });

  it("a list whose arrows answer is the answer of its topic", () => {
    expect(deck.cards.map((c) => [c.lineStart, c.answer])).toEqual([[16, "- 콜 스택  \n  → 실행 중인 함수가 쌓이는 곳입니다."]]);
  });
});

describe("an arrow line followed by more of the item", () => {
  it("asks as the arrow says and is answered by the lines after it", () => {
    const note = "# 스터디\n\n### 1. 기본\n\n- 클로저(Closure)\n  → 클로저에 대해서 설명해주세요.\n  - 렉시컬 환경을 기억하는 함수\n  - 상태를 숨길 때 씀\n\n- 호이스팅\n  → 호이스팅이 무엇인지 설명해주세요.\n  - 선언이 스코프 맨 위로 올려진 듯 동작함\n";
    const deck = parseDeck(note, { path: "js.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [5, "클로저에 대해서 설명해주세요.", "- 렉시컬 환경을 기억하는 함수\n- 상태를 숨길 때 씀"],
      [10, "호이스팅이 무엇인지 설명해주세요.", "- 선언이 스코프 맨 위로 올려진 듯 동작함"],
    ]);
  });

  it("an exercise after the arrow ('직접 구현해 보세요.') asks no question: the section's own text stays its card", () => {
    const note = "# 알고리즘\n\n## 정렬 복습\n\n퀵 정렬과 병합 정렬은 모두 분할 정복이지만 나누는 방식이 다르다.\n\n- 퀵 정렬\n  → 직접 구현해 보세요.\n- 병합 정렬\n  → 직접 구현해 보세요.\n";
    const deck = parseDeck(note, { path: "sort.md" });
    expect(deck.cards.map((c) => c.lineStart)).toEqual([3]);
    expect(deck.unanswered ?? []).toEqual([]);
  });
});
