/**
 * "## Q1." over the question and "## A1." over its answer (labels.ts: numbered
 * ask and answer labels; extract.ts: a question the author indented into a code
 * block is still the question): the card asks the question, never "Q1.". An
 * empty pair makes no card; a question written in the heading itself is asked as
 * before. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("numbered Q and A labels", () => {
  it("asks the question under the Q label and answers it with the A label's body", () => {
    const { deck, cards } = parseFixture("numbered-ask-labels.md");
    expect(cards).toEqual([
      [2, "qa", "트랜잭션 격리 수준 중 기본값은 무엇인가?", null],
      [8, "qa", "정답이 아닌 것을 고르시오.", null],
      [17, "qa", "갭 락은 왜 필요한가요?", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("REPEATABLE READ");
    expect(deck.cards[1]!.answer).toContain("READ COMMITTED");
  });
});
