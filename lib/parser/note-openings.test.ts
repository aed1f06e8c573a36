/**
 * How a note opens: a `---` rule over the first question is Markdown, not
 * front matter (read as front matter, the question was lost with only a
 * warning). Real front matter is still read. Fixture notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { parseDeck } from "./index";
import { withoutFalseFrontMatter } from "./front-matter";

describe("a note that opens with a rule", () => {
  it("keeps the first question under the rule, and follow-ups drawn with an arrow, asking or not", () => {
    const { cards, deck } = parseFixture("rule-over-first-question.md");
    expect(cards).toEqual([
      [2, "qa", "캐시가 무엇인지 알려주세요.", null],
      [7, "qa", "캐시 무효화는 왜 어려운가요?", null],
      [12, "followup", "그럼 만료 시간만 두면 되지 않나요?", 7],
      // (drawn with the same arrow, a noun phrase is a follow-up too, asked as written)
      [15, "followup", "만료 시간 vs 버전 키", 7],
    ]);
    expect(deck.warnings).toEqual([]);
  });

  it("reads the opening fence as a rule only when the block has no key and holds a heading", () => {
    expect(withoutFalseFrontMatter("---\n### 1. 질문?\n답\n---\n")).toBe("***\n### 1. 질문?\n답\n---\n");
    expect(withoutFalseFrontMatter("---\ntitle: 캐시\n---\n## 캐시란?\n")).toBe("---\ntitle: 캐시\n---\n## 캐시란?\n");
    expect(withoutFalseFrontMatter("---\n# 설정 메모\ntags: [a]\n---\n")).toBe("---\n# 설정 메모\ntags: [a]\n---\n");
    expect(withoutFalseFrontMatter("---\n- 1\n- 2\n---\n# 제목\n")).toBe("---\n- 1\n- 2\n---\n# 제목\n");
    const deck = parseDeck("---\ntitle: 캐시 노트\n---\n\n## 캐시란?\n\n자주 쓰는 데이터를 가까이 두는 저장소입니다.\n", { path: "fm.md" });
    expect(deck.deck.title).toBe("캐시 노트");
  });
});
