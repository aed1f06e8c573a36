/**
 * A note walking through one algorithm or structure: its title the topic, its
 * sections the facets of explaining it ("## Abstract", "## Process (Ascending)",
 * "## 시간복잡도", "## 이진 힙의 종류"), between what it sets out to do and what it
 * concludes. One card for the topic, not a card per facet; a section of another
 * name keeps the sections their own cards. And a heading that is only the subject of the
 * sentence its body finishes ("### Heap은" over "- complete binary tree 이면서")
 * is part of its topic's answer, never "Heap은에 대해 설명해 주세요.".
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const WALKTHROUGH = [
  "# 삽입 정렬 (Insertion Sort)", // 1
  "",
  "## Goal", // 3
  "",
  "- 삽입 정렬의 동작을 설명할 수 있다.",
  "- 시간복잡도를 계산할 수 있다.",
  "",
  "## Abstract", // 8
  "",
  "앞에서부터 이미 정렬된 부분에 새 원소를 알맞은 자리에 끼워 넣는 정렬이다.",
  "",
  "## Process (Ascending)", // 12
  "",
  "1. 두 번째 원소부터 시작해 앞의 원소들과 비교한다.",
  "2. 더 큰 원소를 한 칸씩 뒤로 민다.",
  "3. 빈자리에 원소를 넣는다.",
  "",
  "## Java Code (Ascending)", // 18
  "",
  "```java",
  "void insertionSort(int[] a) { /* … */ }",
  "```",
  "",
  "## GIF로 보는 삽입 정렬", // 24
  "",
  "[![img](https://example.com/insertion.gif)](https://example.com/insertion.gif)",
  "",
  "## 시간복잡도", // 28
  "",
  "최악의 경우 비교가 n(n-1)/2번이므로 O(n^2)이다.",
  "",
  "## 장점", // 32
  "",
  "- 거의 정렬된 배열에서는 O(n)에 가깝게 빠르다.",
  "",
  "## Conclusion", // 36
  "",
  "작은 배열이나 거의 정렬된 배열에 알맞다.",
  "",
  "## Reference", // 40
  "",
  "- [정렬 알고리즘](https://example.com/sort)",
];

describe("a note walking through one topic", () => {
  it("is one card for the topic, its facets the answer, its goals and conclusion left out with a warning", () => {
    expect(noteCards(WALKTHROUGH)).toEqual([[1, "qa", "삽입 정렬 (Insertion Sort)에 대해 설명해 주세요.", null]]);
    const deck = parseNote(WALKTHROUGH);
    expect(deck.cards[0]!.answer).toContain("## 시간복잡도");
    expect(deck.cards[0]!.answer).toContain("insertion.gif");
    expect(deck.warnings.map((w) => w.line)).toEqual([3, 36]);
  });

  it("reads facets named after the topic, its definition among them, as facets", () => {
    expect(
      noteCards([
        "# 이진 힙(Binary Heap)", // 1
        "",
        "## 이진 힙(Binary Heap)이란?", // 3
        "",
        "완전 이진 트리로, 부모가 자식보다 항상 크거나 작은 자료구조이다.",
        "",
        "## 이진 힙(Binary Heap)의 종류", // 7
        "",
        "- 최대 힙: 부모가 자식보다 크다.",
        "- 최소 힙: 부모가 자식보다 작다.",
        "",
        "## 이진 힙(Binary Heap)의 구현", // 12
        "",
        "배열의 i번째 원소의 자식은 2i, 2i+1번째에 둔다.",
        "",
        "## 시간 복잡도 (삽입/삭제)", // 16
        "",
        "삽입과 삭제 모두 트리의 높이만큼 움직이므로 O(log n)이다.",
      ]),
    ).toEqual([[1, "qa", "이진 힙(Binary Heap)에 대해 설명해 주세요.", null]]);
  });

  it("leaves a comparison's two facets as they were (a short note is no walkthrough)", () => {
    expect(
      noteCards([
        "# HashMap과 Hashtable의 차이", // 1
        "",
        "## 작성자", // 3
        "",
        "- 홍길동",
        "",
        "## 공통점", // 7
        "",
        "- 둘 다 Map 인터페이스를 구현한다.",
        "",
        "## 차이점", // 11
        "",
        "- Hashtable은 동기화되고 HashMap은 그렇지 않다.",
        "",
        "## 참고", // 15
        "",
        "- [자바 문서](https://example.com/map)",
      ]),
    ).toEqual([
      [7, "qa", "HashMap과 Hashtable의 공통점에 대해 설명해 주세요.", null],
      [11, "qa", "HashMap과 Hashtable의 차이점에 대해 설명해 주세요.", null],
    ]);
  });

  it("folds a heading that is only the topic as a sentence's subject into that topic's answer", () => {
    const lines = [
      "# 자료구조", // 1
      "",
      "## 목차", // 3
      "1. [Heap](#heap)",
      "2. [Trie](#trie)",
      "",
      "## Heap", // 7
      "",
      "### Heap은", // 9
      "",
      "- 완전 이진 트리이면서",
      "- 힙 속성을 만족하는 트리이다.",
      "",
      "## Trie", // 14
      "",
      "### 스택은", // 16
      "",
      "- 나중에 넣은 것을 먼저 꺼내는 자료구조로, 함수 호출과 되돌리기 기능에 쓰인다.",
    ];
    expect(noteCards(lines)).toEqual([
      [7, "qa", "Heap에 대해 설명해 주세요.", null],
      [16, "qa", "스택에 대해 설명해 주세요.", null],
    ]);
    expect(parseNote(lines).cards[0]!.answer).toContain("힙 속성을 만족하는 트리이다.");
  });
});
