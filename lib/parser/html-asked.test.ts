/**
 * Questions written as HTML lines inside a `<details>` answer written in HTML
 * (a Jekyll page): each is a follow-up of the fold's question, answered by the
 * lines after it. Fixture: lib/parser/fixtures/html-fold-questions.md.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { splitHtmlAsked } from "./html-asked";

describe("questions as HTML lines in a fold", () => {
  it("'<h3>…이유는?</h3>' and '<p>…이란?</p>' are follow-ups of the fold's question, each with the lines after it", () => {
    const { deck, cards } = parseFixture("html-fold-questions.md");
    expect(cards).toEqual([
      [3, "qa", "ORM에 대해 설명해 주세요.", null],
      [7, "followup", "그래도 SQL을 알아야 하는 이유는?", 3],
      [9, "followup", "N+1 문제란?", 3],
    ]);
    expect(deck.cards[0]!.answer).toBe("<p>ORM은 <b>객체와 테이블을 매핑</b>해서 SQL을 직접 쓰지 않고 데이터를 다루게 해 줍니다.</p>");
    expect(deck.cards[2]!.answer).toBe("목록 한 번에 연관 데이터를 건마다 따로 조회해서 쿼리가 N번 더 나가는 문제입니다.");
  });

  it("splits nothing when a question line has no answer after it, or nothing comes before the first", () => {
    expect(splitHtmlAsked("<p>설명입니다.</p>\n<h3>왜 쓰나요?</h3>", "X").asked).toEqual([]);
    expect(splitHtmlAsked("<h3>왜 쓰나요?</h3>\n<p>빠르기 때문입니다.</p>", "X").asked).toEqual([]);
    expect(splitHtmlAsked("<p>설명입니다.</p>\n<p>아무것도 묻지 않는 줄</p>\n<p>다음 줄</p>", "X").asked).toEqual([]);
  });
});
