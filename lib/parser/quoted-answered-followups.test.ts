/**
 * A follow-up named in a quote and answered after an arrow on its own line
 * ("> 🗣️ **꼬리 질문**: \"…?\" → 답", the dress of generated study guides): a
 * follow-up card with that answer; two such lines in one quote are two; prose
 * after the quote goes on with the question's own answer.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

const cardsOf = (lines: string[]) => {
  const deck = parseNote(lines);
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return { deck, cards: deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null, c.answer]) };
};

describe("follow-ups answered on their own quoted line", () => {
  it("are follow-ups of the question above them, one per line, with the text after the arrow as the answer", () => {
    const { cards, deck } = cardsOf([
      "## useMemo는 언제 쓰나요?",
      "",
      "계산 비용이 큰 값을 렌더마다 다시 만들지 않으려고 쓴다. 가벼운 계산에는 오히려 손해다.",
      "",
      '> 🗣️ **꼬리 질문**: "의존성 배열을 비우면 어떻게 되나요?" → 처음 렌더 때 한 번만 계산하고 그 값을 계속 돌려준다.',
      "",
      '> 🗣️ **꼬리 질문 1**: "메모이제이션은 공짜인가요?" → 아니다, 비교와 저장에 비용이 든다.',
      '> 🗣️ **꼬리 질문 2**: "모든 컴포넌트를 memo로 감싸면 안 되나요?" → 비교 비용이 다시 그리는 비용보다 클 수 있다.',
      "",
      "## 다음 질문은 무엇인가요?",
      "",
      "다음 답.",
    ]);
    expect(cards).toEqual([
      [1, "qa", "useMemo는 언제 쓰나요?", null, "계산 비용이 큰 값을 렌더마다 다시 만들지 않으려고 쓴다. 가벼운 계산에는 오히려 손해다."],
      [5, "followup", "의존성 배열을 비우면 어떻게 되나요?", 1, "처음 렌더 때 한 번만 계산하고 그 값을 계속 돌려준다."],
      [7, "followup", "메모이제이션은 공짜인가요?", 1, "아니다, 비교와 저장에 비용이 든다."],
      [8, "followup", "모든 컴포넌트를 memo로 감싸면 안 되나요?", 1, "비교 비용이 다시 그리는 비용보다 클 수 있다."],
      [10, "qa", "다음 질문은 무엇인가요?", null, "다음 답."],
    ]);
    expect(deck.warnings).toEqual([]);
  });

  it("leave the prose after the quote to the question's own answer", () => {
    const { cards } = cardsOf([
      "## useMemo는 언제 쓰나요?",
      "",
      "계산 비용이 큰 값을 렌더마다 다시 만들지 않으려고 쓴다.",
      "",
      '> 🗣️ **꼬리 질문**: "의존성 배열을 비우면 어떻게 되나요?" → 처음 렌더 때 한 번만 계산한다.',
      "",
      "덧붙여, 측정 없이 감싸는 것은 과최적화다. 프로파일러로 먼저 확인한다.",
    ]);
    expect(cards).toEqual([
      [1, "qa", "useMemo는 언제 쓰나요?", null, "계산 비용이 큰 값을 렌더마다 다시 만들지 않으려고 쓴다.\n\n덧붙여, 측정 없이 감싸는 것은 과최적화다. 프로파일러로 먼저 확인한다."],
      [5, "followup", "의존성 배열을 비우면 어떻게 되나요?", 1, "처음 렌더 때 한 번만 계산한다."],
    ]);
  });
});
