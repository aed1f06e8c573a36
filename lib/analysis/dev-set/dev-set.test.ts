import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreDevSet, summarizeByKind } from "./score-dev-set";

describe("answer analysis on the labelled development set", () => {
  const rows = scoreDevSet(path.resolve(__dirname, "..", "..", "..", "content"));
  const all = summarizeByKind(rows).find((s) => s.kind === "all")!;

  it("agrees with the labels on at least 90 % of key points (33/36 when tuned)", () => {
    expect(all.total).toBe(36);
    expect(all.agree / all.total).toBeGreaterThanOrEqual(0.9);
  });

  it("never credits a key point the answer left out", () => {
    expect(all.falseCovered).toBe(0);
  });
});
