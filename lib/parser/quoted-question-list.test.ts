/** A question list set as quotes, one line each, a few answered under their question. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { parseNote as parse } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# Java", // 1
  "",
  ">static 키워드는?", // 3
  "",
  ">접근 제어자에 대해서 설명해보자.", // 5
  "",
  ">final과 불변 객체의 차이", // 7
  "",
  ">제네릭은 왜 쓰나요?", // 9
  "",
  "# Database", // 11
  "",
  ">**인덱스는 무엇인가요?**", // 13
  ">찾는 값을 빨리 고르려고 정렬해 둔 별도의 자료구조입니다. 쓰기는 느려집니다.",
  "",
  ">트랜잭션의 격리 수준", // 16
  "",
  "> 격리 수준이 낮으면 다른 트랜잭션이 커밋하지 않은 값까지 읽을 수 있습니다.", // 18
];

describe("a question list set as one-line quotes", () => {
  it("a topic jotted among the questions is one more question, not the answer of the one before, and is asked as written", () => {
    const deck = parse(NOTE);
    expect(deck.unanswered!.map((u) => [u.line, u.prompt])).toEqual([
      [3, "static 키워드는?"],
      [5, "접근 제어자에 대해서 설명해보자."],
      [7, "final과 불변 객체의 차이에 대해 설명해 주세요."],
      [9, "제네릭은 왜 쓰나요?"],
    ]);
    expect(deck.cards.map((c) => c.lineStart)).toEqual([13]);
  });

  it("a one-line quote that answers the quoted question before it stays its answer", () => {
    const answered = [">TCP란?", "", ">연결을 맺고 순서를 보장하는 전송 계층 프로토콜", "", ">UDP는 언제 쓰나요?", "", ">지연이 순서보다 중요할 때 씁니다."];
    expect(parse(answered).cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["TCP란?", "연결을 맺고 순서를 보장하는 전송 계층 프로토콜"],
      ["UDP는 언제 쓰나요?", "지연이 순서보다 중요할 때 씁니다."],
    ]);
  });
});
