/**
 * A question heading answered by "<summary>답변</summary>" written in HTML,
 * with a "<summary>꼬리 질문</summary>" fold inside that answer listing
 * "<li> …?" items each revealed by its own "답변" fold. remark keeps the whole
 * answer as one HTML block, so the fold's questions stayed raw HTML in the
 * answer; they are the question's follow-ups, as they are when the same
 * folds are written with blank lines. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a follow-up fold inside an answer written in HTML", () => {
  it("makes each answered question in it a follow-up of the heading's question", () => {
    const { cards, deck } = parseFixture("html-reveal-followup-fold.md");
    expect(cards).toEqual([
      [3, "qa", "DNS는 어떻게 동작하나요?", null],
      [11, "followup", "DNS는 주로 UDP를 쓰는데, TCP를 쓰는 경우도 있나요?", 3],
      [17, "followup", "TTL을 아주 짧게 두면 어떤 문제가 생기나요?", 3],
      [27, "qa", "CDN을 쓰는 이유는 무엇인가요?", null],
    ]);
    expect(deck.cards[0]!.answer).not.toMatch(/꼬리 질문|<details|TCP를 씁니다/);
    expect(deck.cards[0]!.answer).toContain("TTL 동안 캐시에 두고 다시 씁니다.");
    expect(deck.cards[1]!.answer).toBe("응답이 커서 잘리는 경우나 존 전송을 할 때 TCP를 씁니다.");
  });
});
