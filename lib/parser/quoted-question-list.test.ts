/** A question list set as quotes, one line each, a few answered under their question. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { parseNote as parse } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# Java", // 1
  "",
  ">static 키워드는?", // 3
  "",
  ">추상 클래스는 언제 쓰나요?", // 5
  "",
  ">접근 제어자에 대해서 설명해보자.", // 7
  "",
  ">final과 불변 객체의 차이", // 9
  "",
  ">제네릭은 왜 쓰나요?", // 11
  "",
  "# Database", // 13
  "",
  ">**인덱스는 무엇인가요?**", // 15
  ">찾는 값을 빨리 고르려고 정렬해 둔 별도의 자료구조입니다. 쓰기는 느려집니다.",
];

describe("a question list set as one-line quotes", () => {
  it("a topic jotted among the questions is one more question, not the answer of the one before, and is asked as written", () => {
    const deck = parse(NOTE);
    expect(deck.unanswered!.map((u) => [u.line, u.prompt])).toEqual([
      [3, "static 키워드는?"],
      [5, "추상 클래스는 언제 쓰나요?"],
      [7, "접근 제어자에 대해서 설명해보자."],
      [9, "final과 불변 객체의 차이에 대해 설명해 주세요."],
      [11, "제네릭은 왜 쓰나요?"],
    ]);
    expect(deck.cards.map((c) => c.lineStart)).toEqual([15]);
  });

  it("a drill that alternates a quoted question and its one-line answer keeps each answer, even one ending in \"…의 차이\"", () => {
    const drill = [">TCP와 UDP의 가장 큰 차이는?", "", ">연결 지향 여부의 차이", "", ">UDP는 언제 쓰나요?", "", ">지연이 순서보다 중요할 때 씁니다."];
    expect(parse(drill).cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["TCP와 UDP의 가장 큰 차이는?", "연결 지향 여부의 차이"],
      ["UDP는 언제 쓰나요?", "지연이 순서보다 중요할 때 씁니다."],
    ]);
  });

  it("a labelled note between a quoted question and its answer (\"> 참고: …의 차이\") is no question", () => {
    const noted = [">스프링 컨테이너란 무엇인가요?", "", ">참고: 빈 팩토리와의 차이", "", "객체를 만들고 의존성을 넣어 주며 생명주기를 관리하는 곳이다."];
    expect(parse(noted).cards.map((c) => c.prompt)).toEqual(["스프링 컨테이너란 무엇인가요?"]);
  });
});
