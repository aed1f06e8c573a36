/**
 * A note template of "## WHAT?" and "## WHY?" under each topic: what it is
 * is the topic's explanation, why is why the topic is needed. "WHAT?" was
 * read as a question of its own ("WHAT?") and "WHY?" as why that question
 * is needed ("WHAT?가 필요한 이유는?"). Note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

describe("a WHAT / WHY template", () => {
  it("makes WHAT the topic's explanation and WHY its why, whatever stands between them", () => {
    const deck = parseNote([
      "# Virtual DOM", // 1
      "",
      "## WHAT?", // 3
      "> 실제 DOM의 가벼운 사본을 메모리에 두고, 바뀐 부분만 계산해 실제 DOM에 반영하는 방식", // 4
      "",
      "## Reconciliation", // 6
      "이전 트리와 새 트리를 비교해 바뀐 노드만 찾아내는 과정이다.",
      "",
      "## WHY?", // 9
      "DOM을 직접 자주 바꾸면 레이아웃 계산이 반복되어 느려지기 때문에 변경을 모아서 한 번에 반영한다.",
      "",
      "### key", // 12
      "#### WHAT ?", // 13
      "> 리스트의 각 항목을 구별하는 고유한 값",
      "#### WHY?", // 15
      "항목의 순서가 바뀌어도 같은 항목을 다시 쓸 수 있게 해 준다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [3, "script", "Virtual DOM에 대해 설명해 주세요."],
      [6, "qa", "Reconciliation에 대해 설명해 주세요."],
      [9, "qa", "Virtual DOM이 필요한 이유는?"],
      [13, "script", "key에 대해 설명해 주세요."],
      [15, "qa", "key가 필요한 이유는?"],
    ]);
  });

  it("reads the template's other words and its Korean dress, and a why under a question asks of its subject", () => {
    // (a second reader's notes: "HOW?" and "WHEN?" were bare prompts, "## 무엇?" a question, and "### WHY" under
    // "## 클로저란 무엇인가요?" asked "클로저란 무엇인가요?가 필요한 이유는?")
    const deck = parseNote([
      "# 인덱스", // 1
      "## 무엇?", // 2
      "테이블의 검색 속도를 높이기 위한 자료구조.",
      "## 왜?", // 4
      "풀 스캔을 피해서 조회를 빠르게 하려고.",
      "## HOW?", // 6
      "B+Tree로 정렬된 키를 유지한다.",
      "## WHEN?", // 8
      "조회가 많고 선택도가 높은 컬럼에 건다.",
      "# 자바스크립트", // 10
      "## 클로저란 무엇인가요?", // 11
      "### WHAT",
      "함수가 선언될 때의 렉시컬 환경을 기억하는 함수.",
      "### WHY", // 14
      "상태를 숨기고 유지하기 위해.",
      "## 호이스팅이란 뭘까?", // 16
      "선언이 끌어올려진 것처럼 동작하는 현상.",
      "### WHY", // 18
      "실행 컨텍스트를 만들 때 선언을 먼저 처리하기 때문이다.",
      "### How?", // 20
      "변수는 undefined로, 함수는 통째로 먼저 등록된다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [2, "인덱스에 대해 설명해 주세요."],
      [4, "인덱스가 필요한 이유는?"],
      [6, "인덱스는 어떻게 동작하나요?"],
      [8, "인덱스는 언제 쓰나요?"],
      [11, "클로저란 무엇인가요?"],
      [14, "클로저가 필요한 이유는?"],
      [16, "호이스팅이란 뭘까?"],
      [18, "호이스팅이 필요한 이유는?"],
      [20, "호이스팅은 어떻게 동작하나요?"],
    ]);
  });
});
