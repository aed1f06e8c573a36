/**
 * "1. …란?" then its answer's bullets at the margin, "2. …": each numbered
 * item is a question and what follows it its answer (numbered-item-headings.ts).
 * Fixture: lib/parser/fixtures/numbered-answered-items.md.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("numbered one-line questions answered at the margin", () => {
  const { deck, cards, unanswered } = parseFixture("numbered-answered-items.md");

  it("each item of a run that asks is a card with the bullets or prose under it; a run of numbered notes that asks nothing stays its topic's answer", () => {
    expect(cards).toEqual([
      [3, "qa", "프로세스란?", null],
      [8, "qa", "스레드란?", null],
      [12, "qa", "프로세스와 스레드의 차이에 대해 설명해 주세요.", null],
      [17, "qa", "컨텍스트 스위칭이 일어나는 때는?", null],
      [21, "qa", "페이지 교체에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe("- 실행 중인 프로그램\n- 운영체제에게서 독립된 메모리를 받는다");
    expect(deck.cards[3]!.answer).toBe("타이머 인터럽트나 입출력 대기로 CPU를 다른 프로세스에 넘길 때 일어납니다.");
    expect(deck.cards[4]!.answer).toContain("가장 오래된 페이지를 내보낸다");
  });
  it("items each typed '1.', and a list of several items each answered under it, are questions too; code inside an answer does not swallow the questions after it", () => {
    const restarting = parseFixture("numbered-restarting-items.md");
    expect(restarting.cards).toEqual([
      [3, "qa", "클로저란 무엇인가요?", null],
      [7, "qa", "호이스팅에 대해 설명해주세요.", null],
      [15, "qa", "이벤트 루프에 대해 설명해주세요.", null],
      [18, "qa", "프로미스란?", null],
      [22, "qa", "async/await는 왜 쓰나요?", null],
    ]);
    expect(restarting.deck.cards[1]!.answer).toContain("var a = 1;");
    expect(restarting.deck.cards[2]!.answer).toBe("- 콜 스택이 비면 태스크 큐의 콜백을 하나씩 꺼내 실행하는 구조입니다.");
  });
});
