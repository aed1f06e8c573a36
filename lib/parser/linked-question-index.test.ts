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

  it("answers a linked question under the bare anchor heading it links to; an empty one is unanswered", () => {
    const { cards, unanswered, deck } = parseFixture("anchored-answers.md");
    expect(cards).toEqual([
      [11, "qa", "프로세스와 스레드는 어떻게 다른가요?", null],
      [15, "qa", "컨텍스트 스위칭이란 무엇인가요?", null],
    ]);
    expect(unanswered).toEqual([[7, "교착 상태를 막는 방법을 설명해 주세요.", null]]);
    // ("## 답변" over the anchors names the group: it asks nothing, so the note's title is no unanswered question)
    expect(deck.unanswered!.some((u) => u.prompt.startsWith("운영체제"))).toBe(false);
  });
});

