/**
 * A mock interview written up in parts (notes of our own, written for this
 * test): the feedback on each answer, then "# 재답변" with the same questions
 * answered again, the first of them as an HTML heading after a "<br>". The
 * questions are asked as written in both parts, never prefixed with the part's
 * name, and the HTML heading is a question like the others, not the answer of
 * a "재답변" card.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 받은 피드백", // 1
  "### 1. 캐시 지역성에 대해 설명해 주세요.", // 2
  "→ 최근에 쓴 데이터를 다시 쓸 가능성이 높다는 성질입니다.",
  "",
  "**피드백** : 시간 지역성과 공간 지역성을 나눠 말하면 좋다.",
  "",
  "### 2. 기본키와 후보키의 특징에 대해 설명해 주세요.", // 7
  "→ 둘 다 행을 유일하게 식별합니다.",
  "",
  "---",
  "# 재답변", // 11
  "<br>",
  "<h3>1. 캐시 지역성에 대해 설명해 주세요.</h3>", // 13
  "→ 최근에 쓴 데이터를 다시 쓰는 시간 지역성과, 그 근처를 쓰는 공간 지역성이 있습니다.",
  "",
  "### 2. 기본키와 후보키의 특징에 대해 설명해 주세요.", // 16
  "→ 후보키는 유일하고 최소인 속성 집합이고, 기본키는 그중 하나를 고른 것입니다.",
];

describe("a mock interview answered again", () => {
  it("asks each question as written in both parts, the HTML heading after a line break included", () => {
    expect(noteCards(NOTE)).toEqual([
      [2, "qa", "캐시 지역성에 대해 설명해 주세요.", null],
      [7, "qa", "기본키와 후보키의 특징에 대해 설명해 주세요.", null],
      [13, "qa", "캐시 지역성에 대해 설명해 주세요.", null],
      [16, "qa", "기본키와 후보키의 특징에 대해 설명해 주세요.", null],
    ]);
  });
});
