/**
 * What a question put as a request takes into its answer, and what an answer holds that is no
 * answer (blind set 19), on a fixture note written for this test: a request in "…설명하세요."
 * takes its explained sub-headings as parts, as "…설명해 주세요." does; a bare "주의할 점" is a
 * facet of the topic above it; "📢 면접 질문들" (a collection label in the plural) lists
 * questions, not answer text; an outline one of whose empty headings asks is no answer.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a request's parts and what no answer holds", () => {
  it("pins the deck", () => {
    const { deck, cards, unanswered } = parseFixture("request-parts.md");
    expect(cards).toEqual([
      [1, "qa", "이벤트 위임이란 무엇인지 설명하세요.", null],
      [9, "followup", "모든 이벤트가 위임되나요?", 1],
      [12, "qa", "JWT란?", null],
    ]);
    expect(unanswered).toEqual([
      [25, "JWT의 서명은 무엇을 보장하나요?", 12],
      [26, "리프레시 토큰은 왜 필요한가요?", 12],
      [28, "웹 스토리지와 쿠키는 어떻게 다른가요?", null],
      [29, "웹 스토리지가 왜 필요한가", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("#### 위임을 쓸 때의 이점");
    // (a line break written as html before the answer's first line is no part of it)
    expect(deck.cards[1]!.answer).toBe("focus처럼 버블링하지 않는 이벤트는 위임할 수 없습니다.");
    expect(deck.cards[2]!.answer).toContain("### 주의할 점");
    expect(deck.cards[2]!.answer).not.toContain("면접 질문들");
  });
});
