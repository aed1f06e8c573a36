import { describe, expect, it } from "vitest";
import { estimateTargetSeconds } from "./target-seconds";

describe("estimateTargetSeconds", () => {
  it("estimates from spoken syllables at 5 per second, rounded to 5 s", () => {
    expect(estimateTargetSeconds("가".repeat(300))).toBe(60);
    expect(estimateTargetSeconds("가나다 ".repeat(100))).toBe(60);
  });
  it("ignores markup, link targets and code blocks", () => {
    const text = "가".repeat(250) + " [링크](https://example.com/very/long/path) ```\ncode code code\n``` <b>x</b>";
    expect(estimateTargetSeconds(text)).toBe(estimateTargetSeconds("가".repeat(250) + "링크x"));
  });
  it("stays between 20 s and 3 min", () => {
    expect(estimateTargetSeconds("짧음")).toBe(20);
    expect(estimateTargetSeconds("가".repeat(5000))).toBe(180);
  });
});
