/**
 * A note written as an HTML page (`<div>` blocks of `<h2>…?</h2>` and
 * `<p>…</p>` lines under an index of `<a href="#…">` links): before, Markdown
 * kept it all as raw HTML and not one question became a card. It is read as
 * the Markdown it stands for, line for line. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseFixture } from "@/test/helpers/parse-fixture";
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

describe("a fold that hides an HTML page of topics", () => {
  const note = [
    "# 자료구조 정리", // 1
    "",
    "<!-- 개념 -->",
    "<details>",
    '  <summary><span class="title">📚 개념 정리</span> <span class="indicator">펼치기</span></summary>', // 5
    '  <div class="content">',
    "",
    "  <h3>1) 해시 테이블</h3>", // 8
    "  <p>키를 해시 함수로 버킷에 대응시켜 평균 <code>O(1)</code>에 찾습니다. 충돌은 체이닝이나 개방 주소법으로 풉니다.</p>",
    "",
    "  <h3>2) 힙 &amp; 우선순위 큐</h3>", // 11
    "  <ul>",
    "    <li><b>삽입:</b> 맨 끝에 넣고 부모와 바꾸며 올라갑니다.</li>",
    "    <li><b>삭제:</b> 루트를 빼고 마지막 원소를 올려 자식과 바꾸며 내려갑니다.</li>",
    "  </ul>",
    "",
    "  <h3>3) 트라이</h3>", // 17
    "  <p>문자열의 글자마다 노드를 두어 접두사를 공유하는 트리로, 자동 완성에 씁니다.</p>",
    "  </div>",
    "</details>",
    "",
  ];

  it("reads the page's headings as topics, each answered by its lines, and no card of the fold's label", () => {
    // (each card where its topic's lines start, as a Markdown note with these headings gives)
    expect(noteCards(note).map(([line, , prompt, parent]) => [line, prompt, parent])).toEqual([
      [9, "해시 테이블에 대해 설명해 주세요.", null],
      [13, "힙 & 우선순위 큐에 대해 설명해 주세요.", null],
      [17, "트라이에 대해 설명해 주세요.", null],
    ]);
  });

  it("keeps a fold that names a topic, or sits under a question heading, as that answer (a second reader's notes)", () => {
    const parts = ["<h3>TCP</h3>", "<p>연결을 맺고 순서와 도착을 보장합니다.</p>", "<h3>UDP</h3>", "<p>연결 없이 보내 빠르지만 유실될 수 있습니다.</p>", "<h3>정리</h3>", "<p>신뢰성이 중요하면 TCP를 씁니다.</p>"];
    const topic = noteCards(["# 네트워크 정리", "", "<details>", "<summary>TCP와 UDP의 차이</summary>", "", ...parts, "</details>", ""]);
    expect(topic.map((c) => c[2])).toEqual(["TCP와 UDP의 차이에 대해 설명해 주세요."]);
    const asked = noteCards(["### 1. TCP와 UDP는 어떻게 다른가요?", "", "<details>", "<summary>개념 정리 보기</summary>", "", ...parts, "</details>", ""]);
    expect(asked.map((c) => c[2])).toEqual(["TCP와 UDP는 어떻게 다른가요?"]);
  });
});
