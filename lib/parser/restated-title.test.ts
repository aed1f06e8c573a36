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
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

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

describe("a restated title's words of its own", () => {
  it("are named in a warning, not dropped unseen", () => {
    const deck = parseNote([
      "# 데드락이란?",
      "",
      "서로의 자원을 기다리다 모두 멈추는 일이다. 면접에서는 조건과 해결책을 이어서 묻는다.",
      "",
      "## 데드락이란?",
      "",
      "둘 이상의 프로세스가 서로 상대의 자원을 기다리며 멈춘 상태입니다.",
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["데드락이란?"]);
    expect(deck.warnings).toEqual([{ line: 3, message: '건너뛴 부분: "데드락이란?" 아래의 글 (같은 질문이 바로 아래 다시 나와 그 답을 카드로 삼았습니다)' }]);
  });
});
