/**
 * "## 목차" over its list, and then the whole note written one level under it
 * ("### 스프링이란?", "### 스프링의 장점"): the writer nested the note under its
 * contents. Only the list is skipped; the sections under it are the note's
 * questions and topics, never follow-ups of "목차" (a blind set's note had made
 * "목차에 대해 설명해 주세요." the parent of every question). A contents written as
 * headings that only link ("### [네트워크](…)") still goes with it, under one warning.
 * Fixtures written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a table of contents with the note nested under it", () => {
  it("skips only the contents list; what is nested under it makes the note's cards", () => {
    const { cards, deck } = parseFixture("contents-over-the-note.md");
    expect(cards).toEqual([
      [10, "qa", "스프링이란?", null],
      [14, "qa", "스프링의 장점에 대해 설명해 주세요.", null],
      [18, "qa", "빈의 생명주기는 어떻게 되나요?", null],
    ]);
    expect(deck.warnings).toEqual([{ line: 3, message: '건너뛴 부분: "목차" (질문이 아닌 안내·목차·규칙)' }]);
  });

  it("keeps a contents written as linking headings one skipped section", () => {
    const { cards, deck } = parseFixture("contents-as-headings.md");
    expect(cards).toEqual([]);
    expect(deck.warnings.filter((w) => w.line === 3)).toEqual([{ line: 3, message: '건너뛴 부분: "목차" (질문이 아닌 안내·목차·규칙)' }]);
    expect(deck.warnings.some((w) => w.message.includes("네트워크"))).toBe(false);
  });
});
