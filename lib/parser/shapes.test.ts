/**
 * Note shapes the open corpus has few of, in fixture notes written for these
 * tests (lib/parser/fixtures): follow-up sections in several dresses,
 * question tables, nested <details>, reveal labels, sibling Q/A headings,
 * procedures, and sections that are not questions.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import type { ParsedDeck } from "./types";

const parse = (name: string) => parseDeck(readFileSync(path.join(__dirname, "fixtures", name), "utf8"), { path: name });

/** [line, kind, prompt, parent's line] per card: the deck as a reader sees it. */
function outline(deck: ParsedDeck): [number, string, string, number | null][] {
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null]);
}

describe("parseDeck on note shapes", () => {
  it("types follow-ups in every dress with the right parent", () => {
    const deck = parse("followup-sections.md");
    expect(outline(deck)).toEqual([
      [5, "script", "캐시 지역성에 대해 설명해 주세요.", null],
      [9, "followup", "시간 지역성의 예를 들어 주세요.", 5],
      [11, "followup", "공간 지역성은 배열 순회와 어떤 관계인가요?", 5],
      [16, "script", "캐시 교체 정책에 대해 설명해 주세요.", null],
      [20, "followup", "LRU를 하드웨어에서 정확히 구현하기 어려운 이유는?", 16],
      [26, "followup", "쓰기 정책은 어떻게 나뉘나요?", 16],
      [30, "followup", "dirty bit는 왜 필요한가요?", 16],
      [34, "qa", "캐시 일관성에 대해 설명해 주세요.", null],
      [38, "followup", "MESI 프로토콜의 네 상태는 무엇인가요?", 34],
    ]);
    expect(deck.unanswered).toEqual([]);
  });

  it("reads a question table as one card per row, follow-ups in a follow-up section, unanswered without an answer column", () => {
    const deck = parse("question-table.md");
    expect(outline(deck)).toEqual([
      [7, "qa", "HTTP는 상태를 가지나요?", null],
      [8, "qa", "쿠키는 왜 필요한가요?", null],
      // a follow-up of a topic made only of question rows follows the row it shares words with (쿠키), not just the first row
      [14, "followup", "세션과 쿠키의 차이는?", 8],
    ]);
    expect(deck.cards[1]!.answer).toBe("상태가 없는 HTTP 위에서 사용자를 기억하기 위해서입니다.");
    expect(deck.unanswered).toEqual([
      { line: 20, prompt: "HTTP/3는 왜 UDP를 쓰나요?" },
      { line: 21, prompt: "keep-alive는 언제 끊기나요?" },
    ]);
  });

  it("makes nested <details> follow-ups and a summary over a question list unanswered questions", () => {
    const deck = parse("nested-details.md");
    expect(outline(deck)).toEqual([
      [3, "qa", "프로세스와 스레드의 차이를 설명해 주세요.", null],
      [8, "followup", "스레드끼리 공유하지 않는 것은 무엇인가요?", 3],
    ]);
    expect(deck.cards[0]!.answer).toBe("프로세스는 독립된 주소 공간을 가지고, 스레드는 한 프로세스 안에서 주소 공간을 나눠 씁니다.");
    expect(deck.unanswered!.map((u) => [u.line, u.prompt])).toEqual([
      [20, "페이지 폴트는 언제 일어나나요?"],
      [21, "스와핑은 왜 느린가요?"],
    ]);
  });

  it("gives a reveal label's answer to the question before it (heading, list item, Q. line)", () => {
    const deck = parse("reveal-labels.md");
    expect(outline(deck)).toEqual([
      [3, "qa", "다음 코드는 무엇을 출력할까요?", null],
      [17, "qa", "호이스팅이란 무엇인가요?", null],
      [26, "qa", "클로저는 언제 만들어지나요?", null],
    ]);
    expect(deck.cards[0]!.answer).toContain('"object"가 출력됩니다.');
    expect(deck.cards.map((c) => c.prompt).join(" ")).not.toMatch(/정답|답변 보기|Answer/);
  });

  it("pairs sibling question/answer headings and makes a procedure question a steps card", () => {
    const deck = parse("sibling-qa.md");
    expect(outline(deck)).toEqual([
      [5, "qa", "인덱스를 많이 만들면 어떤 문제가 생기나요?", null],
      [11, "qa", "트랜잭션 격리 수준이 필요한 이유는?", null],
      [21, "steps", "정규화 과정을 설명해 주세요.", null],
    ]);
    expect(deck.cards[1]!.answer).toContain("### 예시");
    expect(deck.cards[2]!.steps).toEqual(["제1정규형: 모든 값을 원자값으로 만듭니다.", "제2정규형: 부분 함수 종속을 없앱니다.", "제3정규형: 이행 함수 종속을 없앱니다."]);
    expect(deck.unanswered).toEqual([]);
  });

  it("skips tables of contents, study rules and contributor lists with a warning each, and keeps key points in the answer", () => {
    const deck = parse("junk-sections.md");
    expect(outline(deck)).toEqual([[14, "script", "스택에 대해 설명해 주세요.", null]]);
    expect(deck.cards[0]!.answer).toContain("핵심: LIFO, 호출 스택");
    expect(deck.warnings.map((w) => w.line)).toEqual([3, 8, 18]);
  });
});

describe("practice prompts", () => {
  it("are off by default; on request every unanswered question becomes a card with no model answer", () => {
    const name = "question-table.md";
    const text = readFileSync(path.join(__dirname, "fixtures", name), "utf8");
    const plain = parseDeck(text, { path: name });
    const practice = parseDeck(text, { path: name, practicePrompts: true });
    expect(practice.cards.filter((c) => !plain.cards.some((p) => p.id === c.id)).map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [20, "qa", "HTTP/3는 왜 UDP를 쓰나요?", ""],
      [21, "qa", "keep-alive는 언제 끊기나요?", ""],
    ]);
    // the answered cards are exactly those of a plain parse
    expect(practice.cards.filter((c) => c.answer !== "")).toEqual(plain.cards);
    expect(practice.unanswered).toEqual(plain.unanswered);
    expect(parseDeck(text, { path: name, practicePrompts: true }).cards.map((c) => c.id)).toEqual(practice.cards.map((c) => c.id));
  });

  it("lists skipped sections with their lines", () => {
    const deck = parse("junk-sections.md");
    expect(deck.skipped).toEqual([
      { line: 3, heading: "목차" },
      { line: 8, heading: "스터디 규칙" },
      { line: 18, heading: "Contributors" },
    ]);
  });
});
