/**
 * Headings written as list items ("- #### 병합 정렬", "1. ##### Read Committed"): a list of
 * sections when its items stand apart, a list of points when it is tight, and a procedure's
 * steps when it is numbered under a "…과정" heading. Fixture: lib/parser/fixtures/listed-headings.md.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("headings written as list items", () => {
  const { deck, cards, unanswered } = parseFixture("listed-headings.md");

  it("items that stand apart are sections of their own; a tight list and numbered steps stay in the answer above them", () => {
    expect(cards).toEqual([
      [3, "qa", "안정 정렬과 불안정 정렬에 대해 설명해 주세요.", null],
      [9, "script", "병합 정렬에 대해 설명해 주세요.", null],
      [17, "script", "퀵 정렬에 대해 설명해 주세요.", null],
      [21, "qa", "버전별 기본 정렬에 대해 설명해 주세요.", null],
      // (its numbered list under "…과정" is the procedure's steps: a steps card, the id it had as an explanation)
      [28, "steps", "정렬 과정을 단계별로 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("a lifted item's body is its answer, without the list's indent", () => {
    expect(deck.cards[1]!.answer).toBe("배열을 반으로 나눠 각각 정렬한 뒤 두 배열을 합칩니다.\n\n항상 O(n log n)이고 안정 정렬입니다.");
    expect(deck.cards[3]!.answer).toContain("- #### Java 7 이후");
    expect(deck.cards[4]!.answer).toMatch(/^1\. #### 피벗 고르기[\s\S]*3\. #### 재귀 호출/);
  });
});
