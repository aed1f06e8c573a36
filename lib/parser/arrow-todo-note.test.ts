/**
 * A to-do left after an arrow at the end of a question ("-> ❗️다시 정리하기",
 * "→ 복습", "=> 재정리 필요") says nothing of the question (a note of our own,
 * written for this test): the prompt drops it, and a re-import finds the card
 * its old prompt made, so its history carries over. An arrow chain whose last
 * step is such a word ("신규 → 학습 → 복습") is the question's content, and a
 * bare "Q" before a name ("Q 클래스", "Q 러닝") stays.
 */
import { describe, expect, it } from "vitest";
import { questionKey } from "@/lib/parser";
import { noteCards } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 프론트엔드 질문 모음", // 1
  "",
  "### 호이스팅이란? -> ❗️다시 정리하기", // 3
  "",
  "선언이 스코프의 맨 위로 끌어올려진 것처럼 동작하는 자바스크립트의 특징이다.",
  "",
  "### 클로저는 언제 쓰나요? → 복습", // 7
  "",
  "함수가 만들어질 때의 변수를 기억해야 할 때, 예를 들어 상태를 숨긴 카운터를 만들 때 쓴다.",
  "",
  "### 카드는 어떤 순서로 상태가 바뀌나요? 신규 → 학습 → 복습", // 11
  "",
  "처음 본 카드는 학습 단계를 거쳐 간격이 늘어나면 복습 단계로 넘어간다.",
  "",
  "### Q 클래스는 왜 생성하나요?", // 15
  "",
  "QueryDSL이 엔티티마다 타입 안전한 쿼리를 쓰도록 만들어 주는 메타 모델이다.",
];

describe("a to-do after an arrow", () => {
  it("leaves the prompt; an arrow chain and a bare Q before a name stay", () => {
    expect(noteCards(NOTE).map((c) => c[2])).toEqual([
      "호이스팅이란?",
      "클로저는 언제 쓰나요?",
      "카드는 어떤 순서로 상태가 바뀌나요? 신규 → 학습 → 복습",
      "Q 클래스는 왜 생성하나요?",
    ]);
  });

  it("lets a re-import match the card its old prompt made", () => {
    expect(questionKey("호이스팅이란? -> 다시 정리하기")).toBe(questionKey("호이스팅이란?"));
    expect(questionKey("클로저는 언제 쓰나요? => 재정리 필요")).toBe(questionKey("클로저는 언제 쓰나요?"));
    expect(questionKey("MySQL -> PostgreSQL 전환 과정은?")).toBe("mysql->postgresql전환과정은");
  });
});
