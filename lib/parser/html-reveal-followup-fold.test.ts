/**
 * A question heading answered by "<summary>답변</summary>" written in HTML,
 * with a "<summary>꼬리 질문</summary>" fold inside that answer listing
 * "<li> …?" items each revealed by its own "답변" fold. remark keeps the whole
 * answer as one HTML block, so the fold's questions stayed raw HTML in the
 * answer; they are the question's follow-ups, as they are when the same
 * folds are written with blank lines. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("a follow-up fold inside an answer written in HTML", () => {
  it("makes each answered question in it a follow-up of the heading's question", () => {
    const { cards, deck } = parseFixture("html-reveal-followup-fold.md");
    expect(cards).toEqual([
      [3, "qa", "DNS는 어떻게 동작하나요?", null],
      [11, "followup", "DNS는 주로 UDP를 쓰는데, TCP를 쓰는 경우도 있나요?", 3],
      [17, "followup", "TTL을 아주 짧게 두면 어떤 문제가 생기나요?", 3],
      [27, "qa", "CDN을 쓰는 이유는 무엇인가요?", null],
    ]);
    expect(deck.cards[0]!.answer).not.toMatch(/꼬리 질문|<details|TCP를 씁니다/);
    expect(deck.cards[0]!.answer).toContain("TTL 동안 캐시에 두고 다시 씁니다.");
    expect(deck.cards[1]!.answer).toBe("응답이 커서 잘리는 경우나 존 전송을 할 때 TCP를 씁니다.");
  });

  it("keeps a follow-up fold inside a follow-up's answer as that follow-up's follow-up", () => {
    // (a second reader's note: the inner question and its answer were in no card and no warning)
    const deck = parseNote([
      "## 해시 테이블은 어떻게 동작하나요?", // 1
      "<details>",
      "<summary>답변</summary>",
      "<p>키를 해시 함수로 바꾼 값을 배열의 위치로 씁니다.</p>",
      "<details>",
      "<summary>꼬리 질문</summary>",
      "<ul>",
      "<li>충돌은 어떻게 처리하나요?", // 8
      "<details><summary>답변</summary><p>체이닝이나 개방 주소법으로 처리합니다.</p>",
      "<details><summary>꼬리 질문</summary>",
      "<ul><li>개방 주소법에서 삭제는 왜 까다롭나요?", // 11
      "<details><summary>답변</summary><p>빈칸으로 두면 뒤의 탐색이 끊기므로 삭제 표시를 남겨야 합니다.</p></details>",
      "</li></ul>",
      "</details>",
      "</details>",
      "</li>",
      "</ul>",
      "</details>",
      "</details>",
    ]);
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", "해시 테이블은 어떻게 동작하나요?", null],
      [8, "followup", "충돌은 어떻게 처리하나요?", 1],
      [11, "followup", "개방 주소법에서 삭제는 왜 까다롭나요?", 8],
    ]);
    expect(deck.cards[2]!.answer).toBe("빈칸으로 두면 뒤의 탐색이 끊기므로 삭제 표시를 남겨야 합니다.");
  });
});
