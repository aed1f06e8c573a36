/**
 * Shapes from the twenty-first round's blind sets, on fixture notes written for
 * these tests: question banks whose headings only number or code their
 * questions, headings dressed with a bullet glyph, a note whose title asks, and
 * a note written as plain topic lines over lists.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixtureUnanswered } from "@/test/helpers/parse-fixture";
import { plainTopicLinesAsHeadings } from "./plain-topic-lines";
import { questionKey } from "./question-key";

describe("question banks", () => {
  it("a heading that is only a code or a number (MQ-001, 7번, #8) asks the line under it; unanswered ones are listed, an answered one is a card, and the title is no empty outline", () => {
    const { deck, cards, unanswered } = parseFixtureUnanswered("question-bank-codes.md");
    expect(cards).toEqual([[22, "qa", "파티션 수는 어떻게 정하나요?", null]]);
    expect(unanswered).toEqual([
      [9, "메시지 큐를 쓰는 이유는 무엇인가요?"],
      [12, "At-least-once와 Exactly-once 전달의 차이를 설명해주세요."],
      [15, "소비자가 느릴 때 생기는 문제는 무엇인가요?"],
      [27, "재처리 중복은 어떻게 막나요?"],
    ]);
    expect(deck.skipped).toEqual([]);
    expect(deck.warnings).toEqual([]);
  });
});

describe("headings dressed with a bullet glyph", () => {
  it("lose the glyph in the prompt, and a prompt made with it asks the same question (a re-import keeps its history)", () => {
    const { cards } = parseFixtureUnanswered("bullet-glyph-headings.md");
    expect(cards).toEqual([
      [3, "qa", "자원 할당 그래프에 대해 설명해 주세요.", null],
      [7, "qa", "교착 상태 회피에 대해 설명해 주세요.", null],
      [11, "qa", "교착 상태 검출에 대해 설명해 주세요.", null],
    ]);
    expect(questionKey("● 자원 할당 그래프에 대해 설명해 주세요.")).toBe(questionKey("자원 할당 그래프에 대해 설명해 주세요."));
  });
});

describe("a note whose title asks", () => {
  it("makes the title a card and names the deck by its front matter, else by its file name", () => {
    const body = "# 프로세스와 스레드의 차이는 무엇인가요?\n\n프로세스는 주소 공간을 따로 가지고 스레드는 그 안에서 나눠 씁니다.\n";
    const plain = parseDeck(body, { path: "notes/os-process.md" });
    expect(plain.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[1, "qa", "프로세스와 스레드의 차이는 무엇인가요?"]]);
    expect(plain.deck.title).toBe("os-process");
    const named = parseDeck(`---\ntitle: 운영체제 1주차\n---\n${body}`, { path: "notes/os-process.md" });
    expect(named.deck.title).toBe("운영체제 1주차");
    // a title that names a topic still names the deck
    expect(parseDeck("# 운영체제\n\n## 프로세스란?\n\n실행 중인 프로그램입니다.\n", { path: "x.md" }).deck.title).toBe("운영체제");
  });
});

describe("a note of plain topic lines", () => {
  it("a short line over a list, three or more times with no sub-heading, is a topic answered by its list; one with nothing under it or only a link to read is a question still to be answered", () => {
    const { cards, unanswered } = parseFixtureUnanswered("plain-topic-lines.md");
    expect(cards).toEqual([
      [3, "qa", "캐시 전략에 대해 설명해 주세요.", null],
      [7, "qa", "커넥션 풀 크기에 대해 설명해 주세요.", null],
      [11, "qa", "멱등성에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([
      [14, "gRPC와 REST 비교에 대해 설명해 주세요."],
      [16, "분산 락에 대해 설명해 주세요."],
    ]);
  });

  it("is read as written when prose outnumbers the lines, or under a part's own sub-headings", () => {
    const prose = "# 메모\n\n캐시는 자주 읽는 데이터를 가까이 둔다. 그래서 빠르다.\n\n정리하면 다음과 같다.\n\n캐시 전략\n- 하나\n\n풀 크기\n- 둘\n\n멱등성\n- 셋\n\n결론적으로 둘 다 중요하다.\n\n마지막으로 하나 더 말하면 비용이다.\n";
    expect(plainTopicLinesAsHeadings(prose)).toBe(prose);
    const deeper = "# 메모\n\n## 캐시\n\n캐시 전략\n- 하나\n\n풀 크기\n- 둘\n\n멱등성\n- 셋\n";
    expect(plainTopicLinesAsHeadings(deeper)).toBe(deeper);
    const code = "# 메모\n\n```\n캐시 전략\n- 하나\n\n풀 크기\n- 둘\n\n멱등성\n- 셋\n```\n";
    expect(plainTopicLinesAsHeadings(code)).toBe(code);
  });
});
