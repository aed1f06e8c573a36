/**
 * Shapes from blind sets 43 and 44, in a note of our own: questions numbered
 * under a "## Question" label each over its answer, a study's questions
 * jotted as "(1) …" paragraphs, and short notes an author indented by four
 * spaces (which Markdown reads as code) under two sub-headings.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { proseOfIndentedCode } from "./prose-code";
import { parseMarkdown } from "./markdown";

const parse = (lines: string[]) => parseDeck(lines.join("\n"), { path: "note.md" });

describe("jotted questions and indented prose", () => {
  const { deck, cards, unanswered } = parseFixture("jotted-questions-and-indented-prose.md");

  it("cards each listed question with its own answer, each jotted question, and the heading over two short parts", () => {
    expect(cards).toEqual([
      [4, "qa", "HTTP와 HTTPS의 차이를 설명하세요.", null],
      [9, "qa", "keep-alive를 쓰는 이유를 설명하세요.", null],
      [17, "qa", "라우터와 스위치의 차이에 대해 설명해 주세요.", null],
      [21, "qa", "DNS는 왜 UDP를 쓰나?", null],
      [32, "qa", "캐시 서버를 디스크와 메모리 관점에서 설명해 주세요.", null],
      [36, "qa", "연결 수립에 대해 설명해 주세요.", null],
    ]);
  });

  it("keeps each listed question's answer to its own bullets", () => {
    expect(deck.cards.find((c) => c.lineStart === 4)?.answer).toBe("- HTTPS는 TLS로 암호화해 도청과 변조를 막는다.\n- HTTP는 평문으로 오간다.");
  });

  it("answers a jotted question from the line under it, and lists the ones with no answer or only a question under them", () => {
    expect(deck.cards.find((c) => c.lineStart === 21)?.answer).toBe("질의가 작아서 연결을 맺는 비용이 더 크기 때문이다.");
    expect(unanswered).toEqual([
      [24, "NAT 테이블의 크기 제한에 대해 설명해 주세요.", null],
      [26, "로드 밸런서는 세션을 어떻게 유지하나?", null],
      [28, "L4는 어떻게 다르게 동작하나?", null],
    ]);
  });

  it("reads indented notes as prose, folded into the heading above them", () => {
    expect(deck.cards.find((c) => c.lineStart === 36)?.answer).toBe("#### 능동 개방\n\n연결을 먼저 요청하는 쪽\n\n#### 수동 개방\n\n요청을 기다리다 수락하는 쪽");
    expect(deck.warnings.map((w) => w.message).filter((m) => m.includes("코드만"))).toEqual([]);
  });
});

describe("a question among a topic's notes that points back at it", () => {
  it("follows the topic up ('- 이러한 기법이 나온 이유?'), and so does one that asks on its own beside the stated points", () => {
    const deck = parse(["# TCP", "", "## 흐름 제어", "", "- 송신 측과 수신 측의 처리 속도 차이를 맞춘다.", "- 수신 측이 처리할 수 있는 만큼만 보내게 한다.", "- 이러한 기법이 나온 이유?", "  - 수신 버퍼가 넘치면 패킷을 버리게 되기 때문이다.", "- 슬라이딩 윈도우 방식을 주로 쓴다.", "- 윈도우 크기는 누가 정하나요?", "  - 수신 측이 응답에 실어 알린다.", ""]);
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [3, "qa", "흐름 제어에 대해 설명해 주세요.", null],
      [7, "followup", "이러한 기법이 나온 이유?", 3],
      // (raised among points stated in sentences: blind labellers made such questions follow-ups of their topic 5 times of 6)
      [10, "followup", "윈도우 크기는 누가 정하나요?", 3],
    ]);
  });
});

describe("guards around those shapes", () => {
  it("asks as written a question put in plain speech ('…있지 않나')", () => {
    const deck = parse(["# TCP", "", "## 3-way를 2-way로 줄일 수 있지 않나", "", "서로의 시작 번호를 확인하려면 세 번이 필요하다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["3-way를 2-way로 줄일 수 있지 않나"]);
  });

  it("keeps numbered parts that ask nothing in their section's answer", () => {
    const deck = parse(["# 교착 상태", "", "## 발생 조건", "", "(1) 상호 배제", "", "한 자원을 한 프로세스만 쓴다.", "", "(2) 점유 대기", "", "자원을 쥔 채 다른 자원을 기다린다.", "", "(3) 비선점", "", "남의 자원을 빼앗을 수 없다.", ""]);
    // (the generic "발생 조건" asks with the note's topic)
    expect(deck.cards.map((c) => c.prompt)).toEqual(["교착 상태의 발생 조건에 대해 설명해 주세요."]);
  });

  it("reads as prose only indented Korean words with nothing of code, never a fenced block", () => {
    const kindOf = (markdown: string) => proseOfIndentedCode(parseMarkdown(markdown).children[0]!, markdown).type;
    expect(kindOf("    연결을 먼저 요청하는 쪽\n")).toBe("paragraph");
    expect(kindOf("    int[] a = new int[3]; // 크기 3\n")).toBe("code");
    expect(kindOf("    SELECT 이름 FROM 회원\n")).toBe("code");
    expect(kindOf("```\n연결을 먼저 요청하는 쪽\n```\n")).toBe("code");
  });

  it("still reads a table of contents of linked questions as a contents list", () => {
    const deck = parse(["# 목차 노트", "", "## Question", "1. [캐시란?](#cache)", "2. [버퍼란?](#buffer)", "", "## 캐시", "", "자주 쓰는 데이터를 가까이 두는 저장소다.", ""]);
    // (the listed question names the heading it links to: that heading's card asks it)
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[7, "캐시란?"]]);
    expect(deck.unanswered ?? []).toEqual([]);
  });
});

describe("a heading that lists its parts in brackets", () => {
  it("is one card whose answer holds the parts it names ('… (절대 길이/상대 길이)')", () => {
    const deck = parse(["# CSS", "", "## CSS 길이 단위 (절대 길이/상대 길이)", "", "### 절대 길이", "", "px, cm처럼 화면과 무관하게 고정된 길이다.", "", "### 상대 길이", "", "em, rem처럼 다른 요소의 크기를 기준으로 정해지는 길이다.", ""]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[3, "CSS 길이 단위 (절대 길이/상대 길이)에 대해 설명해 주세요."]]);
    expect(deck.cards[0]?.answer).toContain("em, rem처럼");
  });

  it("keeps sub-headings it does not name as topics of their own", () => {
    const deck = parse(["# CSS", "", "## CSS 길이 단위 (절대 길이/상대 길이)", "", "### 절대 길이", "", "px, cm처럼 화면과 무관하게 고정된 길이다.", "", "### 뷰포트 단위", "", "vw, vh처럼 화면 크기를 기준으로 정해지는 길이다.", ""]);
    expect(deck.cards.map((c) => c.lineStart)).toEqual([5, 9]);
  });
});

describe("a question book's heading over the practical question it sets", () => {
  const note = ["# 상태 관리", "", "### Q) 11. What is State and how is it managed?", "", "> Q) 상태가 바뀌면 화면은 어떻게 다시 그려지나요?", "", "상태를 읽는 컴포저블만 다시 실행되어 바뀐 부분만 갱신된다.", "", "> Q) 그럼 상태를 읽지 않는 컴포저블은 어떻게 되나요?", "", "건너뛰어지므로 다시 실행되지 않는다. 입력이 같으면 생략된다.", "", "### Q) 12. Why hoist state?", "", "상태를 끌어올리면 여러 컴포저블이 같은 상태를 공유하고 테스트하기 쉬워진다.", ""];

  it("cards the quoted question with the answer under it, its next quoted question as a follow-up, and lists the heading's own", () => {
    const deck = parse(note);
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [5, "qa", "상태가 바뀌면 화면은 어떻게 다시 그려지나요?", null],
      [9, "followup", "그럼 상태를 읽지 않는 컴포저블은 어떻게 되나요?", 5],
      [13, "qa", "Why hoist state?", null],
    ]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([[3, "What is State and how is it managed?"]]);
  });
});

describe("a topic heading over the interviewer's question quoted as said", () => {
  it("asks the quoted question, answered under its label", () => {
    const deck = parse(["# 포트폴리오", "", "## 1. 재시도 전략 (Lv2)", "", '> "재시도에 Jitter가 왜 필요한가요?"', "", "### 💬 면접 답변", "", "모든 클라이언트가 같은 시점에 재시도하면 서버에 요청이 다시 몰리므로 대기 시간에 무작위 값을 더해 분산합니다.", ""]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[3, "재시도에 Jitter가 왜 필요한가요?"]]);
  });

  it("keeps its heading's prompt for a quote that only cites ('> \"…\" — 어느 책')", () => {
    const deck = parse(["# 인덱스", "", "## 인덱스 설계", "", '> "좋은 인덱스는 읽기와 쓰기의 균형이다" — 어느 책', "", "카디널리티가 높은 컬럼을 앞에 두고, 자주 쓰는 조건을 기준으로 복합 인덱스를 만든다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["인덱스 설계에 대해 설명해 주세요."]);
  });
});

describe("'왜 이런 …?' points back as '그럼 …?' does", () => {
  it("follows up the question heading before it", () => {
    const deck = parse(["# 웹 보안", "", "## CORS란 무엇인가요?", "", "출처가 다른 리소스의 응답을 서버가 허용한 경우에만 읽게 하는 브라우저 정책이다.", "", "## 왜 이런 정책이 필요할까요?", "", "악성 사이트가 쿠키를 실어 다른 사이트의 응답을 읽어 가는 것을 막기 위해서다.", ""]);
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([[3, "qa", null], [7, "followup", 3]]);
  });
});

describe("an underscore inside a word", () => {
  it("stays in a question read from a follow-up section's lines ('TIME_WAIT', 'snake_case')", () => {
    const deck = parse(["# 네트워크", "", "## TCP", "", "TCP는 연결을 맺고 순서와 신뢰성을 보장하는 전송 계층 프로토콜이다.", "", "### 꼬리질문", "", "(1) TIME_WAIT는 왜 필요한가?", "", "늦은 패킷이 새 연결에 섞이지 않도록 기다린다.", "", "> Q: __snake_case__ 이름은 왜 쓰나?", "> 파이썬 관례를 따르기 위해서다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["TCP에 대해 설명해 주세요.", "TIME_WAIT는 왜 필요한가?", "snake_case 이름은 왜 쓰나?"]);
  });
});

describe("a facet named by where it holds", () => {
  it("asks how the topic above is there ('트랜잭션 격리 수준은 MySQL에서 어떤지 …'), and a view taken is explained from it", () => {
    const deck = parse(["# DB", "", "## 트랜잭션 격리 수준", "", "네 단계가 있고 높을수록 이상 현상이 줄지만 동시성이 떨어진다.", "", "### MySQL에서", "", "기본값이 REPEATABLE READ이고 갭 락으로 팬텀 리드를 대부분 막는다.", "", "### 사용자 관점에서", "", "높은 격리 수준은 응답이 느려지는 것으로 느껴진다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["트랜잭션 격리 수준에 대해 설명해 주세요.", "트랜잭션 격리 수준은 MySQL에서 어떤지 설명해 주세요.", "트랜잭션 격리 수준을 사용자 관점에서 설명해 주세요."]);
  });
});
