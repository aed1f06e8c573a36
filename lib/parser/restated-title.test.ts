/**
 * A note titled by a question and asked again by the first heading under it
 * ("## 🌐 DNS란?" over "#### DNS란 무엇인가요?"): the title names the note. The
 * restated question is the card, and the sections after it are the note's own
 * topics, not parts of the title's answer (two blind-set notes had made the
 * title a card whose answer swallowed every topic, its restatement a follow-up
 * of it). A title over a question on another subject keeps its card.
 * Fixtures written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a title asked again right under it", () => {
  it("is the note's name: the restated question and the topics after it are the cards", () => {
    expect(parseFixture("restated-title.md").cards).toEqual([
      [3, "qa", "DNS란 무엇인가요?", null],
      [7, "qa", "재귀 질의에 대해 설명해 주세요.", null],
      [11, "qa", "DNS 캐시에 대해 설명해 주세요.", null],
    ]);
  });

  it("keeps its card over a question about something else", () => {
    expect(parseFixture("title-over-other-question.md").cards).toEqual([
      [1, "qa", "DNS란?", null],
      [5, "followup", "DNS 서버의 종류는 무엇인가요?", 1],
    ]);
  });
});
