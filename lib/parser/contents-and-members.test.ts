/**
 * "## 목록" over the note's part names and "## 스터디 구성원" over a member
 * table (labels.ts, skip vocabulary): a contents list and a member list by
 * other names, skipped with a warning together with the notices under them.
 * A skipped heading keeps a question heading below it, and only that
 * (extract.ts). Fixture
 * notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("contents and member lists by other names", () => {
  it("skips them with a warning and keeps the note's question", () => {
    const { deck, cards } = parseFixture("contents-and-members.md");
    expect(cards).toEqual([[24, "qa", "ArrayList와 LinkedList는 언제 각각 쓰나요?", null]]);
    expect(deck.warnings.map((w) => w.message).filter((m) => m.startsWith("건너뛴 부분"))).toEqual([
      '건너뛴 부분: "목록" (질문이 아닌 안내·목차·규칙)',
      '건너뛴 부분: "스터디 구성원" (질문이 아닌 안내·목차·규칙)',
    ]);
  });

  it("keeps a question heading under a skipped rules heading, and skips the rules beside it", () => {
    const { deck, cards } = parseFixture("rules-over-question.md");
    expect(cards).toEqual([[11, "qa", "커밋 메시지는 어떻게 작성하나요?", null]]);
    expect(deck.cards[0]!.answer).toContain("한 줄 요약");
  });
});
