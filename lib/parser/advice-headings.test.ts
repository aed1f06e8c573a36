/**
 * Notes of advice written as imperative headings ("…하십시오.") under a topic
 * with no card of its own. Pins the whole deck: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture as parsed } from "@/test/helpers/parse-fixture";

describe("advice headings", () => {
  it("are cards as written: an explained one is not skipped as a notice, none follows a card written after it or a peer beside it", () => {
    const { deck, cards, unanswered } = parsed("advice-headings.md");
    expect(cards).toEqual([
      [9, "qa", "청중을 먼저 생각하십시오.", null],
      [15, "script", "예전에 했던 발표와 받은 질문에 대해 다시 생각해보십시오.", null],
      [17, "qa", "천천히 말하십시오.", null],
      [23, "script", "실수를 두려워하지 마십시오.", null],
      [27, "qa", "질문 받기에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.warnings).toEqual([]);
  });
});
