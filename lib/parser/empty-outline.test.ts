/**
 * A heading over sub-headings with no text anywhere (empty-outline.ts): an
 * outline still to be written, skipped with a warning instead of a card that
 * lists the sub-headings' names. A topic with one written part keeps it, and
 * empty question headings stay unanswered questions. Fixture note written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("an outline of empty headings", () => {
  it("makes no card of the outline, keeps the written part and the unanswered questions", () => {
    const { deck, cards, unanswered } = parseFixture("empty-outline.md");
    expect(cards).toEqual([[10, "qa", "퀵 정렬에 대해 설명해 주세요.", null]]);
    expect(deck.warnings.map((w) => w.message)).toContain('건너뛴 부분: "다룰 주제" (질문이 아닌 빈 목차)');
    expect(unanswered).toEqual([
      [18, "페이지 교체는 언제 일어나나요?", null],
      [19, "스래싱은 왜 생기나요?", null],
    ]);
  });
});
