/**
 * What the interview-prep template rules must leave alone (a reviewer's repros, pinned):
 * versions of an answer keep their names; a "## 함께 보기" written in prose keeps its text; a
 * "## 문제" given as a list of conditions is not cut to its first item; "꼬리 질문 대응" is a
 * follow-up label; a citation quote over a "## 질문" is no question. Fixtures written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("interview-prep templates: guards", () => {
  it("keeps every version of an answer named, prose under a pointer heading, and a task's whole list", () => {
    const { deck } = parseFixture("template-guards.md");
    const text = JSON.stringify(deck.cards.map((c) => [c.prompt, c.answer]));
    expect(deck.cards[0]!.prompt).toBe("데드락이 발생하는 조건은 무엇인가요?");
    expect(deck.cards[0]!.answer).toMatch(/^### 30초 답변\n\n상호 배제[\s\S]*### 1분 답변\n\n네 조건을/);
    expect(text).toContain("우선순위 스케줄링은 낮은 우선순위가 계속 밀리는 기아 상태가 생길 수 있어 에이징으로 해결합니다.");
    expect(text).toContain("출력: s를 뒤집은 문자열");
    expect(deck.cards.map((c) => c.prompt)).not.toContain("입력: 문자열 s");
    // a pointer heading over links only is a list of where to read next: no card
    expect(deck.cards.map((c) => c.prompt).some((p) => p.startsWith("관련 문서"))).toBe(false);
  });

  it("reads '꼬리 질문 대응' as follow-ups, the first bold quoted question included", () => {
    const { cards, unanswered } = parseFixture("template-guards-followup-answers.md");
    expect(cards).toEqual([
      [3, "qa", "격리 수준에 대해 설명해 주세요.", null],
      [9, "followup", "MySQL 기본 격리 수준은 무엇인가요?", 3],
      [12, "followup", "팬텀 리드는 막을 수 있나요?", 3],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("asks the question under a citation quote and keeps the citation as a tip", () => {
    const { deck, cards } = parseFixture("template-guards-cited-question.md");
    expect(cards).toEqual([[7, "qa", "JPA에서 N+1 문제는 왜 생기고 어떻게 해결하나요?", null]]);
    expect(deck.cards[0]!.tips).toEqual(["출처: A사 2024 백엔드 면접 후기"]);
  });
});
