/**
 * Blind set 23's shapes, on fixture notes written for these tests: an answer begun on its own
 * heading's line ("### 답: …" under the question, "## 답: …" beside it), a list's bullet written
 * into a heading before its number ("## - 3. …"), requests jotted as "…설명" or "…말해주시오",
 * a heading whose first sentence asks ("…동작원리? …일어나는 일."), and a fold whose question is
 * answered only through its "<li>" follow-ups.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { cardId } from "@/lib/parser/ids";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { readFileSync } from "node:fs";
import path from "node:path";

describe("answers begun on an answer heading's line", () => {
  const { deck, cards } = parseFixture("answer-heading-lines.md");

  it("answer the question above or beside them; the questions are asked as written, bullet and number aside", () => {
    expect(cards).toEqual([
      [3, "qa", "가비지 컬렉션이란?", null],
      [7, "qa", "캡슐화를 설명하고 왜 해야 하는지 설명", null],
      [11, "qa", "AOP란 무엇이고 어드바이스 종류를 말해주시오", null],
      [15, "qa", "브라우저의 동작원리? 주소창에 주소를 입력하면 일어나는 일.", null],
    ]);
    expect(deck.cards.slice(0, 3).map((c) => c.answer)).toEqual([
      "쓰이지 않는 객체의 메모리를 자동으로 돌려받는 기능입니다.",
      "데이터와 동작을 묶고 밖에서는 정해진 메서드로만 다루게 해 객체를 지킵니다.",
      "여러 곳에 흩어진 공통 관심사를 모듈로 떼어 내는 방식이며, Before, After, Around 어드바이스가 있습니다.",
    ]);
  });

  it("a heading asking in its first sentence takes the parts it names as its answer", () => {
    expect(deck.cards[3]!.answer).toBe("### 브라우저의 동작원리\n\n- 사용자가 요청한 자원을 서버에서 받아 화면에 그립니다.\n\n### 주소창에 주소를 입력하면 일어나는 일\n\n- DNS로 IP를 찾고, 서버에 연결해 페이지를 받아 옵니다.");
  });

  it("one with words of its own stays the topic it was read as, and keeps that card's id", () => {
    const note = "# 웹\n\n## 브라우저의 동작원리? 주소창에 URL을 입력하면 일어나는 일\n\nDNS로 IP를 찾고 TCP 연결을 맺은 뒤 HTTP 요청을 보낸다.\n";
    const [card] = parseDeck(note, { path: "web.md" }).cards;
    expect([card!.prompt, card!.id]).toEqual(["브라우저의 동작원리? 주소창에 URL을 입력하면 일어나는 일", cardId("web", ["웹", "브라우저의 동작원리? 주소창에 URL을 입력하면 일어나는 일"], "qa", "explain")]);
  });

  it("a long run of questions on one heading stays as it was read", () => {
    const note = "## Am I able to apply for both roles? Or would I only be considered for one? Which one is better for a new graduate like me?\n\nTypically you will only be interviewed for one location, so pick the one you want most.\n";
    expect(parseDeck(note, { path: "q.md" }).cards.map((c) => c.prompt)).toEqual(["Am I able to apply for both roles? Or would I only be considered for one? Which one is better for a new graduate like me?"]);
  });
});

describe("a fold answered only through its follow-ups", () => {
  const { deck, cards, unanswered } = parseFixture("practice-anchor.md");

  it("is a practice prompt without a model answer, and its answered follow-ups follow it", () => {
    expect(cards).toEqual([
      [3, "qa", "링크드 리스트에 대해 설명해 주세요.", null],
      [6, "followup", "배열과 링크드 리스트를 비교해 주세요.", 3],
      [10, "followup", "선형 자료구조에 대해 설명해 주세요.", 3],
    ]);
    expect(deck.cards[0]!.answer).toBe("");
    // (a fold whose follow-ups hold placeholders only is no practice prompt: nothing follows it)
    expect(unanswered).toEqual([
      [14, "링크드 리스트로 만들 수 있는 자료구조는 무엇인가요?", 3],
      [18, "해시 테이블에 대해 설명해 주세요.", null],
      [21, "해시 충돌은 어떻게 처리하나요?", null],
      [22, "로드 팩터는 무엇인가요?", null],
    ]);
  });

  it("has the id the practice prompt had, and adding practice prompts makes no second card of it", () => {
    expect(deck.cards[0]!.id).toBe(cardId("practice-anchor", [], "qa", "practice:링크드 리스트에 대해 설명해 주세요."));
    const text = readFileSync(path.join(__dirname, "fixtures", "practice-anchor.md"), "utf8");
    const withPrompts = parseDeck(text, { path: "practice-anchor.md", practicePrompts: true });
    expect(withPrompts.cards.filter((c) => c.prompt === "링크드 리스트에 대해 설명해 주세요.")).toHaveLength(1);
  });
});
