/**
 * A quiz written as a list of questions, each answered under it, with an
 * empty "- " left after the last one (our own words, written for this test):
 * the empty item is no item, so every question is a card and the "QUIZ"
 * heading over them makes none.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

describe("a question list ending in an empty item", () => {
  it("makes a card of every question, the last one answered in a paragraph included", () => {
    const note = [
      "# 디자인 패턴", // 1
      "",
      "## QUIZ", // 3
      "",
      "- 디자인 패턴이 무엇인가요?", // 5
      "    - 비슷한 문제에 되풀이해 쓰는 해결 방법의 틀입니다.",
      "- 싱글톤 패턴이란 무엇인가요?", // 7
      "    - 인스턴스를 하나만 만들어 공유하는 패턴입니다.",
      "- 옵저버 패턴이란?", // 9
      "",
      "    상태가 바뀌면 등록된 관찰자들에게 알리는 패턴입니다.",
      "",
      "- ",
    ];
    expect(noteCards(note)).toEqual([
      [5, "qa", "디자인 패턴이 무엇인가요?", null],
      [7, "qa", "싱글톤 패턴이란 무엇인가요?", null],
      [9, "qa", "옵저버 패턴이란?", null],
    ]);
  });
});
