/**
 * "### Q 호이스팅이란?": a "Q" with no dot or colon before the question still
 * marks it (a note of our own, written for this test), and so does a to-do
 * left after an arrow, "-> ❗️다시 정리하기", say nothing of the question. The
 * prompt drops both; a re-import finds the card its old prompt made, so its
 * history carries over. "Q 러닝", "Q Learning" and "Q 값" name the thing.
 */
import { describe, expect, it } from "vitest";
import { questionKey } from "@/lib/parser";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 프론트엔드 질문 모음", // 1
  "",
  "### Q 호이스팅이란? -> ❗️다시 정리하기", // 3
  "",
  "선언이 스코프의 맨 위로 끌어올려진 것처럼 동작하는 자바스크립트의 특징이다.",
  "",
  "### Q REST API 란?", // 7
  "",
  "자원을 URI로 나타내고 HTTP 메서드로 그 자원에 대한 행위를 표현하는 설계 방식이다.",
  "",
  "### Q 클로저란?", // 11
  "",
  "### Q 러닝이란?", // 13
  "",
  "강화학습에서 상태와 행동마다 기대 보상을 표로 배워 가는 방법이다.",
  "",
  "### Q Learning은 언제 쓰나요? → 복습", // 17
  "",
  "상태와 행동이 적어 표로 다 담을 수 있을 때 쓴다.",
];

describe("a bare 'Q' before a question and a to-do after an arrow", () => {
  it("are dropped from the prompt; 'Q 러닝' and 'Q Learning' keep their Q", () => {
    expect(noteCards(NOTE)).toEqual([
      [3, "qa", "호이스팅이란?", null],
      [7, "qa", "REST API 란?", null],
      [13, "qa", "Q 러닝이란?", null],
      [17, "qa", "Q Learning은 언제 쓰나요?", null],
    ]);
    expect(parseNote(NOTE).unanswered?.map((u) => [u.line, u.prompt])).toEqual([[11, "클로저란?"]]);
  });

  it("lets a re-import match the card its old prompt made", () => {
    expect(questionKey("Q 호이스팅이란? -> 다시 정리하기")).toBe(questionKey("호이스팅이란?"));
    expect(questionKey("Q REST API 란?")).toBe(questionKey("REST API 란?"));
    expect(questionKey("Q 러닝이란?")).not.toBe(questionKey("러닝이란?"));
    // (an arrow to more words is part of the question: "A -> B 전환 과정은?")
    expect(questionKey("MySQL -> PostgreSQL 전환 과정은?")).toBe("mysql->postgresql전환과정은");
  });
});
