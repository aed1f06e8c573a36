/**
 * Sentences fenced as plain text ("```text") and a question heading that invites the reader to
 * read on (blind set 21), on a fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { cleanPrompt } from "./questions";

describe("plain-text fences", () => {
  it("sentences fenced as text answer the heading above them; a diagram fenced as text is a figure, named in a warning", () => {
    const { deck, cards } = parseFixture("plain-text-fences.md");
    expect(cards).toEqual([
      [1, "qa", "캐시 설계에 대해 설명해 주세요.", null],
      [5, "qa", "캐시는 언제 쓰게 될까?", null],
    ]);
    expect(deck.cards[1]!.answer).toContain("읽기가 쓰기보다 훨씬 많을 때 캐시가 효과적이다.");
    expect(deck.warnings).toEqual([{ line: 12, message: '건너뛴 부분: "구조" (코드만 있는 부분)' }]);
  });

  it("a question's trailing invitation to read on ('아래의 사례를 봐보자', '알아보자') is no part of the prompt", () => {
    expect(["그럼 언제 사용하게될까? 아래의 사례를 봐보자", "TCP는 왜 필요할까? 알아보자", "어떻게 동작할까? 살펴보자."].map(cleanPrompt)).toEqual(["그럼 언제 사용하게될까?", "TCP는 왜 필요할까?", "어떻게 동작할까?"]);
    expect(["X는 무엇인가? 그리고 Y는?", "보자기는 언제 쓰나요?"].map(cleanPrompt)).toEqual(["X는 무엇인가? 그리고 Y는?", "보자기는 언제 쓰나요?"]);
  });
});
