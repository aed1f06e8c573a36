/**
 * A figure drawn in text under a heading (fixture note written for this
 * test, in our own words): an architecture drawn in boxes and arrows with
 * many lines of Korean words explains its heading, so it is that heading's
 * card; a one-line sketch only illustrates, and is named in a warning.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("drawn figures", () => {
  it("a drawn architecture with many lines of words answers its heading; a one-line sketch is named, not carded", () => {
    const { deck, cards } = parseFixture("drawn-figures.md");
    expect(cards).toEqual([[3, "qa", "주문 시스템 설계의 전체 구조에 대해 설명해 주세요.", null]]);
    expect(deck.cards[0]!.answer).toContain("실패하면 보상 트랜잭션으로 재고를 되돌린다");
    expect(deck.warnings).toEqual([{ line: 21, message: '건너뛴 부분: "요청 한 건" (코드만 있는 부분)' }]);
  });
});
