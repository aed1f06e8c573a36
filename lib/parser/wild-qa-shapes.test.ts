/**
 * Question/answer dresses and junk seen in public Korean interview-study
 * repositories outside the corpus, on fixture notes written for these tests
 * (lib/parser/fixtures/wild-*.md): a study group's README (rules, fines,
 * timetable, member tables), `<details>` questions whose own answer is only a
 * picture, "(답변 미작성)" notes, a category summary with a "펼치기" indicator
 * over HTML sub-headings, and "N-M." numbered summaries that follow up "N.".
 * Each test pins the whole deck: [line, kind, prompt, parent's line] per card,
 * and the unanswered questions as [line, prompt].
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

/** The fixture's cards, and its unanswered questions as [line, prompt]. */
function parsed(name: string) {
  const { deck, cards, unanswered } = parseFixture(name);
  return { deck, cards, unanswered: unanswered.map(([line, prompt]) => [line, prompt]) };
}

describe("wild question/answer dresses and junk", () => {
  it("a study group's README: rules, fines, schedule, hand-in conventions and member tables are skipped with their lines; its questions stay", () => {
    const { deck, cards, unanswered } = parsed("wild-study-readme.md");
    expect(cards).toEqual([
      [40, "qa", "캐시란 무엇인가요?", null],
      [44, "qa", "Git 브랜치 전략을 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.skipped.map((s) => s.line)).toEqual([1, 5, 12, 19, 24, 28, 34]);
  });
});
