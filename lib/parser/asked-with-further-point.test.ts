/**
 * A listed question followed, after a dash or an arrow, by the further point it asks
 * to cover ("클로저란? - 클로저를 사용하는 이유") or a task ("→ …예제 시연하기") is one
 * question still to answer: the part after the mark is no answer. A dash followed by
 * what the thing is stays a question with its answer on its line.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

const prompts = (lines: string[]) => {
  const deck = parseNote(lines);
  return { cards: deck.cards.map((c) => [c.lineStart, c.prompt, c.answer]), unanswered: (deck.unanswered ?? []).map((u) => [u.line, u.prompt]) };
};

describe("a listed question with the further point it asks to cover", () => {
  it("is one unanswered question, the point included", () => {
    expect(
      prompts([
        "## 풀어 볼 질문", // 1
        "",
        "1. 실행 컨텍스트란? - 실행 컨텍스트가 만들어지는 과정", // 3
        "",
        "2. 스코프 체인이란?", // 5
        "",
        "3. 제너레이터란? → 제너레이터로 무한 수열 만드는 예제 시연하기", // 7
      ]),
    ).toEqual({
      cards: [],
      unanswered: [
        [3, "실행 컨텍스트란? - 실행 컨텍스트가 만들어지는 과정"],
        [5, "스코프 체인이란?"],
        [7, "제너레이터란? → 제너레이터로 무한 수열 만드는 예제 시연하기"],
      ],
    });
  });

  it("keeps an answer written after the dash when it says what the thing is", () => {
    expect(
      prompts([
        "## 풀어 본 질문", // 1
        "",
        "- 실행 컨텍스트란? - 코드가 실행될 때 필요한 환경 정보를 모아 둔 객체", // 3
        "- 스코프 체인이란? - 안쪽 스코프에서 바깥쪽 스코프로 식별자를 찾아 올라가는 연결", // 4
      ]).cards,
    ).toEqual([
      [3, "실행 컨텍스트란?", "코드가 실행될 때 필요한 환경 정보를 모아 둔 객체"],
      [4, "스코프 체인이란?", "안쪽 스코프에서 바깥쪽 스코프로 식별자를 찾아 올라가는 연결"],
    ]);
  });
});
