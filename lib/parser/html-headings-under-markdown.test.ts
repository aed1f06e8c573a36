/**
 * A study member answers each "### n. …?" question in HTML: "<h3>synchronized란?</h3>",
 * "<h3>동작 방식 요약</h3>", "<h3>Monitor Lock이란?</h3>". Written at the question's
 * own rank, those headings were read as its siblings, and the question was left
 * with no answer. Headings in HTML rank below the Markdown heading they sit under,
 * and a sub-question that only restates a part of the question above it is part of
 * its answer. Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards as cardsOf } from "@/test/helpers/parse-fixture";

describe("HTML headings under a Markdown question", () => {
  it("ranks them as parts of its answer, a part glued to its paragraph too, and one asking anew as its follow-up", () => {
    const cards = cardsOf([
      "# Java 심화", // 1
      "### 1. synchronized는 어떤 방식으로 동작하나요?", // 2
      "<h3>synchronized란?</h3>", // 3
      "<p>멀티스레드 환경에서 임계 영역에 한 번에 하나의 스레드만 들어가게 하는 키워드이다.</p>",
      "",
      "<h3>동작 방식 요약</h3>", // 6
      "<p>모니터 락을 얻은 스레드만 들어가고, 나머지는 BLOCKED 상태로 기다린다.</p>",
      "",
      "<h3>Monitor Lock이란?</h3>", // 9
      "<p>객체마다 하나씩 있는 락으로, synchronized는 이 락으로 동기화한다.</p>",
      "",
      "### 2. 고아 객체는 무엇이고, 언제 사용하는가요?", // 12
      "<h3>고아 객체란?</h3>", // 13
      "<p>부모와의 연관이 끊긴 자식 엔티티로, orphanRemoval을 켜면 자동으로 삭제된다.</p>",
      "",
      "<h3>언제 사용하는가?</h3>", // 16
      "<p>댓글이나 첨부파일처럼 부모와 생명주기를 같이 하는 자식에 쓴다.</p>",
    ]);
    expect(cards).toEqual([
      [2, "qa", "synchronized는 어떤 방식으로 동작하나요?", null],
      [9, "followup", "Monitor Lock이란?", 2],
      [12, "qa", "고아 객체는 무엇이고, 언제 사용하는가요?", null],
    ]);
  });

  it("does the same in a note written mostly as an HTML page", () => {
    const cards = cardsOf([
      "# Java 심화", // 1
      "### 1. synchronized는 어떤 방식으로 동작하나요?", // 2
      "<h3>synchronized란?</h3>", // 3
      "<p>멀티스레드 환경에서 임계 영역에 한 번에 하나의 스레드만 들어가게 하는 키워드이다.</p>",
      "<h3>Monitor Lock이란?</h3>", // 5
      "<ul>",
      "<li>객체마다 하나씩 있는 락이다.</li>",
      "<li>synchronized는 이 락으로 동기화한다.</li>",
      "</ul>",
      "<br/>",
      "### 2. 양방향 연관관계의 순환 참조는 어떻게 해결했나요?", // 11
      "<h3>DTO 분리</h3>", // 12
      "<p>엔티티 대신 필요한 필드만 담은 DTO를 응답으로 보내 순환을 끊었다.</p>",
      "<h3>JsonIgnore</h3>", // 14
      "<p>상황에 따라 한쪽 필드에 @JsonIgnore를 붙였다.</p>",
      "<br/>",
    ]);
    expect(cards).toEqual([
      [2, "qa", "synchronized는 어떤 방식으로 동작하나요?", null],
      [5, "followup", "Monitor Lock이란?", 2],
      [11, "qa", "양방향 연관관계의 순환 참조는 어떻게 해결했나요?", null],
    ]);
  });
});

describe("a sub-question under a question", () => {
  it("is part of the answer when it restates a term or clause of the question, and a follow-up when it asks anew", () => {
    const cards = cardsOf([
      "# 정리", // 1
      "## IP 주소는 무엇이며, 어떤 기능을 하고 있나요?", // 2
      "### IP주소란?", // 3
      "네트워크에서 장치를 찾아가기 위해 붙이는 논리적인 주소이다.",
      "### 어떤 기능을 하고 있나요", // 5
      "패킷이 목적지까지 가는 길을 라우터가 고를 수 있게 해 준다.",
      "## 인터페이스와 추상클래스의 차이를 설명해주세요.", // 7
      "인터페이스는 구현을 강제하는 규약이고, 추상 클래스는 공통 구현을 물려주는 부모이다.",
      "### 추상화란 무엇인가요", // 9
      "공통된 성질만 뽑아 내고 세부 구현은 감추는 것이다.",
      "## SOP(Same Origin Policy, 동일 출처 정책)이란", // 11
      "같은 출처끼리만 요청과 응답을 주고받게 하는 브라우저의 정책이다.",
      "### 출처란", // 13
      "프로토콜, 호스트, 포트를 합친 것이다.",
    ]);
    expect(cards).toEqual([
      [2, "qa", "IP 주소는 무엇이며, 어떤 기능을 하고 있나요?", null],
      [7, "qa", "인터페이스와 추상클래스의 차이를 설명해주세요.", null],
      [9, "followup", "추상화란 무엇인가요", 7],
      // (a term the question names in passing, not the one it is about, is asked anew)
      [11, "qa", "SOP(Same Origin Policy, 동일 출처 정책)이란", null],
      [13, "followup", "출처란", 11],
    ]);
  });

  it("keeps the same question asked again under a heading with nothing of its own as the card, as before", () => {
    const cards = cardsOf([
      "## CORS 에러란?", // 1
      "",
      "#### CORS 에러란 무엇일까요?", // 3
      "",
      "다른 출처의 리소스를 요청할 때 브라우저가 응답을 막으면서 나는 에러이다.",
    ]);
    expect(cards).toEqual([[3, "qa", "CORS 에러란 무엇일까요?", null]]);
  });
});
