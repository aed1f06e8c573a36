/**
 * Questions written as a book writes them ("# Q) 1. …어떻게 동작하며, 언제 비우는가?") over
 * sub-headings that each answer a part of them, then "## 실전 질문" with "**Q) …?**" and
 * "**답변:**" pairs. The parts belong to the question's answer (a full question, like
 * "…인가요?"), the pairs follow the question up, each with its answer, and the question
 * keeps its own answer. Fixture written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("book-style questions", () => {
  const { deck, cards, unanswered } = parseFixture("book-style-questions.md");
  const card = (line: number) => deck.cards.find((c) => c.lineStart === line)!;

  it("fold the parts that answer a '…는가?' question into its answer instead of making a card of each", () => {
    expect(cards.map((c) => c[0])).not.toContain(5);
    expect(cards.map((c) => c[0])).not.toContain(9);
    expect(card(1).answer).toContain("요청이 오면 먼저 캐시를 보고");
    expect(card(1).answer).toContain("만료 시간이 지나거나");
  });

  it("answer each '**Q) …?**' with the '**답변:**' after it, and never give that answer to the question above", () => {
    expect(unanswered).toEqual([]);
    expect(card(1).answer).not.toContain("처음 읽을 때");
    expect(card(1).answer).not.toContain("write-back");
    const asked = deck.cards.filter((c) => /^(캐시 미스|쓰기 정책|인덱스가 많으면)/.test(c.prompt)).map((c) => [c.prompt, c.answer]);
    expect(asked).toEqual([
      ["캐시 미스는 언제 나는가?", "처음 읽을 때와 공간이 모자라 밀려났을 때 난다."],
      ["쓰기 정책에는 무엇이 있는가?", "원본에 바로 쓰는 write-through와 나중에 모아 쓰는 write-back이 있다."],
      ["인덱스가 많으면 무엇이 느려지는가?", "쓰기마다 인덱스도 고쳐야 해서 삽입과 수정이 느려진다."],
    ]);
    expect(card(25).answer).toBe("조회할 행을 전부 훑지 않고 찾기 위해 쓴다.");
  });

  it("make the pairs under '## 실전 질문' follow up the question heading above, one pair or several", () => {
    expect(cards.filter((c) => c[1] === "followup")).toEqual([
      [15, "followup", "캐시 미스는 언제 나는가?", 1],
      [20, "followup", "쓰기 정책에는 무엇이 있는가?", 1],
      [31, "followup", "인덱스가 많으면 무엇이 느려지는가?", 25],
    ]);
  });
});
