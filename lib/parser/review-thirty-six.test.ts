/**
 * A second reader's notes against the thirty-sixth round's rules: each rule
 * keeps to its shape, and real topics and answers near it stay cards.
 * Fixture notes written for these tests.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const prompts = (lines: string[]) => noteCards(lines).map((c) => c[2]);

describe("review of the thirty-sixth round", () => {
  it("a topic's list of values over a quote of references is the topic's answer; only an outline of links beside one is a link list", () => {
    expect(prompts(["# CSS", "", "## position 속성 값", "", "- static", "- relative", "- absolute", "- fixed", "- sticky", "", "> 📎 참고", "> [MDN](https://developer.mozilla.org/a)", "> [Tricks](https://css-tricks.com/b)"])).toEqual(["position 속성 값에 대해 설명해 주세요."]);
  });

  it("a table with a '담당자' column, a coding-test tip naming the 출제자 and a review process among 팀원의 PR are no housekeeping", () => {
    expect(prompts(["# 정규화", "", "## 제2정규형 위반 예시", "", "| 프로젝트ID | 담당자 | 담당자 부서 |", "|---|---|---|", "| P1 | 김민수 | 개발팀 |", "| P2 | 이지은 | 기획팀 |"])).toEqual(["제2정규형 위반 예시에 대해 설명해 주세요."]);
    expect(prompts(["# 코딩 테스트", "", "## 문제 접근 순서", "", "매일 한 문제씩 풀면서, 먼저 출제자의 의도를 파악하고 입력 크기로 시간 복잡도를 가늠한다."])).toEqual(["문제 접근 순서에 대해 설명해 주세요."]);
    expect(prompts(["# 협업", "", "## 코드 리뷰 프로세스", "", "- 매주 월요일 팀원의 PR을 두 명 이상이 리뷰한다.", "- 리뷰가 끝나면 브랜치를 main에 머지한다."])).toEqual(["코드 리뷰 프로세스에 대해 설명해 주세요."]);
  });

  it("a checklist of '…인가?' items after a paragraph of a listed question's answer is part of that answer", () => {
    const note = ["# 데이터베이스", "", "- 인덱스는 어떤 컬럼에 거는 것이 좋을까요?", "", "인덱스를 걸기 전에 아래 질문을 스스로 던져 본다.", "", "- 카디널리티가 높은가?", "- WHERE 절에서 자주 조회되는가?", "", "둘 다 그렇다면 인덱스 후보로 알맞다.", "", "- 클러스터드 인덱스란?", "", "테이블의 데이터 자체가 인덱스 순서로 정렬되어 저장되는 인덱스다."];
    const deck = parseNote(note);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["인덱스는 어떤 컬럼에 거는 것이 좋을까요?", "클러스터드 인덱스란?"]);
    expect(deck.cards[0]!.answer).toContain("카디널리티가 높은가?");
    expect(deck.cards[0]!.answer).toContain("인덱스 후보로 알맞다.");
  });

  it("a fence under a question list answers its last item only when no paragraph follows it", () => {
    const note = ["# JVM", "", "- 힙 구조는?", "  - Young과 Old 영역으로 나뉜다.", "- 이런 에러가 나면 어떻게 분석하나요?", "", "```", "java.lang.OutOfMemoryError: Java heap space", "```", "", "힙 덤프를 남기고 MAT로 열어 가장 많은 메모리를 잡은 객체를 찾는다."];
    const deck = parseNote(note);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["힙 구조는?"]);
    expect(deck.unanswered?.map((u) => u.prompt)).toEqual(["이런 에러가 나면 어떻게 분석하나요?"]);
  });

  it("a heading ending in '목차' over prose explains, and a caption naming one labels an example", () => {
    expect(prompts(["# 인덱스", "", "## 비유하자면 책의 목차", "", "책에서 원하는 내용을 찾을 때 목차를 먼저 보듯, 인덱스는 값이 어디 있는지 알려 준다."])).toEqual(["비유하자면 책의 목차에 대해 설명해 주세요."]);
    const caption = parseNote(["# HTML", "", "## h1~h6 태그는 어떻게 써야 하나요?", "", "제목의 위계에 맞게 차례로 써야 한다.", "", "**예시: 블로그 글의 목차**", "", "```html", "<h1>정리</h1>", "```"]);
    expect(caption.cards[0]!.answer).toContain("**예시: 블로그 글의 목차**");
  });

  it("under an empty repository title, a topic defined with '저장소' is a topic, not the repository's tagline", () => {
    expect(prompts(["# backend-interview", "", "## Redis", "", "Redis는 메모리 기반의 키-값 저장소로, 캐시와 세션 저장에 많이 쓴다."])).toEqual(["Redis에 대해 설명해 주세요."]);
  });

  it("a lead line ending in '방법' alone under a topic still defines the topic", () => {
    expect(prompts(["# 운영체제", "", "## 가상 메모리", "", "#### 물리 메모리보다 큰 프로그램도 실행할 수 있게 해 주는 메모리 관리 방법", "", "프로세스마다 독립된 가상 주소 공간을 주고 필요한 페이지만 물리 메모리에 올린다."])).toEqual(["가상 메모리에 대해 설명해 주세요."]);
  });

  it("a personality topic naming a kind of company is no interview log; a company named with how it interviewed is", () => {
    expect(prompts(["# 인성 면접", "", "## 대기업", "", "체계적인 온보딩과 큰 트래픽을 경험할 수 있다는 점이 끌린다."])).toEqual(["대기업에 대해 설명해 주세요."]);
    expect(prompts(["# 면접 후기", "", "## C 기업 (화상)", "", "30분 동안 자기소개와 프로젝트 질문을 받았다."])).toEqual([]);
  });

  it("acronyms jotted with a '?' ask; a keyword's '?' beside the same keyword does not", () => {
    expect(prompts(["# 웹 보안", "", "- CORS?", "  - 다른 출처의 리소스를 서버가 허용하는지 헤더로 알려 주는 정책", "- XSS?", "  - 악성 스크립트를 페이지에 심어 다른 사용자의 브라우저에서 실행시키는 공격"])).toEqual(["CORS?", "XSS?"]);
  });

  it("feedback headed with its week ('## CS 스터디 피드백 - 5주차') under a title of its own is a review too", () => {
    const deck = parseNote(["# 면접 스터디 기록", "", "## CS 스터디 피드백 - 5주차", "", "### 아쉬운 점", "", "- 답변이 너무 길었음. 두괄식으로 결론부터 말하기", "- 용어를 영어와 한국어로 섞어서 씀"]);
    expect(deck.cards).toEqual([]);
  });
});
