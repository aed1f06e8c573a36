import { describe, expect, it } from "vitest";
import { highlightPieces } from "./highlight-pieces";

describe("highlightPieces", () => {
  it("marks spans, merging overlaps and keeping the text whole", () => {
    const text = "클라이언트가 신을 보내고 애크를 받습니다";
    const pieces = highlightPieces(text, [[14, 17], [0, 6], [3, 9]]);
    expect(pieces).toEqual([
      { text: "클라이언트가", mark: true },
      { text: " 신을", mark: true },
      { text: " 보내고 ", mark: false },
      { text: "애크를", mark: true },
      { text: " 받습니다", mark: false },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  it("ignores spans outside the text", () => {
    expect(highlightPieces("가나", [[1, 5], [-1, 1]])).toEqual([{ text: "가나", mark: false }]);
    expect(highlightPieces("", [])).toEqual([]);
  });
});
