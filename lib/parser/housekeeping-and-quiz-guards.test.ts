/**
 * What this round's housekeeping and quiz rules must leave alone, as a second
 * reader wrote it: a note titled "… 스터디" that holds the notes themselves, a
 * history or version list in an answer, "X란" among questions, numbered points
 * with one in bold under a question that asks nothing to choose, a result table
 * under a question about code, English lead-ins and a fill-in template.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const parse = (lines: string[]) => parseDeck(lines.join("\n"), { path: "guard.md" });
const prompts = (lines: string[]) => parse(lines).cards.map((c) => c.prompt);

describe("housekeeping guards", () => {
  it("keeps a note titled as a study when its text explains a topic or asks questions", () => {
    expect(prompts(["# Docker 스터디", "", "컨테이너는 호스트 커널을 공유하는 격리된 프로세스다. 이미지 저장소에서 받아 브랜치별로 태그를 붙여 쓴다.", ""])).toEqual(["Docker 스터디에 대해 설명해 주세요."]);
    expect(prompts(["# 자료구조 스터디", "", "- 스택과 큐의 차이를 설명해 주세요", "  - 스택은 LIFO, 큐는 FIFO로 꺼낸다.", "  - 면접에서 자주 묻는다.", ""])).toEqual(["스택과 큐의 차이를 설명해 주세요"]);
  });

  it("keeps lists of versions and dated releases in an answer", () => {
    const versions = parse(["# Java", "", "## Java 버전별 변화", "", "- 8: 람다와 스트림", "- 11: HTTP 클라이언트 표준화", "- 17: 봉인 클래스, 레코드", ""]);
    expect(versions.cards.map((c) => c.prompt)).toEqual(["Java 버전별 변화에 대해 설명해 주세요."]);
    const releases = parse(["# Node.js", "", "## LTS 릴리스", "", "- 2019-04-23: Node 12", "- 2020-04-21: Node 14", "- 2021-04-20: Node 16", ""]);
    expect(releases.cards.map((c) => c.prompt)).toEqual(["LTS 릴리스에 대해 설명해 주세요."]);
  });

  it("reads 'X란' among questions as one of them", () => {
    expect(prompts(["# 면접 대비", "", "## 개념", "", "- 네트워크", "  - 세션이란", "    - 서버에 사용자 상태를 저장하는 방식이다.", "  - 쿠키는 어디에 저장되나요?", "    - 브라우저에 저장된다.", ""])).toEqual(expect.arrayContaining(["세션이란", "쿠키는 어디에 저장되나요?"]));
  });
});

describe("quiz guards", () => {
  it("keeps numbered answers that stress one point in bold when no stem asks to choose", () => {
    const deck = parse([
      "# 자바", "", "## 컬렉션", "",
      "- ArrayList와 LinkedList의 차이는?", "    1. ArrayList는 배열 기반이다", "    2. **LinkedList는 삽입·삭제가 빠르다**",
      "- HashMap은 어떻게 동작하나요?", "    1. **키의 해시로 버킷을 고른다**", "    2. 충돌은 체이닝으로 푼다",
      "- equals와 hashCode를 함께 재정의하는 이유는?", "    1. 해시 컬렉션이 hashCode로 먼저 찾는다", "    2. **둘이 어긋나면 같은 객체를 못 찾는다**", "",
    ]);
    expect(deck.cards.map((c) => c.given)).toEqual([undefined, undefined, undefined]);
    expect(deck.cards[0]!.answer).toContain("**LinkedList는 삽입·삭제가 빠르다**");
  });

  it("keeps bulleted answers that stress one point in bold when no stem asks to choose", () => {
    const deck = parse([
      "# 네트워크", "",
      "- TCP는 왜 3-way handshake를 하나요?", "    - 양쪽의 송수신 능력을 확인한다", "    - **초기 순서 번호를 서로 맞춘다**",
      "- HTTP/2는 무엇이 빨라졌나요?", "    - **하나의 연결에서 여러 요청을 동시에 보낸다**", "    - 헤더를 압축한다",
      "- DNS는 어떻게 이름을 찾나요?", "    - **재귀 질의로 로컬 DNS가 대신 찾는다**", "    - 루트부터 차례로 묻는다", "",
    ]);
    expect(deck.cards.map((c) => c.given)).toEqual([undefined, undefined, undefined]);
  });

  it("keeps an open English question's reasons as its answer", () => {
    const deck = parse(["# API", "", "- Which would you choose for a mobile app, REST or gRPC, and why?", "    1. REST is simpler to debug", "    2. **gRPC, because its binary payloads are smaller**", ""]);
    expect(deck.cards[0]!.given).toBeUndefined();
  });

  it("shows a question's code and keeps the result table as its answer", () => {
    const deck = parse(["# SQL", "", "## 아래 쿼리의 결과는?", "", "```sql", "SELECT team, COUNT(*) FROM member GROUP BY team;", "```", "", "| team | count |", "|---|---|", "| A | 2 |", ""]);
    expect(deck.cards[0]!.given).toContain("SELECT team");
    expect(deck.cards[0]!.answer).toContain("| A | 2 |");
  });

  it("reads an English lead-in and a fill-in template as notes, not questions", () => {
    const lead = parse(["# Deadlock", "", "A deadlock is a cycle of processes each waiting on another.", "", "- Its necessary conditions are:", "  - mutual exclusion", "  - hold and wait", "- It can be prevented or avoided.", ""]);
    expect(lead.cards.map((c) => c.prompt)).toEqual(["Deadlock에 대해 설명해 주세요."]);
    const template = parse(["# 자기소개", "", "## 템플릿", "", "- 저는 ____ 를 좋아하는 개발자 ____ 입니다.", "- ____ 프로젝트에서 ____ 문제를 해결했습니다.", ""]);
    expect(template.unanswered).toEqual([]);
  });
});
