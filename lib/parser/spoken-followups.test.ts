/**
 * Follow-ups written the way an interview is rehearsed aloud (fixture notes
 * written for this test, in our own words): a list item marked "꼬리 질문:"
 * under an answer, its question and answer each in quotes around an arrow; a
 * quoted question that holds an arrow of its own; and a follow-up asked of
 * "each" thing the question before it named, answered by the sibling
 * headings after it that name those things. A follow-up keeps the line it is
 * written on, inline code and all.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("spoken follow-up items", () => {
  it("a '- 꼬리 질문: \"…?\" → \"…\"' item under an answer is that question's follow-up, quotes off; one with no answer stays in the answer", () => {
    const { deck, cards, unanswered } = parseFixture("spoken-followup-items.md");
    expect(cards).toEqual([
      [5, "qa", "자바의 인자 전달은 값에 의한 호출인가요?", null],
      [7, "followup", "그럼 왜 참조에 의한 호출처럼 보이나요?", 5],
      [9, "qa", "불변 객체는 왜 스레드에 안전한가요?", null],
      [11, "followup", "final 필드만 쓰면 불변인가요?", 9],
      [14, "qa", "컴포넌트 간 데이터 흐름은 어떻게 되나요?", null],
      [19, "followup", "자식 → 부모로 값을 올려 보낼 수 있나요?", 14],
      [20, "followup", "형제끼리는요?", 14],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.map((c) => c.answer)).toEqual([
      "언제나 값에 의한 호출입니다. 객체를 넘겨도 참조값이 복사되어 넘어갑니다.",
      "복사된 참조가 같은 객체를 가리켜서, 객체 안을 바꾸면 호출한 쪽에서도 보이기 때문입니다.",
      "만들어진 뒤 상태가 바뀌지 않으니 여러 스레드가 락 없이 읽어도 됩니다.\n\n- 꼬리 질문: 생성자에서 받은 리스트는 어떻게 하나요?",
      "아닙니다. 필드가 가리키는 리스트의 원소는 여전히 바뀔 수 있습니다.",
      "부모가 자식에게 props로 내려 주는 한 방향 흐름입니다.",
      "직접은 안 됩니다. 부모가 내려 준 콜백을 자식이 부릅니다",
      "공통 부모로 상태를 끌어올립니다",
    ]);
  });

  it("a follow-up of each ('각각 …?') is answered by the sibling headings naming what the question it follows named; others stay as they were", () => {
    const { deck, cards, unanswered } = parseFixture("followup-of-each.md");
    expect(cards).toEqual([
      [1, "qa", "뮤텍스와 세마포어의 차이를 설명해 주세요.", null],
      [7, "followup", "각각 어떤 상황에서 쓰나요?", 1],
      [17, "qa", "캐시와 버퍼는 어떻게 다른가요?", null],
      [25, "followup", "디스크 스케줄링에 대해 설명해 주세요.", 17],
    ]);
    expect(deck.cards[1]!.answer).toBe("### 뮤텍스\n\n공유 자료 하나를 한 스레드만 고치게 할 때 씁니다.\n\n### 세마포어 (Semaphore)\n\n커넥션 풀처럼 같은 자원이 여러 개일 때 씁니다.");
    // (a heading the question before never named is no answer of "각각의 단점은…?": it is still to be answered)
    expect(unanswered).toEqual([[23, "각각의 단점은 무엇인가요?", 17]]);
  });

  it("the marker set in bold, a quote holding an apostrophe, and a quoted question without its '?' read the same way", () => {
    expect(noteCards(["## TCP와 UDP의 차이는?", "", "TCP는 연결을 맺고 순서를 지키며, UDP는 그렇지 않다.", "", "- **꼬리 질문**: \"UDP로 신뢰성을 얻으려면요?\" → \"애플리케이션이 재전송과 순서 번호를 맡습니다.\"", "- 꼬리 질문: \"Spring's 프록시는 private 메서드에도 걸리나요?\" → \"아니요, 가로챌 수 없습니다.\""])).toEqual([
      [1, "qa", "TCP와 UDP의 차이는?", null],
      [5, "followup", "UDP로 신뢰성을 얻으려면요?", 1],
      [6, "followup", "Spring's 프록시는 private 메서드에도 걸리나요?", 1],
    ]);
    const deck = parseNote(["## URL을 입력하면 어떤 일이 일어나나요?", "", "DNS 조회, TCP 연결, HTTP 요청 순서로 진행된다.", "", "### 예상 꼬리 질문", "- \"HTTP → HTTPS 리다이렉트는 누가 하나요\" → 보통 서버가 301로 보냅니다"]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [1, "URL을 입력하면 어떤 일이 일어나나요?", "DNS 조회, TCP 연결, HTTP 요청 순서로 진행된다."],
      [6, "HTTP → HTTPS 리다이렉트는 누가 하나요", "보통 서버가 301로 보냅니다"],
    ]);
  });

  it("'둘 다 …?' asks of both at once: the headings after it are no answer; a label beside the question under the note's title finds it", () => {
    const both = parseNote(["## @Component와 @Bean의 차이는?", "", "@Component는 스캔으로, @Bean은 설정 메서드로 등록한다.", "", "### 꼬리 질문", "", "#### 둘 다 같은 타입으로 등록하면 어떻게 되나요?", "", "#### @Component", "", "클래스에 붙인다.", "", "#### @Bean", "", "외부 라이브러리 객체에 쓴다."]);
    expect(both.unanswered?.map((u) => u.line)).toEqual([7]);
    expect(noteCards(["# 데이터베이스", "", "## 낙관적 락과 비관적 락의 차이는?", "", "비관적 락은 먼저 잠그고, 낙관적 락은 커밋할 때 충돌을 확인한다.", "", "## 꼬리질문", "", "### 각자 언제 쓰나요?", "", "### 낙관적 락", "", "충돌이 드문 조회 위주 화면에 쓴다.", "", "### 비관적 락", "", "재고처럼 충돌이 잦은 곳에 쓴다."])).toEqual([
      [3, "qa", "낙관적 락과 비관적 락의 차이는?", null],
      [9, "followup", "각자 언제 쓰나요?", 3],
    ]);
  });
});
