/** A study's chain of questions numbered under one number ("5-1.", "5-2.", …). Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const cards = (lines: string[]) => {
  const deck = parseDeck(lines.join("\n"), { path: "note.md" });
  return deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? deck.cards.find((p) => p.id === c.parentId)?.lineStart : null]);
};
const fold = (summary: string, answer: string) => [`<details><summary>${summary}</summary>`, "", answer, "", "</details>", ""];

describe("questions numbered N-1, N-2, …", () => {
  it("the first asks, the others follow it up, and the next number starts a new chain", () => {
    expect(cards(["# 스터디", "", "## 5번 질의", "", ...fold("5-1. 인덱스가 무엇인지 설명해 주세요.", "검색을 빠르게 하는 자료구조다."), ...fold("5-2. 수정이 잦은 테이블에는 왜 권하지 않나요?", "쓸 때마다 트리를 고쳐야 해서다."), "## 9번 질의", "", ...fold("9-1. 조인이 무엇인지 설명해 주세요.", "두 테이블을 키로 잇는 연산이다."), ...fold("9-2. 조인은 어떻게 구현되나요?", "중첩 루프, 해시, 정렬 병합이 있다.")])).toEqual([
      [5, "qa", null],
      [11, "followup", 5],
      [19, "qa", null],
      [25, "followup", 19],
    ]);
  });

  it("'N-2' with no 'N-1' before it stays a question, as do plain numbered questions", () => {
    expect(cards(["# 스터디", "", ...fold("3-2. 캐시 무효화는 왜 어렵나요?", "여러 곳의 사본을 동시에 맞춰야 해서다."), ...fold("4. 캐시 스탬피드란?", "만료 순간 요청이 DB로 몰리는 현상이다.")]).map((c) => c[1])).toEqual(["qa", "qa"]);
  });
});

describe("numbers that are no chain (a second reader's notes)", () => {
  const prompts = (lines: string[]) => cards(lines).map((c) => c[1]);

  it("under a part numbered as an outline ('## 1. 네트워크'), 1-1 and 1-2 are its members, each a question", () => {
    expect(prompts(["# 신입 백엔드 면접 질문 모음", "", "## 1. 네트워크", "", "### 1-1. TCP와 UDP의 차이를 설명해 주세요.", "", "TCP는 연결 지향이고 신뢰성을 보장하며, UDP는 비연결형이라 빠르지만 손실이 날 수 있습니다.", "", "### 1-2. HTTPS는 어떻게 보안을 보장하나요?", "", "TLS 핸드셰이크로 대칭키를 안전하게 교환한 뒤 그 키로 데이터를 암호화합니다.", "", "### 1-3. 브라우저에 URL을 입력하면 어떤 일이 일어나나요?", "", "DNS 조회, TCP 연결, TLS 핸드셰이크, HTTP 요청과 응답, 렌더링 순으로 진행됩니다.", "", "## 2. 데이터베이스", "", "### 2-1. 인덱스는 왜 빠른가요?", "", "B+트리로 정렬된 구조라 전체를 훑지 않고 로그 시간에 위치를 찾을 수 있습니다.", "", "### 2-2. 트랜잭션 격리 수준을 설명해 주세요.", "", "READ UNCOMMITTED부터 SERIALIZABLE까지 네 단계가 있고, 높을수록 정합성은 좋지만 동시성은 떨어집니다.", ""])).toEqual(["qa", "qa", "qa", "qa", "qa"]);
  });

  it("topics numbered so in a textbook's outline or a log are no questions to chain", () => {
    expect(prompts(["# 강의 정리", "", "## 첫째 주", "", "### 3-1. 네트워크 복습", "", "OSI 7계층과 TCP/IP 4계층을 대응시켜 정리하고, 계층마다 대표 프로토콜을 외웠다.", "", "### 3-2. 면접 후기", "", "레디스를 왜 썼는지, 캐시 만료 정책을 어떻게 정했는지 물어봐서 TTL과 LRU를 같이 쓴 이유를 말했다.", ""])).toEqual(["qa", "qa"]);
  });

  it("a chain marked 'Q' under its question's own heading ('## Q1 MSA') asks in noun phrases too; elsewhere, or unmarked, such a phrase is a topic", () => {
    // (blind labels: "### Q1-1. …의 차이" then "### Q1-2. 언제 …?" and "### Q1-3. …의 장점" under "## Q1 MSA": the first and its follow-ups)
    const chain = (mark: string) => cards(["# 면접 질문", "", `## ${mark || "1주차 "}${mark ? "1 " : ""}MSA`, "", `### ${mark}1-1. MSA와 모놀리틱의 차이`, "", "배포 단위가 서비스 하나냐 전체냐가 다르다.", "", `### ${mark}1-2. 언제 MSA로 전환해야 하는가?`, "", "팀이 커져 배포가 서로 막힐 때다.", "", `### ${mark}1-3. MSA의 장점`, "", "서비스마다 따로 배포하고 늘릴 수 있다.", ""]);
    expect(chain("Q")).toEqual([[5, "qa", null], [9, "followup", 5], [13, "followup", 5]]);
    // (unmarked, "1-3. MSA의 장점" is a topic of its own; "1-2. 언제 …?" still follows what it names, by its words, not its number)
    expect(chain("")).toEqual([[5, "qa", null], [9, "followup", 5], [13, "qa", null]]);
    // (…and marked under a heading that is no question 1, "## DB", "Q1-1. 인덱스를 쓰는 이유" is a question of its own, as before)
    expect(cards(["## DB", "", "### Q1-1. 인덱스를 쓰는 이유", "", "필요한 행만 빠르게 찾으려고.", "", "### Q1-2. 정규화란 무엇인가요?", "", "중복을 줄이려고 테이블을 나누는 과정이다.", ""])).toEqual([[3, "qa", null], [7, "qa", null]]);
  });

  it("'Q5-1 …' and a fold whose summary sits on the next line chain", () => {
    expect(cards(["# 자바", "", "## 5주차", "", "### Q5-1 JVM의 메모리 구조를 설명해 주세요", "", "메서드 영역, 힙, 스택으로 나뉜다.", "", "### Q5-2 그중 GC가 일어나는 곳은 어디인가요?", "", "힙 영역이다.", ""])).toEqual([[5, "qa", null], [9, "followup", 5]]);
    expect(cards(["# OS", "", "## 4번 주제", "", "<details>", "<summary>4-1. 뮤텍스와 세마포어의 차이는 무엇인가요?</summary>", "", "뮤텍스는 하나만, 세마포어는 정해진 개수만 들어간다.", "", "</details>", "", "<details>", "  <summary>", "    4-2. 스핀락은 언제 쓰나요?", "  </summary>", "", "잠금을 짧게 잡을 때 바쁜 대기가 더 싸다.", "", "</details>", ""]).map((c) => c[1])).toEqual(["qa", "followup"]);
  });
});
