/** Plain-text notes: topics named on the first line of their paragraphs. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { titledParagraphsAsHeadings } from "./titled-paragraphs";

const NOTE = [
  "프로세스",
  "실행 중인 프로그램으로 운영체제에게 독립된 메모리를 받는다.",
  "",
  "스레드",
  "프로세스 안에서 실행 흐름의 단위이고 힙을 함께 쓴다.",
  "",
  "단점",
  "하나가 메모리를 망가뜨리면 모두가 영향을 받는다.",
  "",
  "컨텍스트 스위칭",
  "CPU 레지스터 -> PCB 저장 -> 다음 프로세스 복원",
  "",
  "스케줄러는 어떤 프로세스를 먼저 돌릴지 정한다.",
  "",
];

describe("plain-text topics", () => {
  it("each paragraph's naming line is a topic, its lines the answer; a facet stays with the topic above", () => {
    const deck = parseDeck(NOTE.join("\n"), { path: "os.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [1, "프로세스에 대해 설명해 주세요."],
      [4, "스레드에 대해 설명해 주세요."],
      [10, "컨텍스트 스위칭에 대해 설명해 주세요."],
    ]);
    expect(deck.cards[1]?.answer).toContain("하나가 메모리를 망가뜨리면");
  });

  it("keeps line numbers and leaves a note with headings, markup lines or too few named paragraphs alone", () => {
    expect(titledParagraphsAsHeadings(NOTE.join("\n")).split("\n")).toHaveLength(NOTE.length);
    expect(titledParagraphsAsHeadings(["# 운영체제", "", ...NOTE].join("\n"))).toBe(["# 운영체제", "", ...NOTE].join("\n"));
    const html = ["<div>질문 모음</div>", "<div>프로세스란 무엇인가요?</div>", "", "<div><br></div><hr>", "<div>답: 실행 중인 프로그램이다.</div>", ""].join("\n");
    expect(titledParagraphsAsHeadings(html)).toBe(html);
    const prose = ["오늘은 운영체제를 공부했다.", "", "프로세스", "실행 중인 프로그램이다.", "", "내일은 네트워크를 볼 예정이다.", "", "메모리 구조도 다시 봐야겠다.", ""].join("\n");
    expect(titledParagraphsAsHeadings(prose)).toBe(prose);
  });

  it("a line opening a sentence ('B트리는') or a numbered item names nothing", () => {
    const text = ["인덱스", "검색을 빠르게 하는 자료구조다.", "", "B트리는", "균형 잡힌 트리다.", "", "1.원자성", "모두 되거나 모두 안 된다.", "", "트랜잭션", "하나의 작업 단위다.", "", "정규화", "중복을 줄이려고 나눈다.", ""].join("\n");
    expect(titledParagraphsAsHeadings(text).split("\n").filter((l) => l.startsWith("## "))).toEqual(["## 인덱스", "## 트랜잭션", "## 정규화"]);
  });
});
