/** Shapes from a round of unseen study-group notes (sets kept outside the repository). Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards } from "@/test/helpers/parse-fixture";
import { parseDeck } from "@/lib/parser";


describe("an empty question heading over the topics it names, written at its own depth", () => {
  const note = [
    "# 스택(Stack) & 큐(Queue)에 대해서 설명해주세요.", "",
    "# 스택(Stack)", "", "- 나중에 넣은 것을 먼저 꺼내는 LIFO 구조다.", "",
    "# 큐(Queue)", "", "- 먼저 넣은 것을 먼저 꺼내는 FIFO 구조다.", "",
    "# 해시 테이블이란?", "", "키를 해시 함수로 버킷 위치로 바꾸어 값을 두는 자료구조다.", "",
  ];

  it("is one card whose answer holds every named topic under its name", () => {
    const deck = parseDeck(note.join("\n"), { path: "note.md" });
    expect(cards(note)).toEqual([
      [1, "qa", "스택(Stack) & 큐(Queue)에 대해서 설명해주세요.", null],
      [11, "qa", "해시 테이블이란?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("# 스택(Stack)\n\n- 나중에 넣은 것을 먼저 꺼내는 LIFO 구조다.\n\n# 큐(Queue)\n\n- 먼저 넣은 것을 먼저 꺼내는 FIFO 구조다.");
    expect(deck.unanswered ?? []).toEqual([]);
  });

  it("names a topic by its gloss, or by every name a comparison sets side by side", () => {
    expect(cards(["# Heap에 대해 설명해주세요", "", "# 힙(Heap)", "", "부모가 자식보다 항상 크거나 작은 완전 이진 트리다.", "", "## 우선순위 큐", "", "힙으로 구현하면 꺼내기가 O(log n)이다.", "", "# 해시 테이블이란?", "", "키를 해시 함수로 버킷 위치로 바꾸어 값을 두는 자료구조다.", ""]).map((c) => c[2])).toEqual(["Heap에 대해 설명해주세요", "해시 테이블이란?"]);
    expect(cards(["# B-Tree & B+Tree 란?", "", "# B-Tree vs B+Tree 비교", "", "B+Tree는 데이터를 리프에만 두고 리프끼리 연결해 범위 검색이 빠르다.", ""]).map((c) => c[2])).toEqual(["B-Tree & B+Tree 란?"]);
  });

  it("a heading it does not name, or one holding questions of its own, is no part of its answer", () => {
    const unnamed = cards(["# 스택에 대해서 설명해주세요.", "", "# 메모리 구조", "", "코드, 데이터, 힙, 스택 영역으로 나뉜다.", "", "# 큐", "", "먼저 넣은 것을 먼저 꺼내는 구조다.", ""]);
    expect(unnamed.map((c) => c[2])).toEqual(["메모리 구조에 대해 설명해 주세요.", "큐에 대해 설명해 주세요."]);
    const asking = cards(["# 스택과 큐에 대해서 설명해주세요.", "", "# 스택", "", "## 스택은 어디에 쓰이나요?", "", "함수 호출과 되돌리기 기록에 쓰인다.", "", "# 큐", "", "먼저 넣은 것을 먼저 꺼내는 구조다.", ""]);
    expect(asking.map((c) => c[2])).toContain("스택은 어디에 쓰이나요?");
  });
});

describe("a named part repeated for topic after topic at their own depth ('### 3-Way Handshake', '### 과정', … '### 4-Way Handshake', '### 과정')", () => {
  const note = [
    "# TCP", "", "## 연결 관리", "",
    "### 3-Way Handshake", "", "데이터를 보내기 전에 양쪽이 세션을 먼저 맺는 절차이다.", "",
    "### 과정", "", "1. 클라이언트가 SYN을 보낸다.", "2. 서버가 SYN-ACK로 답한다.", "3. 클라이언트가 ACK를 보내 연결이 성립한다.", "",
    "### 목적", "", "- 양쪽이 보내고 받을 수 있는지 확인한다.", "- 초기 순서 번호를 맞춘다.", "",
    "### 4-Way Handshake", "", "연결을 끝낼 때 양쪽이 차례로 FIN과 ACK를 주고받으며 세션을 닫는 절차이다.", "",
    "### 과정", "", "1. 클라이언트가 FIN을 보낸다.", "2. 서버가 ACK로 답한다.", "3. 서버가 FIN을 보낸다.", "4. 클라이언트가 ACK를 보낸다.", "",
  ];

  it("belongs to the topic just before it, and so does a facet right after it", () => {
    const deck = parseDeck(note.join("\n"), { path: "note.md" });
    expect(cards(note)).toEqual([
      [5, "qa", "3-Way Handshake에 대해 설명해 주세요.", null],
      [9, "steps", "3-Way Handshake의 과정을 단계별로 설명해 주세요.", null],
      [20, "qa", "4-Way Handshake에 대해 설명해 주세요.", null],
      [24, "steps", "4-Way Handshake의 과정을 단계별로 설명해 주세요.", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("초기 순서 번호를 맞춘다.");
  });

  it("said once, a part stays its parent's ('## TCP' over '### 연결 지향' and '### 과정')", () => {
    const once = ["# 네트워크", "", "## TCP", "", "### 연결 지향", "", "데이터를 보내기 전에 연결을 먼저 맺고 끝나면 닫는다.", "", "### 과정", "", "1. 연결을 맺는다.", "2. 데이터를 보낸다.", "3. 연결을 닫는다.", ""];
    expect(cards(once).map((c) => c[2])).toContain("TCP의 과정을 단계별로 설명해 주세요.");
  });
});

describe("a question that only makes sense after the one before it", () => {
  const note = [
    "### 쿠키와 세션의 차이는 뭔가요?", "", "쿠키는 브라우저에, 세션은 서버에 상태를 둡니다.", "",
    "### 캐시와의 차이는 뭔가요?", "", "캐시는 상태가 아니라 다시 쓸 리소스를 가까이 두어 응답을 빠르게 합니다.", "",
    "### TCP와 UDP의 차이를 설명해주세요", "", "TCP는 연결을 맺고 순서와 도착을 보장하며, UDP는 연결 없이 빠르게 보냅니다.", "",
    "### TCP의 연결 방식에 대해 더 자세하게 설명해주세요", "", "3-way handshake로 연결을 맺고 4-way handshake로 닫습니다.", "",
  ];

  it("leaves one side of a comparison out, or asks for more detail: a follow-up of that question", () => {
    expect(cards(note)).toEqual([
      [1, "qa", "쿠키와 세션의 차이는 뭔가요?", null],
      [5, "followup", "캐시와의 차이는 뭔가요?", 1],
      [9, "qa", "TCP와 UDP의 차이를 설명해주세요", null],
      [13, "followup", "TCP의 연결 방식에 대해 더 자세하게 설명해주세요", 9],
    ]);
  });

  it("asked after a paragraph of the asker's own doubts, 'more detail' asks on its own", () => {
    const own = ["### 힙이란?", "", "부모가 자식보다 항상 크거나 작은 완전 이진 트리입니다.", "", "### 힙과 우선순위 큐가 같은 것인지 헷갈립니다. 둘 다 가장 큰 값을 먼저 꺼내잖아요. 조금 더 자세히 설명해 주실 수 있나요?", "", "우선순위 큐는 추상 자료형이고, 힙은 그것을 구현하는 자료구조 중 하나입니다.", ""];
    expect(cards(own).map((c) => c[1])).toEqual(["qa", "qa"]);
  });
});

describe("'### 면접 포인트' over questions answered after an arrow", () => {
  const note = [
    "## HashMap", "", "키와 값을 해시 테이블에 저장하는 자료구조로, 충돌은 체이닝으로 처리한다.", "",
    "### 면접 포인트", "",
    "* \"HashMap은 스레드 안전한가요?\" → ❌",
    "* \"ConcurrentHashMap은 왜 빠른가요?\" → 버킷 단위의 락과 CAS 덕분.",
    "",
  ];

  it("makes a card of each question, a yes-or-no mark being an answer", () => {
    const deck = parseDeck(note.join("\n"), { path: "note.md" });
    expect(cards(note)).toEqual([
      [1, "qa", "HashMap에 대해 설명해 주세요.", null],
      [7, "qa", "HashMap은 스레드 안전한가요?", null],
      [8, "qa", "ConcurrentHashMap은 왜 빠른가요?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("❌");
  });

  it("points to make, asking nothing, are no questions and are kept as they were", () => {
    const tips = ["## HashMap", "", "키와 값을 해시 테이블에 저장하는 자료구조로, 충돌은 체이닝으로 처리한다.", "", "### 면접 포인트", "", "- 충돌 처리를 체이닝과 개방 주소법으로 나누어 말한다.", "- 버킷이 트리로 바뀌는 조건을 함께 말한다.", ""];
    const deck = parseDeck(tips.join("\n"), { path: "note.md" });
    expect(deck.cards.map((c) => c.kind)).not.toContain("followup");
    expect(JSON.stringify(deck.cards.map((c) => c.answer))).toContain("버킷이 트리로 바뀌는 조건을 함께 말한다.");
  });

  it("a mark alone under a heading that asks nothing is no answer", () => {
    expect(cards(["## 체크리스트", "", "### 정리 완료", "", "✅", ""]).length).toBe(0);
  });
});

describe("facets under '## 정리', a summary of the note", () => {
  it("name the note's topic, never a bare facet or 'the summary's comparison'", () => {
    const note = ["# Context Switching", "", "## PCB", "", "프로세스의 레지스터와 상태를 담아 두는 운영체제의 자료구조다.", "", "## 인터럽트", "", "하드웨어나 타이머가 CPU에 알려 실행 흐름을 바꾸게 하는 신호다.", "", "## 정리", "", "### 비교", "", "- 프로세스 전환은 메모리 주소 공간까지 바꾸어 스레드 전환보다 비싸다.", ""];
    expect(cards(note).map((c) => c[2])).toContain("Context Switching의 비교에 대해 설명해 주세요.");
  });
});
