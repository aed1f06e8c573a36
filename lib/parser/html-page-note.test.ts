/**
 * A note written as an HTML page (`<div>` blocks of `<h2>…?</h2>` and
 * `<p>…</p>` lines under an index of `<a href="#…">` links): before, Markdown
 * kept it all as raw HTML and not one question became a card. It is read as
 * the Markdown it stands for, line for line. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { htmlNoteAsMarkdown } from "./html-note";

describe("a note written as an HTML page", () => {
  it("makes a card of each question heading, a follow-up of a question heading inside its answer, and skips the index", () => {
    const { cards, unanswered, deck } = parseFixture("html-page-note.md");
    expect(cards).toEqual([
      [12, "qa", "JVM이란 무엇인가?", null],
      [14, "followup", "JVM을 알아야 하는 이유는?", 12],
      [20, "qa", "가비지 컬렉션을 설명하세요.", null],
    ]);
    expect(unanswered).toEqual([[30, "제네릭을 쓰는 이유는?", null]]);
    expect(deck.cards[2]!.answer).toBe("+ 더 이상 참조되지 않는 객체의 메모리를 자동으로 회수하는 기능입니다.\n\n- Minor GC : 젊은 영역을 정리합니다.\n- Major GC : 오래된 영역을 정리합니다.");
    expect(deck.warnings).toEqual([{ line: 4, message: '건너뛴 부분: "자바 기초" (링크만 있는 부분)' }]);
  });

  it("leaves a Markdown note with some HTML, and a note of HTML folds, as they are", () => {
    const mixed = "# 캐시\n\n<h3>캐시란?</h3>\n\n자주 쓰는 데이터를 가까이 둡니다.\n\n<h3>TTL</h3>\n\n<h3>LRU</h3>\n";
    expect(htmlNoteAsMarkdown(mixed)).toBe(mixed);
    const folds = "<details>\n<summary>캐시란?</summary>\n<h3>A</h3>\n<h3>B</h3>\n<h3>C</h3>\n</details>\n";
    expect(htmlNoteAsMarkdown(folds)).toBe(folds);
  });
});
