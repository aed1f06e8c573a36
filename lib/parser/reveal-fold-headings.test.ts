/**
 * Headings written inside a reveal fold (blind set 18), on a fixture note written for this test:
 * a heading that asks is a follow-up answered up to the next heading as high as its own, which
 * takes the answer back; a study checklist ("## 학습 체크리스트" over "- [ ] …") is skipped.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("headings inside a reveal fold", () => {
  it("a heading that asks follows the question up; the headings after it are the question's answer again", () => {
    const { deck, cards } = parseFixture("reveal-fold-asked-heading.md");
    expect(cards).toEqual([
      [3, "qa", "해시 충돌 해결 방식 비교표", null],
      [15, "followup", "적재율이란?", 3],
    ]);
    expect(deck.cards[1]!.answer).toBe("버킷 수 대비 저장된 키의 비율로, 높아질수록 충돌이 잦아집니다.");
    expect(deck.cards[0]!.answer).toContain("### 면접관이 주목하는 포인트\n\n- 적재율이 0.75를 넘으면 리해싱하는 이유");
    expect(deck.cards[0]!.answer).not.toContain("적재율이란");
    expect(deck.skipped).toEqual([{ line: 25, heading: "학습 체크리스트" }]);
  });
});
