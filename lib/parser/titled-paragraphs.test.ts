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
    // (under a title on the first line they are read the same; a note with headings of its own is left as written)
    expect(titledParagraphsAsHeadings(["# 운영체제", "", ...NOTE].join("\n")).split("\n").filter((l) => l.startsWith("#"))).toEqual(["# 운영체제", "## 프로세스", "## 스레드", "## 컨텍스트 스위칭"]);
    expect(titledParagraphsAsHeadings(["---", "title: 운영체제", "---", "", ...NOTE].join("\n")).split("\n").filter((l) => l.startsWith("##"))).toHaveLength(3);
    expect(titledParagraphsAsHeadings(["# 운영체제", "", ...NOTE, "## 더 보기", "링크 모음", ""].join("\n"))).toBe(["# 운영체제", "", ...NOTE, "## 더 보기", "링크 모음", ""].join("\n"));
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

describe("plain-text notes that are no topics (a second reader's notes)", () => {
  const headings = (lines: string[]) => titledParagraphsAsHeadings(lines.join("\n")).split("\n").filter((l) => l.startsWith("## "));

  it("a bullet outline, a glossary followed by questions and a retrospective are left as written", () => {
    expect(headings(["- 프로세스", "  - 실행 중인 프로그램이다.", "", "- 스레드", "  - 실행 흐름의 단위다.", "", "- 힙", "  - 동적으로 할당되는 영역이다.", ""])).toEqual([]);
    expect(headings(["트랜잭션", "하나의 작업 단위다.", "", "인덱스", "검색을 빠르게 하는 구조다.", "", "정규화", "중복을 줄이려고 나눈다.", "", "Q. 인덱스를 모든 컬럼에 걸면 안 되는 이유는?", "쓸 때마다 갱신해야 해서 느려진다.", ""])).toEqual([]);
    expect(headings(["Keep", "매일 아침 한 문제씩 풀었다.", "", "Problem", "네트워크 파트를 대충 읽었다.", "", "Try", "발표 전에 서로 모의 면접을 한다.", ""])).toEqual([]);
  });

  it("names ending like particles or sentences ('트리의 높이', '공간 복잡도', '로드 밸런서', 'TCP와 UDP의 차이') are topics", () => {
    expect(headings(["트리의 높이", "루트에서 가장 깊은 리프까지 간선 수다.", "", "공간 복잡도", "실행 중 추가로 필요한 메모리의 양이다.", "", "로드 밸런서", "요청을 여러 서버에 나눠 보낸다.", "", "TCP와 UDP의 차이", "TCP는 연결을 맺고 UDP는 맺지 않는다.", ""])).toEqual(["## 트리의 높이", "## 공간 복잡도", "## 로드 밸런서", "## TCP와 UDP의 차이"]);
  });
});
