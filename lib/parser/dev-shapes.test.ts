/**
 * Shapes found in the development set's remaining misses (fixture notes
 * written for these tests, in our own words). Each test pins the whole deck:
 * [line, kind, prompt, parent's line], and the unanswered questions.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("shapes of the development set's misses", () => {
  it("an empty question heading is answered by the bracketed group headings after it at its own depth; a question inside them follows it up; a plain sibling stays a topic", () => {
    const { deck, cards } = parseFixture("bracketed-answer.md");
    expect(cards).toEqual([
      [3, "qa", "해시 인덱스에 대해 설명해 주세요.", null],
      [7, "followup", "왜 범위 검색에는 해시 인덱스를 쓰지 않을까", 3],
      [17, "followup", "그렇다면 정렬된 결과가 필요할 때는 어떤 인덱스가 알맞을까?", 7],
      [21, "qa", "충돌에 대해 설명해 주세요.", null],
      [29, "qa", "나누는 기준에 대해 설명해 주세요.", null],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(7)).toBe(
      "### [ 순서가 사라진다 ]\n\n해시 값은 키의 크기 순서를 지키지 않으므로 이웃한 키가 흩어진 버킷에 놓인다.\n\n### [ 결국 전체를 읽는다 ]\n\nBETWEEN 같은 조건은 모든 버킷을 훑어야 하므로 인덱스를 쓰는 의미가 없다.",
    );
    // a question heading followed by a plain (unbracketed) sibling keeps no answer
    expect((deck.unanswered ?? []).map((q) => [q.line, q.prompt])).toEqual([[27, "왜 테이블을 나눌까"]]);
  });
});
