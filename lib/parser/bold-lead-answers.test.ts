/**
 * "- **인덱스란?** : 답": a list of bold questions, each answered on its own line
 * after a colon or a dash. Before, such a list was read as questions with no
 * answer and the whole section vanished without a warning. Bold terms defined
 * the same way ("**원자성** : …") are the topic's answer, as before.
 * Fixture: lib/parser/fixtures/bold-lead-answers.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { parseDeck } from "./index";

describe("bold questions answered after a colon in a list", () => {
  const { deck, cards, unanswered } = parseFixture("bold-lead-answers.md");

  it("makes each a card, and a list of bold terms stays its topic's answer", () => {
    expect(cards).toEqual([
      [5, "qa", "인덱스란?", null],
      [6, "qa", "왜 쓰는가?", null],
      [8, "qa", "B+ 트리에 대해 설명해 주세요.", null],
      [13, "qa", "트랜잭션에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("answers each with the text after its separator", () => {
    const [index, why, , transaction] = deck.cards;
    expect(index!.answer).toBe("테이블의 행을 빨리 찾으려고 컬럼 값을 정렬해 따로 둔 자료구조.");
    expect(why!.answer).toBe("데이터가 많아도 전체를 훑지 않고 원하는 행을 찾기 위해.");
    expect(transaction!.answer).toContain("**원자성** : 전부 반영되거나 전부 취소된다.");
  });
});

describe("a topic's text that is no answer", () => {
  it("is left out with a warning naming it, not silently", () => {
    const note = "# STL\n\n> 작성자 : 홍길동\n\n- STL이 무엇인지 이해하기\n- STL을 직접 사용해보기\n\n## 컨테이너\n\n데이터를 담는 템플릿 클래스다. vector, list, map 등이 있고 반복자로 원소를 다룬다.\n";
    const deck = parseDeck(note, { path: "stl.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["컨테이너에 대해 설명해 주세요."]);
    expect(deck.warnings).toEqual([{ line: 1, message: '건너뛴 부분: "STL" (답이 아닌 질문 목록·안내·자리 표시)' }]);
  });
});
