/**
 * A question list whose last item is answered by a table (or a quote) written at
 * the margin, which ends the list: the table answers that item. A list of
 * unanswered questions over a citation quote stays unanswered.
 * Fixture: lib/parser/fixtures/list-answer-breaks-out.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("the last listed question answered below the list", () => {
  const { deck, cards, unanswered } = parseFixture("list-answer-breaks-out.md");

  it("takes the table as the last item's answer, and leaves a citation answering nothing", () => {
    expect(cards).toEqual([
      [5, "qa", "공인 IP와 사설 IP는 어떻게 다른가요?", null],
      [8, "qa", "IPv4와 IPv6의 차이는?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("|구분|IPv4|IPv6|\n|-|-|-|\n|길이|32비트|128비트|\n|표기|10진수 네 묶음|16진수 여덟 묶음|");
    expect(unanswered).toEqual([
      [17, "정적 라우팅은 어떻게 설정하나요?", null],
      [18, "동적 라우팅 프로토콜에는 무엇이 있나요?", null],
    ]);
  });
});
