/**
 * Two topic cards of one note that would ask the same generated question are
 * each asked of the heading above them ("NoSQL 일관성(Consistency)"); the same
 * words under the same heading are left as written.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a generated prompt repeated in one note", () => {
  const { cards } = parseFixture("repeated-prompts.md");
  const promptAt = (line: number) => cards.find(([at]) => at === line)?.[2];

  it("is asked of the heading each card sits under", () => {
    expect([promptAt(11), promptAt(20)]).toEqual(["트랜잭션의 특성 일관성(Consistency)에 대해 설명해 주세요.", "NoSQL 일관성(Consistency)에 대해 설명해 주세요."]);
    expect(promptAt(8)).toBe("원자성(Atomicity)에 대해 설명해 주세요.");
  });

  it("stays as written when the heading above is the same", () => {
    expect([promptAt(28), promptAt(31)]).toEqual(["흐름 제어에 대해 설명해 주세요.", "흐름 제어에 대해 설명해 주세요."]);
  });
});
