/** A study's chain of questions numbered under one number ("5-1.", "5-2.", …). Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const cards = (lines: string[]) => {
  const deck = parseDeck(lines.join("\n"), { path: "note.md" });
  return deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? deck.cards.find((p) => p.id === c.parentId)?.lineStart : null]);
};
const fold = (summary: string, answer: string) => [`<details><summary>${summary}</summary>`, "", answer, "", "</details>", ""];

describe("questions numbered N-1, N-2, …", () => {
  it("the first asks, the others follow it up, and the next number starts a new chain", () => {
    expect(cards(["# 스터디", "", "## 5번 질의", "", ...fold("5-1. 인덱스가 무엇인지 설명해 주세요.", "검색을 빠르게 하는 자료구조다."), ...fold("5-2. 수정이 잦은 테이블에는 왜 권하지 않나요?", "쓸 때마다 트리를 고쳐야 해서다."), "## 9번 질의", "", ...fold("9-1. 조인이 무엇인지 설명해 주세요.", "두 테이블을 키로 잇는 연산이다."), ...fold("9-2. 조인은 어떻게 구현되나요?", "중첩 루프, 해시, 정렬 병합이 있다.")])).toEqual([
      [5, "qa", null],
      [11, "followup", 5],
      [19, "qa", null],
      [25, "followup", 19],
    ]);
  });

  it("'N-2' with no 'N-1' before it stays a question, as do plain numbered questions", () => {
    expect(cards(["# 스터디", "", ...fold("3-2. 캐시 무효화는 왜 어렵나요?", "여러 곳의 사본을 동시에 맞춰야 해서다."), ...fold("4. 캐시 스탬피드란?", "만료 순간 요청이 DB로 몰리는 현상이다.")]).map((c) => c[1])).toEqual(["qa", "qa"]);
  });
});
