/**
 * A question heading laid out as a template ("### 질문 의도", "### 핵심 개념", "### 면접 답변 예시"
 * under "## Q1. …?") is answered by its answer part; the other parts are its tips. Before, the
 * whole template, headings and all, was the answer. A question whose parts are anything else
 * keeps them all in its answer. Fixture written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a template under a question heading", () => {
  const { deck, cards } = parseFixture("template-under-question.md");
  const card = (line: number) => deck.cards.find((c) => c.lineStart === line)!;

  it("answers the question with its answer part and keeps the facets as tips", () => {
    expect(cards).toEqual([
      [3, "qa", "캐시 메모리는 왜 쓰나요?", null],
      [20, "followup", "캐시 미스가 나면 어떻게 되나요?", 3],
      [22, "qa", "스래싱이란 무엇인가요?", null],
      [32, "qa", "컨텍스트 스위칭은 언제 일어나나요?", null],
    ]);
    expect(card(3).answer).toBe("CPU와 메인 메모리의 속도 차이를 메우려고, 자주 쓰는 데이터를 CPU 가까이의 빠른 메모리에 두고 씁니다.");
    expect(card(3).tips).toEqual([
      "**질문 의도**\n\n메모리 계층과 지역성을 이해하는지 본다.",
      "**핵심 개념**\n\n- 시간 지역성: 방금 쓴 데이터를 곧 다시 쓴다.\n- 공간 지역성: 가까운 주소를 이어서 쓴다.",
    ]);
  });

  it("keeps every part of an ordinary question's answer: no answer part, or a part that is not a facet", () => {
    expect(card(22).answer).toContain("### 정의");
    expect(card(22).answer).toContain("작업 집합 크기만큼");
    expect(card(22).tips).toEqual([]);
    expect(card(32).answer).toContain("타이머 인터럽트로");
    expect(card(32).answer).toContain("read 시스템 콜로");
  });

  it("is no template when a facet asks a question of its own: the question stays a follow-up, not a tip", () => {
    const note = "## Q. GC는 어떻게 동작하나요?\n\n### 질문 의도\n\nJVM 메모리 구조를 아는지 본다.\n\n### 핵심 개념\n\n힙을 Young과 Old로 나눈다.\n\n**Q. 왜 영역을 나누나요?**\n\n대부분의 객체가 금방 쓰이지 않게 되기 때문입니다.\n\n### 면접 답변 예시\n\n도달할 수 없는 객체를 찾아 메모리를 돌려받습니다.\n";
    const deck = parseDeck(note, { path: "gc.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ["qa", "GC는 어떻게 동작하나요?"],
      ["followup", "왜 영역을 나누나요?"],
    ]);
    expect(deck.cards[0]!.tips).toEqual([]);
  });
});
