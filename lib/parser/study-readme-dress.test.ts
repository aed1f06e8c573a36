/**
 * A study repository's README in the dress it is often written in: a Korean
 * title naming the study over what it prepares for and how to hand in work,
 * a week-by-week plan written line by line, a skills checklist under bold
 * group names, and a member table under a heading decorated with a GitHub
 * emoji shortcode. None of it is a question; the one answered question stays
 * (study-housekeeping.ts, labels.ts). Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a study README's housekeeping", () => {
  const { deck, cards, unanswered } = parseFixture("study-readme-dress.md");
  const skipped = deck.warnings.map((w) => w.message).filter((m) => m.startsWith("건너뛴 부분"));

  it("cards only the answered question", () => {
    expect(cards).toEqual([[16, "qa", "인덱스를 쓰면 조회가 왜 빨라지나요?", null]]);
    expect(unanswered).toEqual([]);
  });

  it("skips the study's title, its plan, its checklist and its members with a warning each", () => {
    expect(skipped).toEqual([
      '건너뛴 부분: "🧑‍💻 백엔드 면접 스터디" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: ":calendar: 주차별 계획" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: "학습 체크리스트" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: ":busts_in_silhouette: Contributors" (질문이 아닌 안내·목차·규칙)',
    ]);
  });
});
