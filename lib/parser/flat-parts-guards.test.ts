/** A second reader's notes against this round's rules (flat-parts.test.ts): where each must not fire. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards, parseNote as parse } from "@/test/helpers/parse-fixture";


describe("'면접 포인트' over points to make", () => {
  it("stays in the answer it sits under, whole", () => {
    const note = ["## 인덱스란 무엇인가요?", "", "검색을 빠르게 하려고 따로 정렬해 둔 자료구조다.", "", "### 면접 포인트", "", "- B+Tree를 쓰는 이유를 디스크 접근과 이어서 말하기", "- 쓰기가 느려지는 단점도 함께 말하기", ""];
    const deck = parse(note);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["인덱스란 무엇인가요?"]);
    expect(deck.cards[0]!.answer).toContain("쓰기가 느려지는 단점도 함께 말하기");
  });

  it("a list mixing questions and points is not read as questions, so no point is lost", () => {
    const note = ["## HashMap", "", "키를 해시해 버킷에 저장하는 자료구조다.", "", "### 면접 포인트", "", "- \"HashMap은 스레드 안전한가요?\" → 아니다.", "- 평균 O(1)이지만 충돌이 몰리면 느려진다고 말하기", ""];
    expect(JSON.stringify(parse(note).cards.map((c) => c.answer))).toContain("충돌이 몰리면 느려진다고 말하기");
  });
});

describe("comparisons and requests for more detail that ask on their own", () => {
  it("'A와 B와의 차이' names both sides: a question of its own", () => {
    expect(cards(["### JVM의 구조를 설명해주세요.", "", "클래스 로더, 런타임 데이터 영역, 실행 엔진으로 이루어진다.", "", "### 추상 클래스와 인터페이스와의 차이는 무엇인가요?", "", "추상 클래스는 하나만 상속하고, 인터페이스는 여럿 구현할 수 있다.", ""]).map((c) => c[1])).toEqual(["qa", "qa"]);
  });

  it("a comparison asked inside an explanation is the writer's own rhetoric", () => {
    const deck = parse(["# HashMap", "", "키를 해시 함수로 바꾸어 버킷에 저장하는 자료구조이다.", "", "Hashtable과의 차이는 무엇일까? Hashtable은 모든 메서드가 동기화되어 느리다.", "", "충돌이 나면 같은 버킷 안에서 연결 리스트로 잇는다.", ""]);
    expect(deck.cards.map((c) => c.kind)).toEqual(["qa"]);
  });

  it("more detail about a new subject is a new question", () => {
    expect(cards(["### 프로세스와 스레드의 차이는?", "", "스레드는 프로세스의 힙을 나누어 쓴다.", "", "### 이벤트 루프에 대해 더 자세히 설명해 주세요.", "", "콜 스택이 비면 태스크 큐에서 콜백을 꺼내 실행한다.", ""]).map((c) => c[1])).toEqual(["qa", "qa"]);
  });

  it("a second side compared follows the question that named both, not the first side", () => {
    expect(cards(["### 쿠키와 세션의 차이는 뭔가요?", "", "쿠키는 브라우저에, 세션은 서버에 상태를 둔다.", "", "### 로컬 스토리지와의 차이는?", "", "로컬 스토리지는 서버로 보내지지 않는다.", "", "### JWT와의 차이점이 있다면?", "", "JWT는 서버에 저장하지 않고 토큰에 정보를 담는다.", ""])).toEqual([
      [1, "qa", "쿠키와 세션의 차이는 뭔가요?", null],
      [5, "followup", "로컬 스토리지와의 차이는?", 1],
      [9, "followup", "JWT와의 차이점이 있다면?", 1],
    ]);
  });
});

describe("parts written flat", () => {
  it("a comparison or summary after the parts is of everything before, not of the last topic", () => {
    const note = [
      "## 연결 관리", "",
      "### 3-Way Handshake", "", "연결을 여는 절차이다.", "", "### 과정", "", "1. SYN을 보낸다.", "2. SYN+ACK를 받는다.", "3. ACK를 보낸다.", "",
      "### 4-Way Handshake", "", "연결을 닫는 절차이다.", "", "### 과정", "", "1. FIN을 보낸다.", "2. ACK를 받는다.", "3. FIN을 받는다.", "4. ACK를 보낸다.", "",
      "### 차이점", "", "3-way는 여는 절차이고 4-way는 닫는 절차라서 닫을 때는 한쪽이 아직 보낼 데이터가 남을 수 있다.", "",
    ];
    expect(cards(note).map((c) => c[2])).toContain("연결 관리의 차이점에 대해 설명해 주세요.");
  });

  it("a one-letter name counts as a word of its own, and one topic alone must open the question", () => {
    expect(cards(["# 스택 & 큐에 대해서 설명해주세요.", "", "# 스택(Stack)", "", "- 나중에 넣은 것을 먼저 꺼낸다.", "", "# 큐(Queue)", "", "- 먼저 넣은 것을 먼저 꺼낸다.", ""]).map((c) => c[2])).toEqual(["스택 & 큐에 대해서 설명해주세요."]);
    const lru = cards(["# LRU 캐시를 어떻게 구현하나요?", "", "# 캐시", "", "자주 쓰는 데이터를 빠른 저장소에 복사해 두고 다시 쓰는 기법이다.", ""]);
    expect(lru.map((c) => c[2])).toEqual(["캐시에 대해 설명해 주세요."]);
  });
});

describe("labels and marks", () => {
  it("'기본 질문:' over a note, not a question, stays a label", () => {
    const deck = parse(["## Redis", "", "**기본 질문:** (스터디원 공통)", "", "1. Redis가 싱글 스레드인데도 빠른 이유는?", "   - 메모리에서 동작하고 I/O 멀티플렉싱을 쓰기 때문이다.", "2. Redis 영속성 방식은?", "   - RDB 스냅샷과 AOF 로그가 있다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).not.toContain("(스터디원 공통)에 대해 설명해 주세요.");
    expect(deck.cards.map((c) => c.prompt)).toContain("Redis 영속성 방식은?");
  });

  it("'🎯 공통 질문:' before a question is dropped from the prompt", () => {
    expect(cards(["## 🎯 공통 질문: 브라우저와 서버는 어떻게 통신하나요?", "", "DNS로 IP를 찾고 TCP로 연결한 뒤 HTTP로 주고받는다.", ""]).map((c) => c[2])).toEqual(["브라우저와 서버는 어떻게 통신하나요?"]);
  });

  it("a tag of difficulty after a question leaves its prompt; a gloss glued to a word stays", () => {
    expect(cards(["### Q1. 앱 시작 시간을 줄이는 가장 효과적인 방법은? `[기본 / 빈출]`", "", "시작 때 하지 않아도 되는 초기화를 뒤로 미룬다.", "", "### 원시(기본)형과 참조형의 차이는?", "", "원시형은 값을, 참조형은 주소를 담는다.", ""]).map((c) => c[2])).toEqual(["앱 시작 시간을 줄이는 가장 효과적인 방법은?", "원시(기본)형과 참조형의 차이는?"]);
  });

  it("a check mark under a question that asks for words is no answer", () => {
    const deck = parse(["## 프로세스와 스레드의 차이는?", "", "✅", ""]);
    expect(deck.cards).toEqual([]);
    expect((deck.unanswered ?? []).map((u) => u.prompt)).toEqual(["프로세스와 스레드의 차이는?"]);
  });
});
