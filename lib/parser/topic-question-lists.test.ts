/**
 * A study member's summary: each topic explained, then "### 질문" over the
 * questions the study asked about it, each answered under its item. Those are
 * the topic's follow-ups, as under "### 관련 질문"; they were cards of their
 * own. Also two dresses a heading or item is written in: a dash glued to the
 * name ("### -FCFS(…)") and a request left with a comma ("…비교해 주세요,").
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

function cardsOf(lines: string[]) {
  return { deck: parseNote(lines), cards: noteCards(lines) };
}

describe("a question list under a topic", () => {
  it("makes the answered questions under '### 질문' the follow-ups of the topic above it", () => {
    const { cards } = cardsOf([
      "# 1주차 - Java", // 1
      "",
      "## JVM", // 3
      "",
      "자바 바이트코드를 실행하는 가상 머신으로, 운영체제마다 다른 구현이 같은 바이트코드를 돌린다.",
      "",
      "### 질문", // 7
      "",
      "- 자바 말고 다른 언어도 JVM 위에서 돌릴 수 있나요?", // 9
      "    - 바이트코드로 컴파일되면 가능하다. 코틀린과 스칼라가 그렇다.",
      "- JVM을 쓰면 무엇이 좋은가요?", // 11
      "    - 한 번 컴파일한 결과를 어느 운영체제에서나 실행할 수 있다.",
      "",
      "## 리플렉션", // 14
      "",
      "실행 중에 클래스의 메타 정보를 읽고 바꾸는 기능이다.",
      "",
      "### 질문", // 18
      "",
      "- 리플렉션은 언제 쓰나요?", // 20
      "    - 프레임워크가 사용자의 클래스를 모른 채 객체를 만들 때 쓴다.",
    ]);
    expect(cards).toEqual([
      [3, "qa", "JVM에 대해 설명해 주세요.", null],
      [9, "followup", "자바 말고 다른 언어도 JVM 위에서 돌릴 수 있나요?", 3],
      [11, "followup", "JVM을 쓰면 무엇이 좋은가요?", 3],
      [14, "qa", "리플렉션에 대해 설명해 주세요.", null],
      [20, "followup", "리플렉션은 언제 쓰나요?", 14],
    ]);
  });

  it("keeps a list under the note's title the note's own questions, and '### 질문' over a paragraph paired with '### 답변'", () => {
    const { cards } = cardsOf([
      "# 네트워크 면접 질문", // 1
      "",
      "## 질문", // 3
      "",
      "- TCP와 UDP의 차이는 무엇인가요?", // 5
      "    - TCP는 연결을 맺고 순서와 도착을 보장하며, UDP는 그렇지 않다.",
      "- DNS는 어떤 프로토콜 위에서 동작하나요?", // 7
      "    - 주로 UDP 53번 포트를 쓰고, 응답이 크면 TCP를 쓴다.",
      "",
      "## HTTP", // 10
      "",
      "### 질문", // 12
      "",
      "HTTP가 상태를 갖지 않는다는 것은 무슨 뜻인가요?", // 14
      "",
      "### 답변", // 16
      "",
      "서버가 요청 사이에 클라이언트의 상태를 기억하지 않는다는 뜻이다.",
    ]);
    expect(cards).toEqual([
      [5, "qa", "TCP와 UDP의 차이는 무엇인가요?", null],
      [7, "qa", "DNS는 어떤 프로토콜 위에서 동작하나요?", null],
      [14, "qa", "HTTP가 상태를 갖지 않는다는 것은 무슨 뜻인가요?", null],
    ]);
  });

  it("lists a question list under a topic with no answers as unanswered, not as the topic's follow-ups", () => {
    const { deck, cards } = cardsOf([
      "# 정리", // 1
      "",
      "## 캐시", // 3
      "",
      "자주 쓰는 데이터를 가까운 곳에 두어 읽기를 빠르게 하는 저장소다.",
      "",
      "### 질문", // 7
      "",
      "- 캐시 일관성은 어떻게 지키나요?", // 9
      "- LRU는 어떻게 구현하나요?", // 10
    ]);
    expect(cards).toEqual([[3, "qa", "캐시에 대해 설명해 주세요.", null]]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [9, "캐시 일관성은 어떻게 지키나요?"],
      [10, "LRU는 어떻게 구현하나요?"],
    ]);
  });
});

describe("dresses of a heading and an item", () => {
  it("drops a dash glued to a heading's name, but not an option's or an operator's", () => {
    const { cards } = cardsOf([
      "# CPU 스케줄링", // 1
      "### -FCFS(First-Come First-Served)", // 2
      "먼저 도착한 프로세스부터 처리한다. 긴 작업이 앞에 오면 뒤의 짧은 작업들이 오래 기다리는 호위 효과가 생긴다.",
      "### -Round Robin(RR):", // 4
      "정해진 시간 할당량만큼씩 돌아가며 실행한다. 할당량이 너무 작으면 문맥 교환 비용이 커지고, 너무 크면 FCFS와 같아진다.",
      "### -Xmx 옵션", // 6
      "JVM 힙의 최대 크기를 정한다. 너무 작으면 GC가 잦아지고, 너무 크면 한 번의 GC가 오래 걸릴 수 있다.",
      "### -연산자", // 8
      "단항으로 쓰면 부호를 바꾸고, 이항으로 쓰면 왼쪽 값에서 오른쪽 값을 뺀다. 문자열에는 쓸 수 없다.",
    ]);
    expect(cards).toEqual([
      [2, "qa", "FCFS(First-Come First-Served)에 대해 설명해 주세요.", null],
      [4, "qa", "Round Robin(RR)에 대해 설명해 주세요.", null],
      [6, "qa", "-Xmx 옵션에 대해 설명해 주세요.", null],
      [8, "qa", "-연산자에 대해 설명해 주세요.", null],
    ]);
  });

  it("reads a request left with a trailing comma as asked, without the comma", () => {
    const { cards } = cardsOf([
      "## Stream", // 1
      "",
      "- Stream과 for 루프의 성능 차이를 비교해 주세요,", // 3
      "    - 대개 for 루프가 빠르지만 본문이 무거워지면 차이가 줄어든다.",
      "- Stream은 병렬로 처리할 수 있나요?", // 5
      "    - parallelStream으로 포크-조인 풀에서 나눠 처리한다.",
    ]);
    expect(cards.map((c) => c[2])).toEqual(["Stream과 for 루프의 성능 차이를 비교해 주세요", "Stream은 병렬로 처리할 수 있나요?"]);
  });
});
