/**
 * Follow-up dresses seen in public Korean interview notes outside the labelled corpus, on fixture
 * notes written for these tests (lib/parser/fixtures): follow-up labels with a trailing word
 * ("꼬리 질문 답변", "꼬리 질문 방어", "꼬리 질문 예상"), bold quoted follow-ups answered on the next
 * line. Each test pins the whole deck: [line, kind, prompt, parent's line] per card, and the
 * unanswered questions as [line, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("follow-up dresses from public notes", () => {
  it("'꼬리 질문 답변', '꼬리 질문 방어', '꼬리 질문 예상' are follow-up labels; a bold quoted question answered on the next line is one follow-up", () => {
    const { deck, cards, unanswered } = parseFixture("followup-label-suffixes.md");
    expect(cards).toEqual([
      [5, "qa", "캐시는 어디에 두어야 하나요?", null],
      [11, "followup", "캐시 스탬피드란?", 5],
      [17, "followup", "TTL만 짧게 잡으면 되지 않나요?", 5],
      [20, "followup", "로컬 캐시와 분산 캐시 중 무엇을 쓰나요?", 5],
    ]);
    expect(unanswered).toEqual([[25, "캐시 키는 어떻게 설계하나요?", null]]);
    expect(deck.cards[2]!.answer).toBe("TTL이 짧으면 적중률이 떨어져 원본 부하가 오히려 늘어납니다.");
  });
});
