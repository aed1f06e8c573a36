/**
 * "공통점" and "차이점" under a comparison ("…의 차이", "… 간략비교") are asked
 * of the things compared: a flashcard reading "공통점에 대해 설명해 주세요."
 * names nothing, and "…간략비교의 차이점" or "…의 차이의 공통점" reads badly.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("the sides of a comparison", () => {
  it("under a note's title are asked of the things the title compares", () => {
    expect(parseFixture("comparison-facets/titled.md").cards.slice(0, 2)).toEqual([
      [3, "qa", "배열과 연결 리스트의 공통점에 대해 설명해 주세요.", null],
      [8, "qa", "배열과 연결 리스트의 차이점에 대해 설명해 주세요.", null],
    ]);
  });

  it("under a comparison heading are asked of the things it compares", () => {
    expect(parseFixture("comparison-facets/section.md").cards.slice(2, 4)).toEqual([
      [11, "qa", "스택 / 큐의 공통점에 대해 설명해 주세요.", null],
      [15, "qa", "스택 / 큐의 차이점에 대해 설명해 주세요.", null],
    ]);
  });
});
