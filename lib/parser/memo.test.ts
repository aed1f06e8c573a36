import { describe, expect, it } from "vitest";
import { remembered } from "./memo";

describe("remembered", () => {
  it("computes each text once, false answers included, and forgets everything once full", () => {
    const calls: string[] = [];
    const asks = remembered((t: string) => {
      calls.push(t);
      return t.endsWith("?");
    }, 2);
    expect([asks("왜?"), asks("왜?"), asks("답."), asks("답.")]).toEqual([true, true, false, false]);
    expect(calls).toEqual(["왜?", "답."]);
    asks("셋째?");
    asks("왜?");
    expect(calls).toEqual(["왜?", "답.", "셋째?", "왜?"]);
  });
});
