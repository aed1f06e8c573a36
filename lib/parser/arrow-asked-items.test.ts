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
