/**
 * A question asked and answered in a quote at the head of a topic ("> **멱등성이란?**"
 * over its definition), followed by the topic's own explanation (a table, or 200+
 * characters): a glossary aside. The explanation is the topic's card and the quoted
 * question its follow-up. A quote alone under a topic is still that topic's card.
 * Fixture: lib/parser/fixtures/quoted-aside-topic.md.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a quoted question opening a topic's explanation", () => {
  const { deck, cards } = parseFixture("quoted-aside-topic.md");

  it("keeps the topic's card with its table and makes the quoted question its follow-up", () => {
    expect(cards).toEqual([
      [3, "qa", "PUT vs PATCH에 대해 설명해 주세요.", null],
      [4, "followup", "멱등성이란?", 3],
      [13, "qa", "TTL이란?", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("| PATCH | 자원의 일부만 바꾼다 | X |");
    expect(deck.cards[1]!.answer).toBe("같은 요청을 여러 번 보내도 서버의 상태가 한 번 보낸 것과 같은 성질.");
    expect(deck.warnings.map((w) => w.line)).not.toContain(7);
  });
});
