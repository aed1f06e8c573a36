/**
 * A learning journal's own sections (a dated "TIL" title's lines, "오늘 한 일", "느낀 점",
 * "회고") and a "PR 가이드" are no questions: skipped with a warning each, while the
 * question among them is a card (fixtures/journal-sections.md).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

const NAME = "journal-sections.md";
const deck = parseFixture(NAME).deck;

describe("a learning journal's own sections", () => {
  it("leave only the question as a card and name each skipped section", () => {
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[9, "qa", "문맥 교환이란?"]]);
    expect(deck.warnings.map((w) => [w.line, w.message.replace(/ \(.*$/, "")])).toEqual([
      [1, '건너뛴 부분: "TIL 2025-03-02"'],
      [5, '건너뛴 부분: "오늘 한 일"'],
      [13, '건너뛴 부분: "PR 가이드"'],
      [17, '건너뛴 부분: "느낀 점"'],
    ]);
  });

  it("the note summing itself up under its title (\"오늘의 핵심 한 줄\", \"최종 면접용 요약\", \"오늘 반드시 기억할 문장\") is skipped with a warning, unless it asks a question there (a question line or a listed question)", () => {
    const { deck, cards } = parseFixture("note-summaries.md");
    expect(cards).toEqual([
      [7, "qa", "제네릭이란?", null],
      [21, "qa", "이 타입을 컴파일 타임에 지킬 것인가, 런타임에 지울 것인가?", null],
      // (a day's summary of listed questions keeps them; "최종 일관성" is a topic's name, not a summary)
      [27, "qa", "제네릭 타입은 런타임에 남나요?", null],
      [29, "qa", "와일드카드는 언제 쓰나요?", null],
      [32, "qa", "최종 일관성 정리에 대해 설명해 주세요.", null],
    ]);
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, '건너뛴 부분: "🧭 오늘의 핵심 한 줄" (질문이 아닌 안내·목차·규칙)'],
      [11, '건너뛴 부분: "🧩 최종 면접용 요약" (질문이 아닌 안내·목차·규칙)'],
      [15, '건너뛴 부분: "✅ 오늘 반드시 기억할 문장" (질문이 아닌 안내·목차·규칙)'],
    ]);
  });
});
