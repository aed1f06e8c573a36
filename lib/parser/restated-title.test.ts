/**
 * A note titled by a question and asked again by the first heading under it
 * ("## 🌐 DNS란?" over "#### DNS란 무엇인가요?"): the title names the note. The
 * restated question is the card, and the sections after it are the note's own
 * topics, not parts of the title's answer (two blind-set notes had made the
 * title a card whose answer swallowed every topic, its restatement a follow-up
 * of it). A title over a question on another subject keeps its card.
 * Fixtures written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("a title asked again right under it", () => {
  it("is the note's name: the restated question and the topics after it are the cards", () => {
    expect(parseFixture("restated-title.md").cards).toEqual([
      [3, "qa", "DNS란 무엇인가요?", null],
      [7, "qa", "재귀 질의에 대해 설명해 주세요.", null],
      [11, "qa", "DNS 캐시에 대해 설명해 주세요.", null],
    ]);
  });

  it("keeps its card over a question about something else", () => {
    expect(parseFixture("title-over-other-question.md").cards).toEqual([
      [1, "qa", "DNS란?", null],
      [5, "followup", "DNS 서버의 종류는 무엇인가요?", 1],
    ]);
  });
});

describe("a restated title's words of its own", () => {
  it("are named in a warning, not dropped unseen", () => {
    const deck = parseNote([
      "# 데드락이란?",
      "",
      "서로의 자원을 기다리다 모두 멈추는 일이다. 면접에서는 조건과 해결책을 이어서 묻는다.",
      "",
      "## 데드락이란?",
      "",
      "둘 이상의 프로세스가 서로 상대의 자원을 기다리며 멈춘 상태입니다.",
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["데드락이란?"]);
    expect(deck.warnings).toEqual([{ line: 3, message: '건너뛴 부분: "데드락이란?" 아래의 글 (같은 질문이 바로 아래 다시 나와 그 답을 카드로 삼았습니다)' }]);
  });
});

describe("a title that asks behind a field's tag", () => {
  const NOTE = [
    "## [Network]로드 밸런서에 대해 설명해주세요", // 1
    "",
    "### 로드 밸런서에 대해 설명해주세요.", // 3
    "",
    "들어오는 요청을 여러 서버에 나눠 보내 한 서버에 몰리지 않게 하는 장치입니다.",
    "",
    "### 분산 알고리즘", // 7
    "",
    "라운드 로빈, 최소 연결, IP 해시처럼 요청을 보낼 서버를 고르는 규칙입니다.",
  ];

  it("(\"[Network]로드 밸런서…\", the tag written without a space) is asked again by the same request under it: the restatement is the card, the tag is no part of any prompt", () => {
    expect(parseNote(NOTE).cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [3, "qa", "로드 밸런서에 대해 설명해주세요."],
      [7, "qa", "분산 알고리즘에 대해 설명해 주세요."],
    ]);
  });

  it("keeps its tag out of its own prompt when nothing restates it", () => {
    expect(parseNote([NOTE[0]!, "", NOTE[4]!]).cards.map((c) => c.prompt)).toEqual(["로드 밸런서에 대해 설명해주세요"]);
  });
});

describe("a question heading asked again word for word right under it, below the note's title", () => {
  it("is answered by what its restatement says, one card, as before (only the heading that opens an untitled note names the note)", () => {
    const note = ["# 자바 면접 대비", "", "## JVM의 메모리 구조에 대해 설명해주세요", "", "### JVM의 메모리 구조에 대해 설명해주세요.", "", "메서드 영역, 힙, 스택, PC 레지스터, 네이티브 메서드 스택으로 나뉩니다.", "", "### 힙 영역", "", "new로 만든 객체가 저장되고 GC의 대상이 됩니다."];
    const deck = parseNote(note);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[3, "qa", "JVM의 메모리 구조에 대해 설명해주세요"]]);
    expect(deck.cards[0]!.answer).toContain("네이티브 메서드 스택으로 나뉩니다.");
    expect(deck.cards[0]!.answer).toContain("GC의 대상이 됩니다.");
  });
});
