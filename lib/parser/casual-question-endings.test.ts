/**
 * Questions jotted in plain speech without a question mark ("## 런타임이 뭐야",
 * "## LTS가 뭐임"; a note of our own, written for this test) ask as written:
 * no "…에 대해 설명해 주세요." is added to them.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

describe("casual question endings", () => {
  it("keep the question as written", () => {
    const lines = ["# 개발 상식", "", "## 런타임이 뭐야", "", "프로그램이 실행되는 동안, 또는 그 환경을 말한다.", "", "## LTS가 뭐임", "", "오래 지원하는 안정 버전."];
    expect(noteCards(lines).map(([line, , prompt]) => [line, prompt])).toEqual([
      [3, "런타임이 뭐야"],
      [7, "LTS가 뭐임"],
    ]);
  });
});
