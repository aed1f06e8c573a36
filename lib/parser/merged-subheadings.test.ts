/**
 * The import's "merge sub-headings" switch (ParseOptions.mergeSubheadings):
 * a topic's card takes in its leaf noun sub-headings' cards; the cards that
 * stay are the ones the note had with the switch off (ids, kinds, parents),
 * and a part holding anything but its one explained card keeps its topic apart.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

// A note written for this test: a topic over two leaf kinds and a follow-up label, a topic
// whose part has a sub-heading of its own, and a topic with a question sub-heading.
const NOTE = [
  "# 데이터베이스 정리", // 1
  "",
  "## 조인", // 3
  "",
  "두 테이블을 공통 열로 이어 하나의 결과로 만드는 연산이다.",
  "",
  "### INNER JOIN", // 7
  "",
  "양쪽 테이블에 모두 값이 있는 행만 남긴다.",
  "",
  "### LEFT JOIN", // 11
  "",
  "왼쪽 테이블의 행은 모두 남기고, 오른쪽에 짝이 없으면 NULL로 채운다.",
  "",
  "### 꼬리 질문", // 15
  "",
  "- 조인이 느릴 때는 무엇부터 보나요?", // 17
  "  - 조인 열에 인덱스가 있는지, 실행 계획에서 풀 스캔이 일어나는지 본다.",
  "",
  "## 트랜잭션", // 20
  "",
  "하나의 작업 단위로 묶여 모두 반영되거나 모두 취소되는 연산의 묶음이다.",
  "",
  "### 원자성", // 24
  "",
  "전부 반영되거나 전부 취소된다. 중간 상태는 남지 않는다.",
  "",
  "### 격리성", // 28
  "",
  "동시에 실행되는 트랜잭션이 서로의 중간 결과를 보지 못한다.",
  "",
  "#### 격리 수준", // 32
  "",
  "READ COMMITTED, REPEATABLE READ 같은 단계로 격리 정도를 고른다.",
  "",
  "## 인덱스", // 36
  "",
  "검색을 빠르게 하려고 열의 값을 정렬해 따로 둔 자료 구조이다.",
  "",
  "### 인덱스는 언제 쓰면 안 되나요?", // 40
  "",
  "값의 종류가 적은 열이나 쓰기가 아주 잦은 테이블에서는 이득보다 비용이 크다.",
  "",
  "### B+Tree", // 44
  "",
  "리프 노드끼리 연결되어 범위 검색에 유리한 트리이다.",
].join("\n");

const parse = (text: string, mergeSubheadings?: boolean) => parseDeck(text, { path: "db.md", mergeSubheadings });
const shape = (deck: ReturnType<typeof parse>) => {
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null]);
};

describe("merging a topic's sub-headings into its answer", () => {
  it("is off by default: every sub-heading is a card, and the deck counts the ones the switch would fold", () => {
    const deck = parse(NOTE);
    expect(shape(deck).map(([line]) => line)).toEqual([3, 7, 11, 17, 20, 24, 28, 32, 36, 40, 44]);
    // 조인's two kinds and 격리성's 격리 수준 (트랜잭션 and 인덱스 keep theirs)
    expect(deck.mergeableSubheadings).toBe(3);
  });

  it("folds leaf kinds into their topic's card, each under its name, the follow-up still under the topic", () => {
    const deck = parse(NOTE, true);
    expect(shape(deck)).toEqual([
      [3, "qa", "조인에 대해 설명해 주세요.", null],
      [17, "followup", "조인이 느릴 때는 무엇부터 보나요?", 3],
      [20, "qa", "트랜잭션에 대해 설명해 주세요.", null],
      [24, "qa", "원자성에 대해 설명해 주세요.", null],
      [28, "qa", "격리성에 대해 설명해 주세요.", null],
      [36, "qa", "인덱스에 대해 설명해 주세요.", null],
      [40, "followup", "인덱스는 언제 쓰면 안 되나요?", 36],
      [44, "qa", "B+Tree에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[0]!.answer).toBe(
      "두 테이블을 공통 열로 이어 하나의 결과로 만드는 연산이다.\n\n**INNER JOIN**\n\n양쪽 테이블에 모두 값이 있는 행만 남긴다.\n\n**LEFT JOIN**\n\n왼쪽 테이블의 행은 모두 남기고, 오른쪽에 짝이 없으면 NULL로 채운다.",
    );
    expect(deck.cards.find((c) => c.lineStart === 28)!.answer).toBe(
      "동시에 실행되는 트랜잭션이 서로의 중간 결과를 보지 못한다.\n\n**격리 수준**\n\nREAD COMMITTED, REPEATABLE READ 같은 단계로 격리 정도를 고른다.",
    );
    expect(deck.mergeableSubheadings).toBe(0);
  });

  it("keeps the ids the cards that stay had with the switch off", () => {
    const off = new Map(parse(NOTE).cards.map((c) => [c.lineStart, c.id]));
    for (const c of parse(NOTE, true).cards) expect(c.id).toBe(off.get(c.lineStart));
  });

  it("never merges into the note's title, a question, or a bare anchor heading", () => {
    const titleOverParts = ["# 해시 테이블", "", "키를 해시 함수로 바꿔 배열의 칸을 찾는 자료 구조이다.", "", "## 체이닝", "", "같은 칸에 온 값들을 연결 리스트로 잇는다.", "", "## 개방 주소법", "", "비어 있는 다른 칸을 찾아 넣는다."].join("\n");
    expect(shape(parse(titleOverParts, true))).toEqual(shape(parse(titleOverParts)));
    const questionOverParts = ["## 쿠키란?", "", "브라우저가 저장해 두었다가 요청마다 보내는 작은 데이터이다.", "", "### 구성 요소", "", "이름, 값, 만료 시각, 도메인, 경로로 이루어진다.", "", "### 동작 방식", "", "서버가 Set-Cookie 헤더로 보내면 브라우저가 저장한다."].join("\n");
    expect(parse(questionOverParts).mergeableSubheadings).toBe(0);
    expect(shape(parse(questionOverParts, true))).toEqual(shape(parse(questionOverParts)));
    const anchor = ["## #2-1", "", "#### 버블 정렬", "", "이웃한 두 값을 비교해 자리를 바꾸며 큰 값을 뒤로 보낸다."].join("\n");
    expect(shape(parse(anchor, true))).toEqual(shape(parse(anchor)));
  });

  // Notes written for this test, after a second reader's: what the switch must leave alone.
  const LEFT_ALONE: Record<string, string[]> = {
    "a part holding a follow-up label": ["## 빈 스코프", "", "스프링이 빈을 만들고 유지하는 범위이다.", "", "### 싱글톤", "", "컨테이너에 하나만 만들어 모두가 나눠 쓴다.", "", "**꼬리 질문**", "", "- 싱글톤 빈은 스레드에 안전한가요?", "  - 상태를 가지면 안전하지 않다.", "", "### 프로토타입", "", "요청할 때마다 새로 만든다."],
    "a part holding numbered questions": ["## 전송 계층", "", "프로세스 사이의 통신을 맡는 계층이다.", "", "### TCP", "", "연결을 맺고 순서와 전달을 보장한다.", "", "1. 3-way handshake 과정은?", "   SYN, SYN-ACK, ACK를 주고받는다.", "", "### UDP", "", "연결 없이 데이터그램을 보낸다."],
    "a part asking in a fold": ["## 정렬", "", "값을 정해진 순서로 늘어놓는 알고리즘이다.", "", "### 힙 정렬", "", "<details><summary>힙 정렬은 안정 정렬인가요?</summary>", "", "아니다. 같은 값의 순서가 바뀔 수 있다.", "", "</details>", "", "### 병합 정렬", "", "반으로 나누어 정렬한 뒤 합친다."],
    "a topic with no text of its own": ["## 1주차", "", "### 프로세스", "", "실행 중인 프로그램의 인스턴스이다.", "", "### 스레드", "", "프로세스 안에서 실행 흐름의 단위이다."],
    "a topic whose answer goes on after its parts": ["## 정규화", "", "중복을 줄이려고 테이블을 나누는 과정이다.", "", "### 제1정규형", "", "모든 값이 더 나눌 수 없는 값이다.", "", "### 제2정규형", "", "부분 함수 종속을 없앤다.", "", "### 결론", "", "정규화는 중복을 줄이지만 조인이 늘어 조회가 느려질 수 있다."],
    "a part holding an unanswered question": ["## DNS", "", "도메인 이름을 IP 주소로 바꾸는 시스템이다.", "", "### 재귀 질의", "", "리졸버가 끝까지 찾아 최종 답만 돌려준다.", "", "**재귀 질의와 반복 질의는 누가 일을 더 하나요?**", "", "### 반복 질의", "", "각 서버가 다음에 물을 서버를 알려 준다."],
    "parts asked as written": ["## 캐시 제어", "", "응답을 어디에 얼마나 저장할지 헤더로 정한다.", "", "### no-cache vs no-store", "", "앞은 저장하되 매번 검증하고, 뒤는 아예 저장하지 않는다.", "", "### ETag 쓰는 이유", "", "내용이 바뀌었는지 작은 값으로 확인해 본문 전송을 아낀다."],
    "parts that ask as noun phrases": ["## 프로세스 관리", "", "운영체제가 프로세스를 만들고 없애고 번갈아 실행하는 일이다.", "", "### 프로세스와 스레드의 차이", "", "프로세스는 주소 공간을 따로 갖고 스레드는 나눠 쓴다.", "", "### 문맥 교환", "", "실행 중인 프로세스의 상태를 저장하고 다른 프로세스의 상태를 불러온다."],
  };

  it.each(Object.entries(LEFT_ALONE))("leaves %s as it was", (_, lines) => {
    const text = lines.join("\n");
    expect(parse(text).mergeableSubheadings).toBe(0);
    expect(parse(text, true).cards).toEqual(parse(text).cards);
  });

  it("merges a one-syllable topic, and counts exactly the cards it folds", () => {
    const text = ["## 힙", "", "부모가 자식보다 항상 크거나 작은 완전 이진 트리이다.", "", "### 삽입", "", "맨 끝에 넣고 부모와 비교하며 올라간다.", "", "### 삭제", "", "루트를 꺼내고 맨 끝 값을 올린 뒤 내려가며 자리를 찾는다."].join("\n");
    const off = parse(text);
    const on = parse(text, true);
    expect(on.cards.map((c) => c.prompt)).toEqual(["힙에 대해 설명해 주세요."]);
    expect(off.mergeableSubheadings).toBe(off.cards.length - on.cards.length);
  });

  it("keeps every other card's id when a heading repeats, and gives a part's follow-ups from the note's words to the topic", () => {
    const text = [
      "## 캐시", // 1
      "",
      "자주 쓰는 데이터를 가까운 곳에 두는 저장소이다.",
      "",
      "### 쓰기 정책", // 5
      "",
      "쓰기를 캐시와 메모리에 언제 반영할지 정한다.",
      "",
      "## 캐시", // 9
      "",
      "브라우저도 응답을 저장해 두었다가 다시 쓴다.",
      "",
      "### 쓰기 정책", // 13
      "",
      "브라우저 캐시는 서버가 보낸 헤더를 따른다.",
      "",
      "### 캐시를 비우려면 어떻게 하나요?", // 17
      "",
      "주소에 버전을 붙여 새 자원으로 받게 한다.",
      "",
      "## 꼬리 질문", // 21
      "",
      "- 쓰기 정책 가운데 write-back은 언제 메모리에 쓰나요?", // 23
      "  - 캐시 블록이 쫓겨날 때 쓴다.",
    ].join("\n");
    const off = parse(text);
    const on = parse(text, true);
    const offById = new Map(off.cards.map((c) => [c.id, c]));
    for (const c of on.cards) expect([c.lineStart, c.kind]).toEqual([offById.get(c.id)!.lineStart, offById.get(c.id)!.kind]);
    expect(off.mergeableSubheadings).toBe(off.cards.length - on.cards.length);
    const lineOf = (deck: typeof on, id?: string) => deck.cards.find((c) => c.id === id)?.lineStart;
    const followup = (deck: typeof on) => deck.cards.find((c) => c.lineStart === 23)!;
    expect(lineOf(off, followup(off).parentId)).toBe(5);
    expect(lineOf(on, followup(on).parentId)).toBe(1);
  });
});
