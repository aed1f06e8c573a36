/**
 * One study group's page: each member answers the same question under one
 * heading, each with follow-ups of their own. The repeated question headings
 * share one heading path, and a follow-up went to the first member's card.
 * It follows the question of its own section. Note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

describe("follow-ups of a question written twice under one heading", () => {
  it("follow the copy of the question they are written under", () => {
    const deck = parseNote([
      "# 3주차 디자인 패턴",
      "## 델리게이트 패턴을 설명하시오.",
      "한 객체가 할 일을 다른 객체에 맡기는 패턴입니다.",
      "",
      "### [꼬리질문] 델리게이트를 쓸 때 주의할 점은?",
      "약한 참조로 잡아야 순환 참조가 생기지 않습니다.",
      "",
      "## Q1. 델리게이트 패턴을 설명하시오.",
      "프로토콜로 할 일을 정하고 다른 객체가 구현하게 하는 패턴입니다.",
      "",
      "### 꼬리질문 1. 델리게이트의 장단점?",
      "역할이 분명하지만 코드가 길어집니다.",
    ]);
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [2, "qa", null],
      [5, "followup", 2],
      [8, "qa", null],
      [11, "followup", 8],
    ]);
  });
});
