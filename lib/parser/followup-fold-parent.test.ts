/**
 * A "꼬리 질문" fold right under a question's folded answer follows that
 * question (extract-body.ts: the question is remembered, the fold's
 * follow-ups take it as parent), even when the question itself follows a
 * topic's explanation up. A fold under a topic's own explanation, no question
 * before it, follows the topic. Fixture notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("the parent of a follow-up fold", () => {
  it("is the question whose answer the fold sits under", () => {
    const { cards } = parseFixture("followup-fold-after-answer.md");
    expect(cards).toEqual([
      [3, "qa", "클로저에 대해 설명해 주세요.", null],
      [7, "followup", "클로저는 어디에 쓰나요?", 3],
      [17, "followup", "클로저를 남발하면 어떤 문제가 생기나요?", 7],
    ]);
  });

  it("is the topic when no question comes before the fold", () => {
    const { cards } = parseFixture("followup-fold-topic.md");
    expect(cards).toEqual([
      [1, "qa", "이벤트 루프에 대해 설명해 주세요.", null],
      [8, "followup", "마이크로태스크와 매크로태스크는 어떤 순서로 실행되나요?", 1],
    ]);
  });
});
