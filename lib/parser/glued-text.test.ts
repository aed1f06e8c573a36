/**
 * Text glued to a tag line (glued-text.ts): a follow-up question written on
 * the line right under "<summary>꼬리 질문</summary>", and a question written on
 * the line right under a "</details>" or a "<br>", are the note's own text, not
 * markup; text inside a table cell stays in its table. Fixture notes written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("text glued to a details tag line", () => {
  it("asks the follow-up under a '꼬리 질문' summary and the question under a closing tag", () => {
    const { deck, cards } = parseFixture("glued-details-text.md");
    expect(cards).toEqual([
      [3, "qa", "해시 충돌은 왜 생기나요?", null],
      [12, "followup", "충돌을 줄이는 방법에는 무엇이 있나요?", 3],
      [26, "qa", "해시 함수가 갖춰야 할 성질은 무엇인가요?", null],
    ]);
    expect(deck.cards[1]!.answer).toContain("체이닝과 개방 주소법");
    expect(deck.cards[2]!.answer).toContain("고르게 퍼져야");
    // the follow-up label itself is no card
    expect(deck.cards.map((c) => c.prompt).some((p) => p.includes("꼬리 질문"))).toBe(false);
  });

  it("leaves a summary written over several lines, and a folded answer, as they were", () => {
    const { deck, cards } = parseFixture("glued-details-guards.md");
    expect(cards).toEqual([
      [3, "qa", "퀵 정렬의 평균 시간 복잡도는 얼마인가요?", null],
      [10, "qa", "병합 정렬은 안정 정렬인가요?", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("O(n log n)");
  });

  it("asks a question glued under a <br>, and leaves text inside a table cell in its table", () => {
    const { deck, cards } = parseFixture("glued-after-break.md");
    expect(cards).toEqual([[4, "qa", "블록 스코프와 함수 스코프는 어떻게 다른가요?", null]]);
    expect(deck.cards[0]!.answer).toContain("함수 단위로");
    expect(deck.cards[0]!.answer).toContain("<td>예시<br>\n  블록 안에서 선언한 let은 밖에서 보이지 않습니다.</td>");
  });
});
