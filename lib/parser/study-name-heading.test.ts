/**
 * A heading that names the study group over its motto or how it runs
 * (study-housekeeping.ts): skipped with a warning. A case study is a topic
 * and keeps its card, and so does a journal's "What I study" with the topics
 * under it (skipping it dropped them all). Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a heading that names the study", () => {
  it("skips the study's motto and keeps the questions and a case study", () => {
    const { deck, cards } = parseFixture("study-name-heading.md");
    expect(cards).toEqual([
      [8, "qa", "Look-aside 캐시는 어떻게 동작하나요?", null],
      [12, "qa", "케이스 스터디에 대해 설명해 주세요.", null],
      [16, "qa", "What I study에 대해 설명해 주세요.", null],
      [20, "qa", "트랜잭션 격리 수준에 대해 설명해 주세요.", null],
    ]);
    expect(deck.warnings.map((w) => w.message)).toContain('건너뛴 부분: "📖 백엔드 스터디" (질문이 아닌 스터디·저장소 안내)');
  });
});
