/**
 * A README's folded index of its questions (context.ts, isQuestionsOnly): a
 * `<details>` holding only links to the notes and lists of questions answers
 * nothing, whatever its summary names, nor do questions grouped under bold
 * names; a request that lost its last syllable
 * ("…설명해주세") still asks. An answer with a link beside its own words stays
 * an answer. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { isRequest } from "./questions";

describe("a folded index of linked questions", () => {
  it("makes no card of the index, and keeps the answered question beside it", () => {
    const { deck, cards } = parseFixture("linked-question-index.md");
    expect(cards).toEqual([[15, "qa", "DNS는 어떻게 동작하나요?", null]]);
    expect(deck.cards[0]!.answer).toContain("루트부터 차례로");
  });

  it("makes no card of questions grouped under bold names, and keeps an answer written under one", () => {
    const { deck, cards } = parseFixture("bold-grouped-question-index.md");
    expect(cards).toEqual([[9, "qa", "더티 체킹에 대해 설명해 주세요.", null]]);
    expect(deck.cards[0]!.answer).toContain("스냅샷과 비교해");
  });

  it("reads a request cut short as a request", () => {
    expect(isRequest("캐시의 지역성에 대해 설명해주세")).toBe(true);
    expect(isRequest("주세 요금")).toBe(false);
  });
});
