/**
 * An answer jotted as short points ("데이터를 저장하고 조회하는 데 특화", "관계를
 * 정의하지 않음") is an answer, not an outline: a table of contents lists titles.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const note = [
  "## 키-값 저장소", // 1
  "* 값을 키 하나로 찾음",
  "* 스키마를 정의하지 않음",
  "* 메모리에 두면 매우 빠름",
  "* 범위 검색은 약함",
  "* 예시 Redis, Memcached",
  "",
  "## 웹 소켓과 폴링", // 8
  "* 웹 소켓",
  "  * 연결을 유지하는 양방향 통신",
  "  * 서버가 먼저 보낼 수 있음",
  "* 폴링",
  "  * 클라이언트가 주기적으로 묻는 방식",
  "  * 새 소식이 없어도 요청이 오감",
  "",
  "## 목차", // 16
  "* 키-값 저장소",
  "* 문서 저장소",
  "* 그래프 저장소",
  "* 컬럼 저장소",
  "* 정리",
  "",
].join("\n");

describe("an answer jotted as short points", () => {
  const deck = parseDeck(note, { path: "nosql.md" });

  it("is a card, nested points too; a list of titles is still no answer", () => {
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [1, "키-값 저장소에 대해 설명해 주세요."],
      [8, "웹 소켓과 폴링에 대해 설명해 주세요."],
    ]);
    expect(deck.cards[0]!.answer).toContain("* 스키마를 정의하지 않음");
  });
});

describe("a list of titles", () => {
  it("is no answer: chapter and week markers, collections, and titles that end on the noun they name", () => {
    const lists = [
      ["1주차: 프로세스와 스레드", "2주차: CPU 스케줄링", "3주차: 교착 상태", "4주차: 메모리 관리", "5주차: 파일 시스템"],
      ["운영체제 질문 모음", "네트워크 질문 모음", "데이터베이스 질문 모음", "자료구조 질문 모음", "알고리즘 풀이 모음"],
      ["인덱스를 사용하는 이유", "인덱스를 설계하는 방법", "인덱스를 타지 않는 쿼리", "복합 인덱스를 만드는 기준", "정리"],
    ];
    for (const items of lists) {
      const deck = parseDeck(`## 다루는 내용\n${items.map((i) => `* ${i}`).join("\n")}\n`, { path: "study.md" });
      expect(deck.cards).toEqual([]);
    }
  });
});

describe("an answer label beside a topic's name", () => {
  it("'… 종류 및 설명' heads that topic's card; '개념 및 설명' alone still labels the answer", async () => {
    const { classifyLabel } = await import("./labels");
    expect(classifyLabel("캐시 교체 정책 종류 및 설명")).toBeNull();
    expect(classifyLabel("개념 및 설명")).toBe("script");
    // (label words beside the answer label are still a label: "답변 & 키워드", "키워드 및 설명", "나의 답변 / 모범 답변")
    for (const label of ["답변 & 키워드", "키워드 및 설명", "나의 답변 / 모범 답변", "답변 + 보충 설명"]) expect(classifyLabel(label)).toBe("script");
    const deck = parseDeck("## 캐시 교체 정책 종류 및 설명\n* LRU: 가장 오래 안 쓴 항목을 내보냄\n* LFU: 가장 적게 쓴 항목을 내보냄\n", { path: "면접기출.md" });
    expect(deck.cards.map((c) => [c.prompt, c.answer.startsWith("* LRU")])).toEqual([["캐시 교체 정책 종류 및 설명", true]]);
  });
});

describe("jotted points before a labelled part", () => {
  it("are the topic's answer, beside the part's card, never dropped", () => {
    const note = [
      "#### 1.2 삽입 이상", // 1
      "",
      "##### 개념",
      "- 키가 없어서 **원하는 행을 넣을 수 없는 현상**",
      "- 넣으려면 상관없는 값까지 함께 넣어야 하는 문제",
      "",
      "**이유**", // 7
      "- 기본키의 일부가 비어 있을 수 없기 때문",
      "",
      "#### 1.3 갱신 이상", // 10
      "",
      "##### 개념",
      "- 테이블의 데이터를 바꿀 때 **일부 행만 바뀌는 현상**",
      "- 같은 정보가 여러 행에서 서로 달라지는 문제",
      "",
      "**이유**", // 16
      "- 같은 학생의 학년이 여러 행에 중복 저장되기 때문",
      "",
    ];
    const deck = parseDeck(note.join("\n"), { path: "정규화.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [1, "삽입 이상에 대해 설명해 주세요."],
      [7, "삽입 이상이 필요한 이유는?"],
      [10, "갱신 이상에 대해 설명해 주세요."],
      [16, "갱신 이상이 필요한 이유는?"],
    ]);
    expect(deck.cards[2]!.answer).toContain("같은 정보가 여러 행에서 서로 달라지는 문제");
  });
});
