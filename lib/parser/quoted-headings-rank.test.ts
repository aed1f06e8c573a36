/**
 * Headings inside a quote rank inside the quote. Under "### Q1" a quoted
 * "# 더 깊이 보기" and its "## …" parts are Q1's answer and follow-ups;
 * read at their written level they outranked Q1, their last heading (a
 * sentence) became a card and took the next "### Q2" as its follow-up.
 * Quoted question headings at or below the level of the heading they sit
 * under stay questions of their own. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("headings inside a quote", () => {
  it("stay below the heading the quote sits under", () => {
    const { cards, deck } = parseFixture("quoted-headings-rank.md");
    expect(cards).toEqual([
      [3, "qa", "자바스크립트는 싱글 스레드인데 어떻게 비동기 작업을 처리하나요?", null],
      [15, "followup", "그렇다면 마이크로태스크가 끝없이 생기면 어떻게 되나요?", 3],
      [21, "qa", "브라우저에서 requestAnimationFrame은 언제 실행되나요?", null],
      [26, "qa", "백프레셔란 무엇인가요?", null],
      [29, "qa", "pipe를 쓰면 무엇이 좋은가요?", null],
    ]);
    const q1 = deck.cards[0]!;
    expect(q1.answer).toContain("setTimeout 같은 콜백이 들어가는 큐입니다.");
    expect(q1.answer).toContain("같은 시점에 등록해도 Promise 콜백이 setTimeout 콜백보다 먼저 실행됩니다.");
  });

  it("leave a quoted chapter at the level of a chapter it follows", () => {
    // (a second reader's note: "> ## 네트워크" after "## 운영체제" › "### 프로세스란?" › "#### 예시" is the next
    // chapter; set below "#### 예시", its questions became follow-ups of the process question)
    const deck = parseNote([
      "# CS 스터디", // 1
      "## 운영체제",
      "### 프로세스란 무엇인가요?", // 3
      "실행 중인 프로그램으로, 독립된 메모리 공간을 가집니다.",
      "#### 예시",
      "크롬 탭 하나하나가 별도 프로세스로 뜹니다.",
      "",
      "> ## 네트워크",
      "> ### TCP란 무엇인가요?", // 9
      "> 연결을 맺고 신뢰성을 보장하는 전송 계층 프로토콜입니다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ?? null])).toEqual([
      [3, "qa", "프로세스란 무엇인가요?", null],
      [9, "qa", "TCP란 무엇인가요?", null],
    ]);
    // (…in a note without a title heading too)
    const untitled = parseNote(["## 운영체제", "### 프로세스란 무엇인가요?", "실행 중인 프로그램입니다.", "", "> ## 네트워크", "> ### TCP란 무엇인가요?", "> 연결을 맺는 전송 계층 프로토콜입니다."]);
    expect(untitled.cards.map((c) => [c.lineStart, c.kind, c.parentId ?? null])).toEqual([
      [2, "qa", null],
      [6, "qa", null],
    ]);
  });
});
