/**
 * A heading explained by list items that each stand as a sub-heading (a head line
 * over its indented answer): the heading is the card, the items that explain it its
 * answer, and a later item asking something of its own its follow-up (item-headed-body.ts).
 * Fixture: lib/parser/fixtures/item-headed-answers.md.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("list items standing as sub-headings", () => {
  const { deck, cards } = parseFixture("item-headed-answers.md");

  it("a topic, a request ('…설명해달라') and a comparison each keep their card; items asking of their own follow them; a list that asks from its first item stays questions", () => {
    expect(cards).toEqual([
      [3, "qa", "캐시 서버에 대해 설명해 주세요.", null],
      [17, "followup", "Redis를 사용한 이유에 대해 설명해 주세요.", 3],
      [21, "qa", "쿠키와 세션에 대해 설명해달라", null],
      [27, "followup", "JWT와 세션 방식의 차이를 아는가?", 21],
      [31, "qa", "REST vs GraphQL에 대해 설명해 주세요.", null],
      [37, "followup", "실무에서 무엇을 더 자주 쓰고 그 이유는?", 31],
      [43, "qa", "TCP란?", null],
      [47, "qa", "UDP란?", null],
    ]);
  });

  it("the heading's answer holds the items that explain it, a restating '…란?' among them, and not its follow-ups", () => {
    expect(deck.cards[0]!.answer).toContain("- 캐시 서버란?");
    expect(deck.cards[0]!.answer).toContain("오래된 데이터를 돌려줄 수 있습니다.");
    expect(deck.cards[0]!.answer).not.toContain("Redis");
    expect(deck.cards[1]!.answer).toBe("자료구조를 여러 가지 지원하고 만료 시간을 키마다 줄 수 있어서입니다.");
    expect(deck.cards[2]!.answer).not.toContain("JWT");
  });
});
