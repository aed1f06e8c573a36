/**
 * A second reader's notes on this round's rules, each a regression it found against
 * the round's first commit, written as a user might (notes written for this test).
 */
import { describe, expect, it } from "vitest";
import { noteCards as cardsOf, parseNote } from "@/test/helpers/parse-fixture";

describe("second reader, round forty-one", () => {
  it("folds only a definition of the very subject the question opens with", () => {
    expect(cardsOf([
      "### 자바스크립트의 클로저는 어떻게 동작하나요?", // 1
      "함수가 선언된 렉시컬 환경을 기억해 두었다가 나중에 쓴다.",
      "#### 자바란?", // 3
      "JVM 위에서 도는 객체 지향 언어다.",
      "### 트랜잭션 격리 수준이란?", // 5
      "동시에 실행되는 트랜잭션이 서로를 얼마나 볼지 정하는 수준이다.",
      "#### 트랜잭션이란 무엇인가요?", // 7
      "한 번에 처리되어야 하는 작업의 단위다.",
      "### HTTP와 HTTPS의 차이는 무엇인가요?", // 9
      "HTTPS는 TLS로 내용을 암호화해 주고받는다.",
      "#### HTTP란?", // 11
      "웹에서 문서를 주고받는 규약이다.",
    ])).toEqual([
      [1, "qa", "자바스크립트의 클로저는 어떻게 동작하나요?", null],
      [3, "followup", "자바란?", 1],
      [5, "qa", "트랜잭션 격리 수준이란?", null],
      [7, "followup", "트랜잭션이란 무엇인가요?", 5],
      [9, "qa", "HTTP와 HTTPS의 차이는 무엇인가요?", null],
      [11, "followup", "HTTP란?", 9],
    ]);
  });

  it("keeps a flag's, a value's and a one-letter option's dash", () => {
    expect(cardsOf([
      "# 옵션", // 1
      "## -D 옵션은 무엇인가요?", // 2
      "시스템 속성을 키와 값으로 넘기는 JVM 옵션이다.",
      "## -Infinity 값", // 4
      "어떤 수보다 작은 값으로, 음수를 0으로 나누면 나온다. 비교에서는 모든 수보다 작다.",
    ])).toEqual([
      [2, "qa", "-D 옵션은 무엇인가요?", null],
      [4, "qa", "-Infinity 값에 대해 설명해 주세요.", null],
    ]);
  });

  it("reads '주제' and '참여' as words of an answer and as topics, skipping them only as a session log's sections", () => {
    const deck = parseNote([
      "# 디자인 패턴", // 1
      "## 옵저버 패턴", // 2
      "상태가 바뀌면 등록된 관찰자들에게 알리는 패턴이다.",
      "### 주제", // 4
      "상태를 가지고 관찰자 목록을 관리하며, 바뀌면 모두에게 알리는 객체다.",
      "## 회의 방식", // 6
      "**주제:**",
      "한 번에 하나의 안건만 다룬다.",
      "**참여**",
      "개발자와 디자이너가 함께 들어온다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [2, "옵저버 패턴에 대해 설명해 주세요."],
      [4, "주제에 대해 설명해 주세요."],
      [6, "회의 방식에 대해 설명해 주세요."],
    ]);
    expect(deck.cards[2]!.answer).toContain("개발자와 디자이너가 함께 들어온다.");
  });

  it("keeps HTML question headings beside a Markdown question that answers in its own words", () => {
    expect(cardsOf([
      "## JVM이란 무엇인가요?", // 1
      "자바 바이트코드를 실행하는 가상 머신으로, 운영체제마다 같은 코드를 돌린다.",
      "",
      "<h2>GC란 무엇인가요?</h2>", // 4
      "<p>더 이상 쓰지 않는 객체의 메모리를 자동으로 회수하는 장치이다.</p>",
    ])).toEqual([
      [1, "qa", "JVM이란 무엇인가요?", null],
      [4, "qa", "GC란 무엇인가요?", null],
    ]);
  });

  it("keeps an 'A vs B' note one comparison when a side has a question under it", () => {
    expect(cardsOf([
      "# Forward vs Redirect", // 1
      "## 서버 내부 이동", // 2
      "서버 안에서 다른 자원으로 요청을 넘긴다. 주소창은 바뀌지 않는다.",
      "### 요청 객체는 유지되나요?", // 4
      "같은 요청 안에서 넘기므로 유지된다.",
      "## 클라이언트 재요청", // 6
      "브라우저에 새 주소로 다시 요청하라고 응답한다. 주소창이 바뀐다.",
    ])).toEqual([[1, "qa", "Forward vs Redirect에 대해 설명해 주세요.", null]]);
  });

  it("leaves a question asked aloud in a plain-text answer inside that answer", () => {
    expect(cardsOf([
      "GC는 어떻게 동작하나요?", // 1
      "루트에서 참조를 따라가며 살아 있는 객체를 표시한다.",
      "",
      "어떤 객체가 쓰이지 않는다는 건 어떻게 알까? 루트에서 참조를 따라가 본다.", // 4
      "이를 도달 가능성 분석이라고 한다.",
      "",
      "데드락이란 무엇인가요?", // 7
      "두 스레드가 서로의 자원을 기다리며 멈춘 상태다.",
    ])).toEqual([
      [1, "qa", "GC는 어떻게 동작하나요?", null],
      [7, "qa", "데드락이란 무엇인가요?", null],
    ]);
  });

  it("keeps '### 질문' under a topic that only gathers questions, and a '### 질문' / '### 답변' pair, as the note's questions", () => {
    expect(cardsOf([
      "# 면접 정리", // 1
      "## Java", // 2
      "자바 면접에서 자주 나온 질문들을 모았다.",
      "### 질문", // 4
      "- String과 StringBuilder의 차이는?", // 5
      "  - String은 불변이고 StringBuilder는 내용을 바꿀 수 있다.",
      "## 네트워크", // 7
      "전송 계층과 응용 계층의 프로토콜을 정리한다. TCP와 UDP, HTTP를 다룬다.",
      "### 질문", // 9
      "- TCP는 어떻게 순서를 보장하나요?", // 10
      "  - 힌트: 번호",
      "### 답변", // 12
      "세그먼트마다 순서 번호를 붙이고 받는 쪽이 그 번호로 다시 맞춘다.",
    ])).toEqual([
      // (the intro's own card is as before this round)
      [2, "qa", "Java에 대해 설명해 주세요.", null],
      [5, "qa", "String과 StringBuilder의 차이는?", null],
      [7, "qa", "네트워크에 대해 설명해 주세요.", null],
      [10, "qa", "TCP는 어떻게 순서를 보장하나요?", null],
    ]);
  });

  it("reads a topic answered in HTML paragraphs as explained, and keeps two questions on adjacent lines of a plain-text note apart", () => {
    // (from its list of things to improve: "## 스택" over "<p>…</p>" made no card and no word)
    expect(cardsOf([
      "# 자료구조", // 1
      "## 스택", // 2
      "<p>나중에 넣은 것을 먼저 꺼내는 자료구조로, 함수 호출이나 되돌리기에 쓴다.</p>",
      "## 로고", // 4
      '<p align="center"><img src="logo.png"></p>',
    ])).toEqual([[2, "qa", "스택에 대해 설명해 주세요.", null]]);
    const deck = parseNote([
      "데드락이란 무엇인가요?", // 1
      "데드락이 생기는 네 가지 조건은 무엇인가요?", // 2
      "",
      "GC는 어떻게 동작하나요?", // 4
      "루트에서 참조를 따라가며 살아 있는 객체를 표시하고 나머지를 치운다.",
      "",
      "캐시는 무엇인가요?", // 7
      "자주 쓰는 데이터를 가까이 두는 저장소다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [4, "GC는 어떻게 동작하나요?"],
      [7, "캐시는 무엇인가요?"],
    ]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [1, "데드락이란 무엇인가요?"],
      [2, "데드락이 생기는 네 가지 조건은 무엇인가요?"],
    ]);
  });
});

