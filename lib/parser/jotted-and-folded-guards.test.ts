/**
 * Guards from a second reader's attack on this round's rules (categories over
 * questions, fill-ins, a comparison's conclusion, a study's dress, numbered
 * paragraphs, linked questions under a label, short sub-headings, bracketed
 * parts): each note here but one was read worse by the first version of a
 * rule and is read as before now (the numbered sources pin what the reader
 * asked for: never questions). Notes written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const parse = (lines: string[]) => parseDeck(lines.join("\n"), { path: "note.md" });
const prompts = (lines: string[]) => parse(lines).cards.map((c) => c.prompt);

describe("categories over questions keep the section's card when it names them", () => {
  it("sides named in the section's title ('- 프로세스', '- 스레드' under '## 프로세스와 스레드')", () => {
    expect(prompts(["# 운영체제", "", "## 프로세스와 스레드", "", "- 프로세스", "  - 메모리를 공유하나?", "    - 아니다. 각자 주소 공간을 가진다.", "- 스레드", "  - 메모리를 공유하나?", "    - 힙과 데이터 영역을 공유한다.", ""])[0]).toBe("프로세스와 스레드에 대해 설명해 주세요.");
  });

  it("facets of the section's topic ('- 장점', '- 단점')", () => {
    expect(prompts(["# DB", "", "## 인덱스", "", "- 장점", "  - 왜 조회가 빨라지나?", "    - 정렬된 트리로 범위를 좁힌다.", "- 단점", "  - 쓰기는 왜 느려지나?", "    - 트리도 함께 고쳐야 한다.", ""])[0]).toBe("인덱스에 대해 설명해 주세요.");
  });

  it("beside an explanation of the section's own", () => {
    const deck = parse(["# 웹", "", "## HTTP 캐시", "", "응답을 저장해 두고 다시 쓰는 것.", "", "- 강한 캐시", "  - max-age는 뭔가요?", "    - 묻지 않고 재사용할 시간이다.", "- 약한 캐시", "  - ETag는 어떻게 쓰이나요?", "    - 바뀌지 않았으면 304를 받는다.", ""]);
    expect(deck.cards[0]?.answer).toContain("- 강한 캐시");
  });
});

describe("fill-ins and blanks", () => {
  it("a list of calls written with '( )' is no fill-in", () => {
    expect(prompts(["# 자바", "", "## Thread 메서드", "", "- `start( )`", "  - 새 스레드에서 run을 부른다.", "- `join( )`", "  - 끝날 때까지 기다린다.", ""])).toEqual(["Thread 메서드에 대해 설명해 주세요."]);
  });

  it("a heading's emoji in brackets leaves no blank behind ('데드락 (🔥) 발생 조건')", () => {
    expect(prompts(["# CS", "", "## 데드락 (🔥) 발생 조건", "", "네 가지 조건이 모두 만족되어야 데드락이 발생한다.", ""])).toEqual(["데드락 발생 조건에 대해 설명해 주세요."]);
  });
});

describe("a comparison's conclusion and a study's dress", () => {
  it("a conclusion that only signs off stays out of the comparison, which keeps its card", () => {
    const deck = parse(["# 웹", "", "## 쿠키와 세션의 차이", "", "### 쿠키", "", "브라우저에 저장되어 요청마다 서버로 함께 간다.", "", "### 세션", "", "서버에 상태를 두고 브라우저는 세션 ID만 가진다.", "", "### 결론", "", "이번 글에서 정리해 보았다. 도움이 되었으면 좋겠습니다!", ""]);
    expect(deck.cards.map((c) => c.prompt)).toContain("쿠키와 세션의 차이에 대해 설명해 주세요.");
    expect(deck.cards.every((c) => !c.answer.includes("도움이 되었으면"))).toBe(true);
  });

  it("a history by day is no meeting log, and a deployment's checklist is no study plan", () => {
    expect(prompts(["# 자바", "", "## 자바 버전별 변화", "", "3월 18일 - JDK 8 출시, 람다 도입", "9월 25일 - JDK 11 출시, HTTP Client 포함", "9월 14일 - JDK 17 출시, 레코드 정식 도입", ""])).toEqual(["자바 버전별 변화에 대해 설명해 주세요."]);
    expect(prompts(["# 배포", "", "## 체크리스트", "", "**배포 전**", "- 이전 버전으로 바로 롤백할 수 있다", "- 새 인스턴스 상태를 확인할 수 있다", "", "**배포 후**", "- 에러율 이상을 바로 알 수 있다", ""])).toEqual(["체크리스트에 대해 설명해 주세요."]);
  });
});

describe("questions under a '## 질문' label and linked questions", () => {
  it("one question with its answer, then lists of further questions, is that question's card", () => {
    const deck = parse(["# DB", "", "## 질문", "", "인덱스를 어떻게 설계하나요?", "", "- 카디널리티가 높은 컬럼을 먼저 둔다.", "- 자주 쓰는 조건을 기준으로 잡는다.", "", "꼬리 질문으로 받은 것", "", "- 복합 인덱스에서 순서는 왜 중요한가요?", "- 인덱스가 많으면 무엇이 느려지나요?", "", "추가로 나올 수 있는 것", "", "- 커버링 인덱스란?", "- 인덱스를 타지 않는 경우는?", ""]);
    expect(deck.cards.map((c) => c.prompt)).toContain("인덱스를 어떻게 설계하나요?");
  });

  it("a question linked out to a page to read is a source, not a question of the note", () => {
    const deck = parse(["# JVM", "", "## GC 튜닝", "", "힙 크기와 GC 종류를 서비스에 맞게 고른다. 지연이 중요하면 G1을 쓴다.", "", "- [JVM은 왜 Stop The World가 필요할까?](https://example.com/stw)", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["GC 튜닝에 대해 설명해 주세요."]);
    expect(deck.unanswered ?? []).toEqual([]);
  });
});

describe("numbered paragraphs", () => {
  it("an answer numbering its own steps '(1) (2)' is no new run of questions", () => {
    const deck = parse(["# JVM", "", "## GC 꼬리질문", "", "(1) GC는 어떻게 동작하나요?", "", "(1) Mark: 닿는 객체를 표시한다.", "", "(2) Sweep: 표시되지 않은 객체를 지운다.", "", "(2) Stop The World란?", "", "GC를 위해 스레드가 모두 멈추는 것.", "", "(3) G1의 특징은?", "", "힙을 리전으로 나눠 수집한다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).not.toContain("Sweep: 표시되지 않은 객체를 지운다.에 대해 설명해 주세요.");
    expect(deck.cards.map((c) => c.prompt)).toEqual(["GC 꼬리질문에 대해 설명해 주세요."]);
  });

  it("numbered sources after the questions are never questions", () => {
    const deck = parse(["# 네트워크", "", "## 받은 꼬리질문", "", "(1) HOL 블로킹이란?", "", "앞 요청이 늦으면 뒤 요청도 기다리는 문제.", "", "(2) HTTP/2는 이를 어떻게 푸나?", "", "스트림으로 쪼개 한 연결에서 동시에 주고받는다.", "", "(3) 그럼 HTTP/3는 왜 나왔나?", "", "TCP의 HOL 블로킹이 남아서 QUIC을 쓴다.", "", "참고한 글", "", "(1) https://example.com/http", "", "(2) https://example.com/quic", ""]);
    expect(deck.unanswered ?? []).toEqual([]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["HOL 블로킹이란?", "HTTP/2는 이를 어떻게 푸나?", "그럼 HTTP/3는 왜 나왔나?"]);
  });
});

describe("short sub-headings and bracketed parts", () => {
  it("two short sub-headings that each hold a question do not fold into a card of their heading", () => {
    expect(prompts(["# 면접 대비", "", "## 오늘 받은 질문", "", "### 네트워크", "", "TCP와 UDP 차이는?", "", "### 운영체제", "", "데드락 조건은?", ""])).not.toContain("오늘 받은 질문에 대해 설명해 주세요.");
  });

  it("sides with questions of their own under them keep their cards", () => {
    const deck = parse(["# DB", "", "## 락 (공유 락/배타 락)", "", "### 공유 락", "", "읽기 락이다. 여러 트랜잭션이 함께 걸 수 있지만 배타 락과는 함께 걸 수 없다.", "", "#### 공유 락끼리는 왜 충돌하지 않나요?", "", "읽기만 하므로 서로의 결과를 바꾸지 않는다.", "", "### 배타 락", "", "쓰기 락이다. 한 트랜잭션만 걸 수 있고, 그동안 다른 락은 걸 수 없다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toContain("공유 락끼리는 왜 충돌하지 않나요?");
    expect(deck.cards.map((c) => c.prompt)).not.toContain("락 (공유 락/배타 락)에 대해 설명해 주세요.");
  });
});

describe("a second pass over the mended rules", () => {
  it("a quoted 'Q.' aside under a Korean question leaves that question the card's", () => {
    const deck = parse(["# 자바", "", "### 자바에서 String이 불변인 이유는?", "", "> Q. 면접관은 왜 이 질문을 할까?", "", "String Pool과 해시코드 캐싱까지 연결해 설명할 수 있는지 보려는 것 같다.", "", "String은 한 번 만들면 값이 바뀌지 않아 여러 곳이 공유해도 안전하다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["자바에서 String이 불변인 이유는?"]);
    expect(deck.unanswered ?? []).toEqual([]);
  });

  it("a motivating quote over an explanation and its sub-topics keeps the heading and the sub-topics", () => {
    const deck = parse(["# 객체지향", "", "## 객체지향 프로그래밍", "", '> "객체지향이란 결국 무엇일까?"', "", "데이터와 행동을 묶은 객체들의 협력으로 프로그램을 보는 관점이다.", "", "### 캡슐화", "", "상태를 숨기고 메서드로만 바꾸게 해서 내부가 바뀌어도 외부가 덜 흔들린다.", "", "### 다형성", "", "같은 메시지에도 실제 타입에 따라 다르게 동작하게 한다. 오버라이딩으로 구현한다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["객체지향 프로그래밍에 대해 설명해 주세요.", "캡슐화에 대해 설명해 주세요.", "다형성에 대해 설명해 주세요."]);
  });

  it("an emoji in brackets mid-heading leaves no blank in a question", () => {
    expect(prompts(["# 자료구조", "", "### HashMap (⭐⭐⭐) 은 어떻게 동작하나요?", "", "hashCode로 버킷을 구하고 충돌하면 같은 버킷에 잇는다.", ""])).toEqual(["HashMap 은 어떻게 동작하나요?"]);
  });

  it("'( )' opening to-do items is no blank", () => {
    expect(prompts(["# 공부 계획", "", "## 운영체제", "", "- ( ) 스케줄링 알고리즘 정리", "  - FCFS, SJF, RR 비교표 만들기", "- ( ) 페이지 교체 알고리즘 정리", "  - LRU, LFU 예제 풀어 보기", ""])).toEqual(["운영체제에 대해 설명해 주세요."]);
  });

  it("questions asked again under each category keep the section's card", () => {
    expect(prompts(["# 네트워크", "", "## 전송 계층 프로토콜", "", "- TCP 쪽", "  - 순서를 보장하나요?", "    - 그렇다. 순서 번호로 맞춘다.", "- UDP 쪽", "  - 순서를 보장하나요?", "    - 아니다. 도착한 대로 넘긴다.", ""])[0]).toBe("전송 계층 프로토콜에 대해 설명해 주세요.");
  });

  it("under '## 질문', bullet questions answered by paragraphs keep their answers", () => {
    const deck = parse(["# DB", "", "## 질문", "", "- 트랜잭션 격리 수준에는 무엇이 있나요?", "", "READ UNCOMMITTED부터 SERIALIZABLE까지 네 가지가 있다.", "", "- InnoDB의 기본 격리 수준은?", "", "REPEATABLE READ이다. MVCC 스냅샷으로 같은 결과를 읽는다.", ""]);
    expect(deck.cards.some((c) => c.answer.includes("네 가지가 있다"))).toBe(true);
  });

  it("a contents line linking to a heading is not a question left unanswered", () => {
    const deck = parse(["# GC", "", "- [GC는 언제 일어나나요?](#gc-시점)", "", "## GC 시점", "", "Eden 영역이 가득 차면 Minor GC가 일어난다.", ""]);
    expect(deck.unanswered ?? []).toEqual([]);
  });

  it("a closing word inside an answer does not end the run before later numbers", () => {
    const deck = parse(["# 네트워크", "", "## 3주차에 받은 것", "", "(1) 라우터와 스위치의 차이", "", "라우터는 네트워크 사이를, 스위치는 같은 네트워크 안을 잇는다.", "", "(2) 혼잡 제어는 어떻게 하나?", "", "손실이 나면 윈도우를 줄인다.", "", "결론적으로 손실을 혼잡의 신호로 본다.", "", "(3) 대기 상태가 왜 필요한가?", "", "늦은 패킷이 새 연결에 섞이지 않게 기다린다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["라우터와 스위치의 차이에 대해 설명해 주세요.", "혼잡 제어는 어떻게 하나?", "대기 상태가 왜 필요한가?"]);
    expect(deck.cards[1]?.answer).toContain("결론적으로");
  });

  it("a bare '체크리스트' of abilities to explain is the study's plan, skipped with a warning", () => {
    const deck = parse(["# 운영체제 1주차", "", "## 프로세스", "", "실행 중인 프로그램이다. 코드, 데이터, 힙, 스택 영역을 가지고 PCB로 관리된다.", "", "## 체크리스트", "", "- [ ] 프로세스와 스레드의 차이를 설명할 수 있다", "- [ ] PCB에 어떤 정보가 있는지 말할 수 있다", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["프로세스에 대해 설명해 주세요."]);
    expect(deck.warnings.map((w) => w.message)).toContain('건너뛴 부분: "체크리스트" (질문이 아닌 스터디·저장소 안내)');
  });
});
