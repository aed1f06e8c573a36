import { describe, expect, it } from "vitest";
import { buildLoginPath, sanitizeNextPath } from "./next-path";

describe("sanitizeNextPath (no open redirect)", () => {
  it.each([
    ["/study?deck=abc", "/study?deck=abc"],
    ["/decks/x#top", "/decks/x#top"],
    ["https://evil.example/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["\\\\evil.example", "/"],
    ["/%0a/evil", "/%0a/evil"],
    ["/\tevil", "/"],
    ["javascript:alert(1)", "/"],
    ["study", "/"],
    ["/login?next=/x", "/"],
    ["/signup", "/"],
    ["", "/"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeNextPath(input)).toBe(expected);
  });

  it("ignores non-strings", () => {
    expect(sanitizeNextPath(null)).toBe("/");
    expect(sanitizeNextPath(["/x"])).toBe("/");
  });

  it("buildLoginPath keeps a safe return path only", () => {
    expect(buildLoginPath("/study?deck=1")).toBe("/login?next=%2Fstudy%3Fdeck%3D1");
    expect(buildLoginPath("https://evil.example")).toBe("/login");
    expect(buildLoginPath()).toBe("/login");
  });
});
