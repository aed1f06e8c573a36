/**
 * A second reader's repro notes for this round's changes (lib/parser/fixtures/review-nineteen/,
 * written by the reviewer): each pins the behaviour after the fix. Nothing written may be lost
 * without a card, an unanswered entry or a warning.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

const parsed = (name: string) => {
  const { deck, cards, unanswered } = parseFixture(`review-nineteen/${name}`);
  return { deck, cards, unanswered: unanswered.map(([line, prompt]) => [line, prompt]) };
};

describe("review of the nineteenth round", () => {
  it("a summary heading that only numbers its question, or a hint beside the heading, does not split the summary", () => {
    const { cards } = parsed("d1.md");
    // (and the hint itself, "👈 클릭", "(펼치기)", is no part of the question: the fifty-second round drops it from the prompt)
    expect(cards.map((c) => c[2])).toEqual(["HTTP와 HTTPS의 차이는 무엇인가요?", "TCP와 UDP의 차이는 무엇인가요?", "DNS 조회 과정을 설명해 주세요."]);
  });

  it("an answer written on a '### 정답: …' line after an empty fence is an answer", () => {
    const { deck } = parsed("n1.md");
    expect(deck.cards.map((c) => c.answer)).toEqual([expect.stringContaining("### 정답: O(n log n)")]);
  });

  it("a fold under a bold Q line is that question's answer whole, its asking headings included", () => {
    const { deck, cards } = parsed("c1.md");
    expect(cards.map((c) => [c[0], c[1]])).toEqual([[5, "qa"], [21, "qa"]]);
    expect(deck.cards[0]!.answer).toContain("### 적재율이란?");
    expect(deck.cards[0]!.answer).toContain("### 면접관이 주목하는 포인트");
  });

  it("an empty outline's headings that ask are listed as unanswered; names alone do not answer 'how'", () => {
    const { cards, unanswered } = parsed("h1.md");
    expect(cards).toEqual([]);
    expect(unanswered).toEqual([[1, "웹 스토리지와 쿠키는 어떻게 다른가요?"], [2, "웹 스토리지가 왜 필요한가"], [8, "HTTP 캐시는 어떻게 동작하나요?"], [9, "캐시는 언제 만료되는가"]]);
  });

  it("a study checklist whose items ask keeps them: answered ones are cards, the others unanswered", () => {
    expect(parsed("i3.md").cards.map((c) => c[2])).toEqual(["TCP에 대해 설명해 주세요.", "TCP 3-way handshake 과정을 설명해 주세요.", "흐름 제어와 혼잡 제어의 차이를 설명하세요."]);
    expect(parsed("i4.md").unanswered).toEqual([[9, "퀵 정렬의 최악 시간 복잡도를 설명하세요."], [10, "안정 정렬과 불안정 정렬의 차이를 설명해 주세요."]]);
  });

  it("a listed question that took a section's card keeps it beside a card pasting the same answer", () => {
    expect(parsed("a4.md").cards.map((c) => c[2])).toEqual(["가비지 컬렉션에 대해 설명하시오.", "GC는 왜 필요한가요?"]);
  });

  it("an answer written as an HTML list of statements, one of which asks, stays one answer; a nested list stays in its item's answer", () => {
    const { deck, cards } = parsed("e1.md");
    // (the second fold's question, answered only through its follow-ups, is a practice prompt they follow: twentieth round)
    expect(cards.map((c) => [c[0], c[1]])).toEqual([[3, "qa"], [15, "qa"], [18, "followup"], [25, "followup"]]);
    expect(deck.cards[0]!.answer).toContain("그래서 스레드 간 통신은 프로세스 간 통신보다 가볍습니다.");
    expect(deck.cards[2]!.answer).toContain("<li>레지스터 저장</li>");
  });

  it("a question asked before the first part keeps the deeper sub-headings after it", () => {
    const { deck, cards } = parsed("b2.md");
    expect(cards.map((c) => [c[0], c[1], c[3]])).toEqual([[1, "qa", null], [5, "followup", 1], [9, "qa", null]]);
    expect(deck.cards[1]!.answer).toContain("#### Avro");
  });

  it("'비어 있음' is an answer, not a placeholder", () => {
    expect(parsed("l1.md").cards.map((c) => c[0])).toEqual([3, 7]);
  });

  it("a line among listed sub-questions that asks nothing is named in a warning", () => {
    const { deck, unanswered } = parsed("o1.md");
    expect(unanswered.map((u) => u[0])).toEqual([3, 5, 6]);
    expect(deck.warnings.map((w) => w.line)).toContain(3);
  });
});
