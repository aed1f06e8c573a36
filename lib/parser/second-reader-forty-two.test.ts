/**
 * A second reader's notes against this round's rules (a helper wrote about 60
 * notes of its own and compared the parser before and after the round). Each
 * pins a regression it found, mended: "그렇다면 …?" in a question collection
 * reaching past an unanswered question, a group name or a change of topic;
 * short questions leaning on their heading cut loose from it; multi-topic notes,
 * "## 과정" notes and notes with a question inside read as one walkthrough;
 * another procedure's steps taken for answers; "### 동작 원리" given to the
 * sibling before it; a quoted "Q) …? A) …" losing what follows, a multiple
 * choice split; a project retrospective's paragraphs skipped; a pointer note
 * under a linked title made a card.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

describe("second reader, forty-second round", () => {
  it("a \"그렇다면 …?\" after an unanswered question in \"## 예상 질문\" follows no answered one before it", () => {
    const note = [
      "# 면접 대비", // 1
      "",
      "## 예상 질문", // 3
      "",
      "- 캐시 메모리의 지역성이란 무엇인가요?", // 5
      "  - 최근에 접근한 데이터나 그 주변 데이터에 다시 접근할 가능성이 높다는 성질입니다.",
      "- 페이지 교체 알고리즘에는 무엇이 있나요?", // 7
      "- 그렇다면 그 중 LRU는 어떻게 구현하나요?", // 8
      "  - 해시맵과 이중 연결 리스트로 O(1)에 구현합니다.",
    ];
    expect(noteCards(note)).toEqual([
      [5, "qa", "캐시 메모리의 지역성이란 무엇인가요?", null],
      [8, "qa", "그렇다면 그 중 LRU는 어떻게 구현하나요?", null],
    ]);
    expect(parseNote(note).unanswered?.map((u) => u.line)).toEqual([7]);
  });

  it("a bold group name between them keeps \"그렇다면 …?\" from following the question of another group", () => {
    const note = [
      "# CS 정리", // 1
      "",
      "## 예상 질문", // 3
      "",
      "**운영체제**",
      "",
      "- 데드락이란 무엇인가요?", // 7
      "  - 서로가 가진 자원을 기다리며 영원히 멈춘 상태입니다.",
      "",
      "**네트워크**",
      "",
      "- 그렇다면 네트워크에서 혼잡 제어는 어떻게 하나요?", // 12
      "  - 슬로 스타트와 혼잡 회피로 윈도 크기를 조절합니다.",
    ];
    expect(noteCards(note)).toEqual([
      [7, "qa", "데드락이란 무엇인가요?", null],
      [12, "qa", "그렇다면 네트워크에서 혼잡 제어는 어떻게 하나요?", null],
    ]);
  });

  it("a question that says it changes the topic starts anew; the next \"그렇다면 …?\" follows it", () => {
    const note = [
      "# 프론트엔드", // 1
      "",
      "## 면접 질문", // 3
      "",
      "- 브라우저 렌더링 과정을 설명해 주세요.", // 5
      "  - HTML 파싱으로 DOM, CSS로 CSSOM을 만들고 합쳐 렌더 트리를 만든 뒤 레이아웃과 페인트를 합니다.",
      "- 그럼 이제 주제를 바꿔서, 자바스크립트의 호이스팅이란 무엇인가요?", // 7
      "  - 선언이 스코프의 맨 위로 끌어올려진 것처럼 동작하는 현상입니다.",
      "- 그렇다면 let과 const도 호이스팅되나요?", // 9
      "  - 호이스팅되지만 TDZ 때문에 선언 전에 접근하면 에러가 납니다.",
    ];
    expect(noteCards(note)).toEqual([
      [5, "qa", "브라우저 렌더링 과정을 설명해 주세요.", null],
      [7, "qa", "그럼 이제 주제를 바꿔서, 자바스크립트의 호이스팅이란 무엇인가요?", null],
      [9, "followup", "그렇다면 let과 const도 호이스팅되나요?", 7],
    ]);
  });

  it("short questions leaning on the heading (\"장점은?\", \"언제 쓰나요?\") stay its follow-ups", () => {
    const note = [
      "# 운영체제", // 1
      "",
      "## 세마포어", // 3
      "",
      "- 세마포어란?", // 5
      "  - 공유 자원에 접근할 수 있는 프로세스 수를 정수 값으로 제한하는 동기화 도구입니다.",
      "- 장점은?", // 7
      "  - 여러 개의 자원을 동시에 관리할 수 있습니다.",
      "- 단점은?", // 9
      "  - wait/signal 순서를 잘못 쓰면 교착 상태가 생기기 쉽습니다.",
      "",
      "## 뮤텍스", // 12
      "",
      "- 뮤텍스와의 차이는?", // 14
      "  - 뮤텍스는 락을 건 스레드만 해제할 수 있고, 세마포어는 다른 스레드도 signal 할 수 있습니다.",
      "- 언제 쓰나요?", // 16
      "  - 한 번에 하나의 스레드만 임계 구역에 들어가야 할 때 씁니다.",
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "세마포어에 대해 설명해 주세요.", null],
      [7, "followup", "장점은?", 3],
      [9, "followup", "단점은?", 3],
      [12, "qa", "뮤텍스에 대해 설명해 주세요.", null],
      [16, "followup", "언제 쓰나요?", 12],
    ]);
  });

  it("four \"그래프의 …\" sections are topics of their own, not one walkthrough", () => {
    const note = [
      "# 그래프", // 1
      "",
      "## 그래프의 표현", // 3
      "",
      "인접 행렬은 V×V 배열, 인접 리스트는 정점마다 연결된 정점 목록을 둔다.",
      "",
      "## 그래프의 탐색", // 7
      "",
      "DFS는 스택(재귀)으로 깊게, BFS는 큐로 가까운 정점부터 방문한다.",
      "",
      "## 그래프의 최단 경로", // 11
      "",
      "다익스트라는 음수 간선이 없을 때 우선순위 큐로 O(E log V)에 구한다.",
      "",
      "## 그래프의 최소 신장 트리", // 15
      "",
      "크루스칼은 간선을 정렬해 유니온 파인드로, 프림은 정점에서 확장하며 만든다.",
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "그래프의 표현에 대해 설명해 주세요.", null],
      [7, "qa", "그래프의 탐색에 대해 설명해 주세요.", null],
      [11, "qa", "그래프의 최단 경로에 대해 설명해 주세요.", null],
      [15, "qa", "그래프의 최소 신장 트리에 대해 설명해 주세요.", null],
    ]);
  });

  it("a walkthrough with a \"## 과정\" keeps its cards: the steps label is no facet", () => {
    const note = [
      "# 선택 정렬", // 1
      "",
      "## Abstract", // 3
      "",
      "매 단계에서 남은 원소 중 가장 작은 값을 찾아 맨 앞과 바꾸는 정렬이다.",
      "",
      "## 과정", // 7
      "",
      "1. 남은 구간에서 최솟값을 찾는다.", // 9
      "2. 구간의 첫 원소와 교환한다.", // 10
      "3. 구간을 한 칸 줄여 반복한다.", // 11
      "",
      "## 시간복잡도", // 13
      "",
      "비교 횟수가 항상 n(n-1)/2번이므로 최선, 평균, 최악 모두 O(n^2)이다.",
      "",
      "## 장점", // 17
      "",
      "- 교환 횟수가 최대 n-1번으로 적어 쓰기 비용이 큰 저장 장치에 유리하다.", // 19
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "Abstract에 대해 설명해 주세요.", null],
      [7, "steps", "선택 정렬의 과정을 단계별로 설명해 주세요.", null],
      [13, "qa", "시간복잡도에 대해 설명해 주세요.", null],
      [17, "qa", "선택 정렬의 장점에 대해 설명해 주세요.", null],
    ]);
  });

  it("a question under a facet keeps a walkthrough from folding it away", () => {
    const note = [
      "# 이진 탐색", // 1
      "",
      "## 개요", // 3
      "",
      "정렬된 배열에서 가운데 값과 비교해 탐색 범위를 절반씩 줄여 가는 탐색 알고리즘이다.",
      "",
      "## 시간복잡도", // 7
      "",
      "매 단계마다 범위가 절반으로 줄어들기 때문에 최악의 경우에도 O(log n)번 비교한다.",
      "",
      "## 구현", // 11
      "",
      "반복문으로 low, high를 두고 mid = low + (high - low) / 2로 계산해 오버플로를 피한다.",
      "",
      "### 재귀와 반복 중 어느 쪽이 나은가요?", // 15
      "",
      "반복이 호출 스택을 쓰지 않아 메모리 면에서 유리하고, 재귀는 코드가 더 읽기 쉽다.",
      "",
      "## 단점", // 19
      "",
      "- 배열이 정렬되어 있어야 하므로, 삽입과 삭제가 잦은 데이터에는 정렬 유지 비용이 크다.", // 21
    ];
    expect(noteCards(note)).toEqual([
      // (the title opening on "## 개요" is asked itself: opening-definition.test.ts)
      [1, "qa", "이진 탐색에 대해 설명해 주세요.", null],
      [7, "qa", "시간복잡도에 대해 설명해 주세요.", null],
      [11, "qa", "이진 탐색의 구현에 대해 설명해 주세요.", null],
      [15, "followup", "재귀와 반복 중 어느 쪽이 나은가요?", 11],
      [19, "qa", "이진 탐색의 단점에 대해 설명해 주세요.", null],
    ]);
  });

  it("questions then another procedure's numbered steps pair nothing", () => {
    const note = [
      "# 네트워크", // 1
      "",
      "## 오늘 받은 질문", // 3
      "",
      "1. TCP와 UDP의 차이는 무엇인가요?", // 5
      "2. 3-way handshake를 설명해 주세요.", // 6
      "3. HTTP와 HTTPS의 차이는 무엇인가요?", // 7
      "",
      "3-way handshake 과정",
      "",
      "1. 클라이언트가 SYN을 보낸다.", // 11
      "2. 서버가 SYN+ACK로 응답한다.", // 12
      "3. 클라이언트가 ACK를 보내 연결이 맺어진다.", // 13
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "오늘 받은 질문에 대해 설명해 주세요.", null],
    ]);
    expect(parseNote(note).unanswered?.map((u) => u.line)).toEqual([5,6,7]);
  });

  it("\"### 동작 원리\" after \"### 해시 함수\" is the parent's workings", () => {
    const note = [
      "# 자료구조", // 1
      "",
      "## 해시 테이블", // 3
      "",
      "키-값 쌍을 저장하는 자료구조로 평균 O(1)에 조회할 수 있다.",
      "",
      "### 해시 함수", // 7
      "",
      "임의 길이의 키를 고정 길이의 정수로 바꾸는 함수로, 값이 고르게 퍼져야 충돌이 적다.",
      "",
      "### 동작 원리", // 11
      "",
      "키를 해시 함수에 넣어 버킷 인덱스를 구하고, 그 버킷에 값을 저장한다. 조회할 때도 같은 인덱스로 바로 찾아가며, 충돌이 나면 체이닝이나 개방 주소법으로 처리한다.",
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "해시 테이블에 대해 설명해 주세요.", null],
      [7, "qa", "해시 함수에 대해 설명해 주세요.", null],
      [11, "qa", "해시 테이블의 동작 원리에 대해 설명해 주세요.", null],
    ]);
  });

  it("a quoted \"Q) …? A) …\" over more quoted paragraphs keeps them all as its answer", () => {
    const note = [
      "# 자바 면접", // 1
      "",
      "> Q) 자바의 가장 큰 특징은 무엇인가요? A) 플랫폼 독립성입니다.", // 3
      ">",
      "> JVM이 바이트코드를 실행하므로 OS마다 다시 컴파일할 필요가 없습니다.",
      ">",
      "> 또한 GC가 메모리를 자동으로 관리합니다.",
      "",
      "> Q) 인터페이스와 추상 클래스의 차이는? A) 인터페이스는 다중 구현이 가능하고, 추상 클래스는 상태를 가질 수 있습니다.", // 9
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "자바의 가장 큰 특징은 무엇인가요?", null],
      [9, "qa", "인터페이스와 추상 클래스의 차이는?", null],
    ]);
    expect(parseNote(note).cards[0]!.answer).toBe("플랫폼 독립성입니다.\n\nJVM이 바이트코드를 실행하므로 OS마다 다시 컴파일할 필요가 없습니다.\n\n또한 GC가 메모리를 자동으로 관리합니다.");
  });

  it("a multiple choice \"A) 큐 B) 스택\" is no answer", () => {
    const note = [
      "# 자료구조 퀴즈", // 1
      "",
      "> Q) 다음 중 LIFO 구조는? A) 큐 B) 스택 C) 힙", // 3
      "",
      "정답은 B) 스택이다. 나중에 넣은 것이 먼저 나온다.",
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "다음 중 LIFO 구조는? A) 큐 B) 스택 C) 힙", null],
    ]);
  });

  it("a project retrospective's long paragraphs stay cards", () => {
    const note = [
      "# 쇼핑몰 프로젝트 회고", // 1
      "",
      "## 아쉬웠던 점", // 3
      "",
      "- 주문 API에서 재고 차감과 결제 승인을 한 트랜잭션으로 묶어 두었는데, 결제 대행사의 응답이 늦어질 때마다 DB 커넥션을 오래 잡고 있어 피크 시간에 커넥션 풀이 고갈되는 장애가 났습니다. 결제 승인을 트랜잭션 밖으로 빼고, 재고는 예약 상태로 먼저 잡아 두었다가 승인 결과에 따라 확정하거나 되돌리는 방식으로 바꾸면서 해결했지만, 처음 설계할 때 외부 호출을 트랜잭션 안에 넣는 위험을 미리 알았다면 장애를 막을 수 있었을 것입니다.", // 5
      "",
      "## 좋았던 점", // 7
      "",
      "- 장애 이후 커넥션 풀 사용률과 외부 API 지연 시간을 대시보드로 만들어, 같은 종류의 문제가 생기면 5분 안에 원인을 좁힐 수 있게 되었습니다. 팀원들과 장애 회고 문서를 함께 쓰면서 원인, 영향 범위, 재발 방지책을 정리하는 습관도 생겼고, 이후 다른 서비스에서도 같은 템플릿을 쓰게 되었습니다. 이 경험 덕분에 외부 의존성이 있는 기능을 설계할 때 타임아웃과 보상 트랜잭션부터 먼저 고민하게 되었습니다.", // 9
    ];
    expect(noteCards(note)).toEqual([
      [5, "script", "아쉬웠던 점에 대해 설명해 주세요.", null],
      [9, "script", "좋았던 점에 대해 설명해 주세요.", null],
    ]);
  });

  it("a linked title over a line pointing to it is still a pointer", () => {
    const note = [
      "# [JVM 메모리 구조 정리](https://velog.io/@someone/jvm-memory)", // 1
      "",
      "자세한 내용은 위 링크의 블로그 글에 정리해 두었습니다.",
    ];
    expect(noteCards(note)).toEqual([]);
  });

});
