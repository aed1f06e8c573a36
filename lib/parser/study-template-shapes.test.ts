/**
 * Two dresses of a study's notes that lost every answer: a topic heading over
 * a "답안" fold with a line break set under its summary, and a "Day 8: TCP vs
 * UDP" note whose two sections (the study's checklist over its question
 * headings, and an empty "토론 포인트") were read as the two sides of "TCP vs
 * UDP" and folded into one card. Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

describe("a study's notes", () => {
  it("reads a reveal fold under a topic heading as its answer, with a line break under the summary", () => {
    const deck = parseNote([
      "# Database", // 1
      "<br>",
      "",
      "### 📌 트랜잭션", // 4
      "",
      "<details>",
      "   <summary> 답안 </summary>",
      "<br />",
      "",
      "- 트랜잭션은 데이터베이스에서 한 번에 처리되어야 하는 작업의 최소 단위이며 ACID를 지킨다.", // 10
      "",
      "</details>",
      "<br>",
      "",
      "### 📌 트랜잭션 격리수준", // 15
      "<details>",
      "   <summary> 답안 </summary>",
      "<br />",
      "",
      "- 동시에 실행되는 트랜잭션이 서로의 변경을 어디까지 볼 수 있는지 정하는 수준이다.", // 20
      "",
      "</details>",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [4, "트랜잭션에 대해 설명해 주세요.", "- 트랜잭션은 데이터베이스에서 한 번에 처리되어야 하는 작업의 최소 단위이며 ACID를 지킨다."],
      [15, "트랜잭션 격리수준에 대해 설명해 주세요.", "- 동시에 실행되는 트랜잭션이 서로의 변경을 어디까지 볼 수 있는지 정하는 수준이다."],
    ]);
  });

  it("keeps the question headings of a 'A vs B' note whose sections are a checklist and an empty discussion", () => {
    const deck = parseNote([
      "# Day 8: TCP vs UDP", // 1
      "",
      "## 학습 질문", // 3
      "- [ ] TCP와 UDP의 차이는?",
      "- [ ] UDP는 언제 사용하는가?",
      "",
      "### 1. TCP와 UDP의 차이는?", // 7
      "TCP는 연결을 맺고 순서와 도착을 보장하고, UDP는 확인 없이 보내서 빠르다.",
      "",
      "### 2. UDP는 언제 사용하는가?", // 10
      "실시간 스트리밍이나 DNS처럼 빠른 응답이 중요하고 손실을 견딜 수 있을 때 쓴다.",
      "",
      "## 토론 포인트", // 13
      "<!-- 스터디 중 나온 이야기를 적어 주세요 -->",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [7, "TCP와 UDP의 차이는?"],
      [10, "UDP는 언제 사용하는가?"],
    ]);
  });

  it("still reads two sides written under a 'A vs B' heading as its answer", () => {
    const deck = parseNote([
      "# 네트워크", // 1
      "## Multi Process VS Multi Thread", // 2
      "### 멀티 프로세스", // 3
      "하나의 작업을 여러 프로세스로 나누어 처리하며, 하나가 죽어도 다른 프로세스에 영향이 적다.",
      "### 멀티 스레드", // 5
      "하나의 프로세스 안에서 여러 스레드가 자원을 공유하며 처리해 문맥 교환이 가볍다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[2, "Multi Process VS Multi Thread에 대해 설명해 주세요."]]);
  });

  it("lists a question marked 'Q.' over a link alone as still to be answered, the link's text holding brackets of its own", () => {
    const deck = parseNote([
      "# Flow", // 1
      "",
      "### 🍎 Q. flowWithLifecycle에 대한 질문", // 3
      "",
      "[[안드로이드] 빠르게 개발하려면 flowWithLifecycle](https://example.com/flow)",
      "",
      "### 🍎 Q. @Aspect는 어떻게 동작하나요?", // 7
      "",
      "[https://example.com/aop#[ @Aspect의 동작 순서 ]](https://example.com/aop#order)",
      "",
      "### 🍎 Q. Flow란?", // 11
      "",
      "Flow는 코루틴 위에서 값을 차례로 내보내는 비동기 스트림이다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[11, "Flow란?"]]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [3, "flowWithLifecycle에 대한 질문"],
      [7, "@Aspect는 어떻게 동작하나요?"],
    ]);
  });

  it("reads a listed question over an empty answer bullet as a question, not a heading the bullet underlines", () => {
    // ("* What is B?" then "  - ": to CommonMark a setext heading inside the item, and the whole list was lost)
    const deck = parseNote([
      "* What is CSS selector specificity?", // 1
      "  - 브라우저가 여러 규칙 중 어떤 것을 적용할지 정하는 우선순위다.",
      "* What are some gotchas for writing efficient CSS?", // 3
      "  - ",
      "* 반응형 디자인은 적응형 디자인과 어떻게 다른가?", // 5
      "  - 반응형은 한 템플릿으로 모든 기기에 맞추고, 적응형은 기기별 템플릿을 따로 둔다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [1, "What is CSS selector specificity?"],
      [5, "반응형 디자인은 적응형 디자인과 어떻게 다른가?"],
    ]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([[3, "What are some gotchas for writing efficient CSS?"]]);
  });

  it("reads an exercise sheet's instruction to answer the questions below as no question, and '위 문제를 …?' as a follow-up", () => {
    const cards = noteCards([
      "# 과적합에 대한 다음 물음들에 답하여라.", // 1
      "",
      "- Training Error가 가장 낮은 모형을 쓰면 어떤 문제가 생기는가?", // 3
      "  - 훈련 데이터에만 맞춰져 새 데이터에서 오차가 커지는 과적합이 생긴다.",
      "- 위 문제를 해결할 수 있는가?", // 5
      "  - 정규화나 더 많은 데이터, 검증 세트로 모형을 고르는 방법으로 줄일 수 있다.",
      "- Test Set을 따로 두는 이유는 무엇인가?", // 7
      "  - 선택까지 끝난 모형을 한 번도 보지 못한 데이터로 평가하기 위해서다.",
    ]);
    expect(cards).toEqual([
      [3, "qa", "Training Error가 가장 낮은 모형을 쓰면 어떤 문제가 생기는가?", null],
      [5, "followup", "위 문제를 해결할 수 있는가?", 3],
      [7, "qa", "Test Set을 따로 두는 이유는 무엇인가?", null],
    ]);
  });

  it("reads a label run together ('### 면접질문') as the label, and a session log's agenda and attendance as no questions", () => {
    const deck = parseNote([
      "# Week 1", // 1
      "## 📚 주제", // 2
      "1. String, StringBuilder", // 3
      "2. JVM",
      "## JVM", // 5
      "자바 바이트코드를 운영체제마다 같은 방식으로 실행해 주는 가상 머신이다.",
      "### 면접질문", // 7
      "- JIT 컴파일러는 언제 동작하나요?", // 8
      "- GC는 어떤 영역을 정리하나요?", // 9
      "## 👥 참여", // 10
      "- 발표 & 대답 : 가람, 나래",
      "- 질문 : 다솜",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[5, "JVM에 대해 설명해 주세요."]]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [8, "JIT 컴파일러는 언제 동작하나요?"],
      [9, "GC는 어떤 영역을 정리하나요?"],
    ]);
    expect(deck.warnings.map((w) => w.line)).toEqual([2, 10]);
  });

  it("pairs a question heading with its '## Answer' sibling across what to read and know first", () => {
    const deck = parseNote([
      "## 앱이 백그라운드에 있을 때 어떤 제약이 있나요?", // 1
      "",
      "<br>",
      "",
      "## 참고하면 좋은 블로그", // 5
      "* [앱의 상태](https://example.com/app-states)",
      "",
      "## 사전 지식", // 8
      "* foreground 상태의 앱은 사용자가 보는 화면이라 자원을 우선 받는다.",
      "* background 상태는 화면에 보이지 않는 상태이다.",
      "",
      "## Answer", // 12
      "* 메모리를 적게 써야 하고, 오래 걸리는 작업은 시스템이 멈출 수 있다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [1, "앱이 백그라운드에 있을 때 어떤 제약이 있나요?", "* 메모리를 적게 써야 하고, 오래 걸리는 작업은 시스템이 멈출 수 있다."],
      [8, "사전 지식에 대해 설명해 주세요.", "* foreground 상태의 앱은 사용자가 보는 화면이라 자원을 우선 받는다.\n* background 상태는 화면에 보이지 않는 상태이다."],
    ]);
    expect(deck.unanswered ?? []).toEqual([]);
  });
});

