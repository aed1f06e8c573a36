/**
 * Gaps the thirtieth round's second reader left open, and shapes blind sets
 * 48 and 49 showed: a question jotted in bullets with its answer in the
 * paragraph under it, a hedged answer, closing words under a round of
 * questions, a heading naming where its words come from, a practical
 * question with a reading pointer under it, a note after a request that
 * holds a call's brackets, a facet asked with its topic, a line that only
 * urges the reader on, and the brackets of a language that are no blank.
 * Notes written for these tests.
 */
import { describe, expect, it } from "vitest";
import { noteCards as cards, parseNote as parse } from "@/test/helpers/parse-fixture";


describe("questions jotted as bullets, each answered by the paragraph under it", () => {
  it("under '## 질문', each bullet is a card with its own paragraph", () => {
    const deck = parse(["# DB", "", "## 질문", "", "- 인덱스는 왜 조회를 빠르게 하나요?", "", "정렬된 트리로 찾을 범위를 좁히기 때문이다.", "", "- 인덱스가 많으면 무엇이 느려지나요?", "", "쓰기마다 트리도 함께 고쳐야 해서 삽입과 수정이 느려진다.", ""]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [5, "인덱스는 왜 조회를 빠르게 하나요?", "정렬된 트리로 찾을 범위를 좁히기 때문이다."],
      [9, "인덱스가 많으면 무엇이 느려지나요?", "쓰기마다 트리도 함께 고쳐야 해서 삽입과 수정이 느려진다."],
    ]);
    expect(deck.unanswered).toEqual([]);
  });

  it("a marked follow-up bullet after the first follows it up", () => {
    expect(cards(["# DB", "", "## 질문", "", "1. 격리 수준에는 무엇이 있나요?", "", "네 단계가 있고 아래로 갈수록 이상 현상이 줄어든다.", "", "- 꼬리질문: 기본 격리 수준은?", "", "엔진마다 다르고, 흔히 READ COMMITTED를 쓴다.", ""])).toEqual([
      [5, "qa", "격리 수준에는 무엇이 있나요?", null],
      [9, "followup", "기본 격리 수준은?", 5],
    ]);
  });

  it("a bullet question over a source line alone is still listed, not answered by it", () => {
    const deck = parse(["# 면접", "", "## 인성 질문", "", "- 가장 힘들었던 협업 경험은?", "", "Source: [블로그](https://example.com/a)", "", "- 실패에서 배운 점은?", "", "Source: [블로그](https://example.com/b)", ""]);
    expect(deck.cards.map((c) => c.prompt)).not.toContain("가장 힘들었던 협업 경험은?");
  });
});

describe("numbered questions of a round", () => {
  it("an answer that hedges with a question ('…충분하지 않나?') is still the answer", () => {
    const deck = parse(["# 스터디", "", "## 2주차 질문", "", "(1) 스레드 풀은 왜 쓰나?", "", "스레드를 만드는 비용을 줄이려고.", "", "(2) 풀 크기는 어떻게 정하나?", "", "CPU 작업이면 코어 수 정도면 충분하지 않나?", "", "(3) 큐가 가득 차면?", "", "거절 정책에 따라 예외를 던진다.", ""]);
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toContainEqual(["풀 크기는 어떻게 정하나?", "CPU 작업이면 코어 수 정도면 충분하지 않나?"]);
    expect(deck.unanswered).toEqual([]);
  });

  it("closing words under a round of questions end the last answer, no card of the round's title", () => {
    const deck = parse(["# 스터디", "", "## 5주차 꼬리질문", "", "(1) 데드락의 조건은?", "", "상호 배제, 점유 대기, 비선점, 순환 대기.", "", "(2) 예방하려면?", "", "조건 하나를 깨면 된다.", "", "(3) 은행원 알고리즘은?", "", "안전 상태를 미리 계산해 본다.", "", "요약하면 예방, 회피, 탐지 후 회복으로 다룬다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["데드락의 조건은?", "예방하려면?", "은행원 알고리즘은?"]);
    expect(deck.cards[2]?.answer).toContain("요약하면");
  });
});

describe("headings that are parts of the answer above", () => {
  it("a heading naming where its words come from ('…블로그에서') folds into the topic", () => {
    const deck = parse(["# 트래픽", "", "## 캐시 스탬피드", "", "인기 키가 만료되는 순간 요청이 DB로 몰리는 현상이다.", "", "### 어느 기술 블로그에서", "", "만료 직전에 확률적으로 미리 갱신하는 방법을 소개했다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["캐시 스탬피드에 대해 설명해 주세요."]);
    expect(deck.cards[0]?.answer).toContain("확률적으로");
  });

  it("a facet read as a follow-up of its topic asks with that topic ('흐름제어의 해결방법'), never alone", () => {
    expect(cards(["## 흐름제어", "- 수신측의 처리 속도 < 송신측의 전송 속도일 때 문제가 생겨 그 차이를 줄이는 기법", "- 수신측 버퍼는 크기가 정해져 있어 넘치면 잃으므로 송신량을 맞춘다", "", "### 해결방법", "#### 1. Stop and Wait", "- ACK를 받아야 다음 패킷을 보낸다.", ""])).toContainEqual([5, "followup", "흐름제어의 해결방법에 대해 설명해 주세요.", 1]);
  });
});

describe("what a question carries after it", () => {
  it("a note after a request may hold a call's brackets ('(equals(), ==)'): the heading still asks, its parts fold", () => {
    expect(cards(["# 자바", "## 동일성(identity)과 동등성(equality)에 대해 설명해주세요. (equals(), ==)", "### 동일성", "* 메모리에서 같은 객체인지 판단", "* 객체의 주소를 비교", "* '==' 연산자 사용", "### 동등성", "* 값이 같은지 비교", ""])).toEqual([[2, "qa", "동일성(identity)과 동등성(equality)에 대해 설명해주세요. (equals(), ==)", null]]);
  });

  it("a book's question with a reading pointer under it still cards the practical question it sets", () => {
    const deck = parse(["# 리액트", "", "### Q) 7. What is the virtual DOM?", "", "> Q) 가상 DOM을 쓰면 항상 빠른가요?", "", "항상 빠르지는 않다. 변경을 모아 실제 DOM 조작 횟수를 줄여 줄 뿐이다.", "", "#### 참고", "", "공식 문서의 재조정 항목.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["가상 DOM을 쓰면 항상 빠른가요?"]);
    expect(deck.unanswered?.map((u) => u.prompt)).toEqual(["What is the virtual DOM?"]);
  });
});

describe("no card for what only leads in", () => {
  it("a heading whose own text only urges the reader on ('…이해를 해보자.') over its questions", () => {
    const deck = parse(["# 스터디 노트", "", "# 오늘의 주제: 인덱스", "", "많이 들어는 봤지만, 정확하게 이해를 해보자.", "", "## 인덱스란 뭘까?", "", "- 조회를 빠르게 하려고 따로 정렬해 둔 자료구조다.", ""]);
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([["qa", "인덱스란 뭘까?"]]);
    expect(deck.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("머리말"));
  });

  it("brackets the language writes ('빈 튜플은 ( ) 로 만든다' over code) are no blanks to fill in", () => {
    expect(parse(["# 파이썬", "", "## 튜플", "", "- 빈 튜플은 ( ) 로 만든다", "  - `t = ()` 처럼 쓰고 길이는 0이다.", "- 원소 하나짜리 튜플도 ( ) 안에 쉼표를 붙인다", "  - `t = (1,)` 처럼 쓴다.", ""]).cards.map((c) => c.prompt)).toEqual(["튜플에 대해 설명해 주세요."]);
  });
});
