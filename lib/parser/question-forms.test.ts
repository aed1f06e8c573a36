/**
 * Question forms met in blind-labelled notes: spoken Korean endings, English
 * "why" headings without "?", and questions marked as continuing the one above.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import { asksAsNounPhrase, hasQuestionPrefix, isQuestion, stripQuestionPrefix } from "./questions";
import { questionKey } from "./question-key";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("question forms", () => {
  it("spoken endings ask (…없다면서요, …될까요, …맞는지요); statements do not", () => {
    expect(isQuestion("자바에는 참조에 의한 호출이 없다면서요")).toBe(true);
    expect(isQuestion("인덱스를 많이 만들면 왜 느려질까요")).toBe(true);
    expect(isQuestion("이 설명이 맞는지요")).toBe(true);
    expect(isQuestion("자바는 값에 의한 호출만 지원합니다")).toBe(false);
    expect(isQuestion("스레드마다 스택이 따로 있다")).toBe(false);
  });

  it("\"인가\" ending a word asks (…최선인가, …무엇인가, and …필요한가, …같은가, …어려운가); \"인가\" as a word of its own is authorization, a topic", () => {
    expect(isQuestion("낙관적 락이 항상 최선인가")).toBe(true);
    expect(isQuestion("정규화의 목적은 무엇인가")).toBe(true);
    expect(isQuestion("언제 전역 상태가 필요한가")).toBe(true);
    expect(isQuestion("두 객체의 해시 코드는 항상 같은가")).toBe(true);
    expect(isQuestion("어떤 점이 어려운가")).toBe(true);
    // (a second reader's list: any syllable closed by ㄴ before 가 asks, as in "…ㄴ가요"; nouns ending so do not)
    expect(isQuestion("멀티 스레드는 항상 빠른가")).toBe(true);
    expect(isQuestion("Hashtable과 무엇이 다른가")).toBe(true);
    expect(isQuestion("성능은 어떤가")).toBe(true);
    expect(isQuestion("주식 상한가")).toBe(false);
    expect(isQuestion("인증과인가")).toBe(false);
    expect(isQuestion("제품 단가")).toBe(false);
    // (…only an adjective's or 이다's form before 가: nouns closed by ㄴ, joined or after a slash, ask nothing)
    expect(isQuestion("평균단가")).toBe(false);
    expect(isQuestion("상한가/하한가")).toBe(false);
    expect(isQuestion("데이터 전문가")).toBe(false);
    expect(isQuestion("배열이 리스트보다 빠른 건 언제인가")).toBe(true);
    expect(isQuestion("URL 단축기를 어떻게 설계하시겠어요")).toBe(true);
    expect(isQuestion("인증과 인가")).toBe(false);
    expect(isQuestion("인증(Authentication)과 인가(Authorization)")).toBe(false);
    expect(isQuestion("인증/인가")).toBe(false);
    const deck = parseDeck("# 보안\n\n## 인증과 인가\n인증은 누구인지 확인하고, 인가는 무엇을 할 수 있는지 정합니다.\n", { path: "note.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["인증과 인가에 대해 설명해 주세요."]);
  });

  it("a question put to oneself in speech, a question word then \"-지\", asks; \"-지\" that answers or counts does not", () => {
    expect(isQuestion("왜 QoS가 필요하지")).toBe(true);
    expect(isQuestion("다른 큐에 보내는 게 무슨 의미지")).toBe(true);
    expect(isQuestion("스택이 뭐지")).toBe(true);
    expect(isQuestion("왜냐하면 문맥 교환이 비싸기 때문이지")).toBe(false);
    expect(isQuestion("어떻게든 끝내야 하지")).toBe(false);
    expect(isQuestion("무엇을 고를지 기준 두가지")).toBe(false);
    expect(isQuestion("처음부터 어디까지")).toBe(false);
    expect(isQuestion("어떤 경우에 StringBuilder를 쓰지")).toBe(true);
    expect(isQuestion("그럼 스레드는 몇 개가 적당하지")).toBe(true);
    // (a question word that is part of another word or phrase, or a "-지" closing a clause other than the question's)
    expect(isQuestion("언제나 equals와 hashCode는 함께 재정의해야 하지")).toBe(false);
    expect(isQuestion("무엇보다 쓰기 성능이 떨어지지")).toBe(false);
    expect(isQuestion("어떻게 보면 락 순서만 지키면 되는 거지")).toBe(false);
    expect(isQuestion("누구나 한 번은 겪는 문제지")).toBe(false);
    expect(isQuestion("어느 정도는 알아야 하지")).toBe(false);
    expect(isQuestion("결국 왜 쓰는지 아는 게 핵심이지")).toBe(false);
  });

  it("an English heading that opens with Why and says what it asks about is a question; a bare 'Why' phrase is not", () => {
    expect(isQuestion("Why each thread has its own stack")).toBe(true);
    expect(isQuestion("Why React")).toBe(false);
    expect(isQuestion("Thread and its stack")).toBe(false);
  });

  it("a question marked as continuing the one above ((위 질문과 연결), +그럼 …) follows it up", () => {
    const note = [
      "# 트랜잭션",
      "",
      "<details><summary>트랜잭션의 ACID를 설명해 주세요.</summary>",
      "",
      "원자성, 일관성, 격리성, 지속성입니다.",
      "",
      "</details>",
      "",
      "<details><summary>(위 질문과 연결) 원자성이 깨지면 어떤 일이 생기나요?</summary>",
      "",
      "일부만 반영된 상태가 남습니다.",
      "",
      "</details>",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "tx.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      ["qa", "트랜잭션의 ACID를 설명해 주세요.", null],
      ["followup", "(위 질문과 연결) 원자성이 깨지면 어떤 일이 생기나요?", 3],
    ]);
  });

  it("a \"Q1.\" question broken across two lines of its paragraph (\"…있다면,\" then \"…거칠까요?\") is one question; the second line is no answer to it", () => {
    const { deck, cards, unanswered } = parseFixture("broken-question-line.md");
    expect(cards).toEqual([
      [3, "qa", "캐시에 대해 설명해 주세요.", null],
      [13, "followup", "캐시 일관성은 어떻게 지키나요?", 3],
      // (a next line that states something first is the answer, not the rest of the question; "…빨라집니까" asks formally)
      [16, "followup", "인덱스를 많이 만들면?", 3],
      [20, "followup", "인덱스를 쓰면 조회가 왜 빨라집니까", 3],
    ]);
    expect(unanswered).toEqual([
      [8, "만약 필요한 데이터가 디스크에만 있다면, CPU가 디스크에서 바로 읽으면 되지 왜 여러 계층을 거칠까요?", 3],
      [11, "캐시가 클수록 항상 좋은가요?", 3],
    ]);
    expect(deck.cards[2]!.answer).toBe("쓰기가 느려진다. 쓸 때마다 모든 인덱스를 갱신해야 하기 때문이다.\n그러면 몇 개가 적당할까?");
  });

  it("an emoji question mark asks in a sentence that asks (\"…왜 필요한데 ❓\", asked as \"…필요한데?\"); a term marked with it is a looked-up aside in the answer", () => {
    const { deck, cards } = parseFixture("emoji-question-mark.md");
    expect(cards).toEqual([
      [3, "qa", "스풀링에 대해 설명해 주세요.", null],
      [10, "followup", "스풀링은 왜 필요한데?", 3],
      [14, "followup", "스풀링이 없으면 어떻게 되나요?", 3],
    ]);
    expect(deck.cards[0]!.answer).toContain("> **TLB (Translation Lookaside Buffer) ❓**");
    expect(["스풀링은 왜 필요한데 ❓", "더 나은 이유 ❓", "어떻게 막나요❔"].filter((t) => !isQuestion(t))).toEqual([]);
    expect(["PTBR (Page Table Base Register) ❓", "내부 단편화 ❓"].filter((t) => isQuestion(t))).toEqual([]);
  });

  it("one question written twice, in English then in Korean, each line emphasised, is one question asked in Korean, not the answer of the question above", () => {
    const { cards, unanswered } = parseFixture("bilingual-questions.md");
    expect(cards).toEqual([]);
    expect(unanswered).toEqual([
      [3, "아래 구문의 반환값은 무엇인가요?", null],
      [8, "window.bar의 값은 무엇인가요?", null],
    ]);
  });

  it("reads a casual request and the plain imperative of an exercise sheet as asking, and a star after a question as a mark", () => {
    // (written for this test: "…설명 좀" and "…찾아라." were given a request tail, "…설명 좀에 대해 설명해 주세요.")
    expect(["immutable에 대해서 설명 좀", "이벤트 루프 설명좀 해 줘", "과적합에 영향을 주는 요인을 2개 찾아라.", "알맞은 것을 골라라"].filter((t) => !isQuestion(t))).toEqual([]);
    expect(["설명 좀 더 붙임", "찾아보기"].filter((t) => isQuestion(t))).toEqual([]);
    expect(questionKey("Rest API란 무엇인가요? ★")).toBe(questionKey("Rest API란 무엇인가요?"));
  });
});


describe("a heading marked \"Question 7.\"", () => {
  it("is the note's question, its sub-headings the parts of its answer, as \"Q7.\" is", () => {
    const note = ["## Question 7. 얕은 복사와 깊은 복사의 차이", "", "#### 얕은 복사", "", "바깥 객체만 새로 만들고 안의 객체는 원본과 함께 씁니다.", "", "#### 깊은 복사", "", "안의 객체까지 모두 새로 만들어 원본과 나누지 않습니다.", "", "#### 그렇다면 언제 깊은 복사를 써야 하나요?", "", "복사본을 고쳐도 원본이 바뀌면 안 될 때 씁니다.", ""].join("\n");
    const deck = parseDeck(note, { path: "copy.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", "얕은 복사와 깊은 복사의 차이", null],
      [11, "followup", "그렇다면 언제 깊은 복사를 써야 하나요?", 1],
    ]);
  });

  it("\"Question:\" with no number stays the words of an English question sheet", () => {
    expect(hasQuestionPrefix("Question: What is a closure?")).toBe(false);
    expect(stripQuestionPrefix("Question 12) 트랜잭션 격리 수준")).toBe("트랜잭션 격리 수준");
  });
});

describe("a level written in English after a question", () => {
  it("'(advanced)' after a question's last word is an editorial note, on a heading wrapped over two lines too; elsewhere brackets stay", () => {
    const deck = parseDeck(["<h3>2. 해시 충돌을 줄이는 방법에 대해 얘기해주세요", "(Advanced)</h3>", "", "체이닝이나 개방 주소법을 쓰고, 적재율이 높아지면 테이블을 키운다.", "", "## HTTP 인증 방식에는 무엇이 있나요? (basic)", "", "Basic, Bearer, Digest가 있다.", "", "## 파이썬의 GIL (Global Interpreter Lock)", "", "한 번에 한 스레드만 바이트코드를 실행하게 하는 잠금이다."].join("\n"), { path: "levels.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["해시 충돌을 줄이는 방법에 대해 얘기해주세요", "HTTP 인증 방식에는 무엇이 있나요?", "파이썬의 GIL (Global Interpreter Lock)에 대해 설명해 주세요."]);
  });
});

describe("a bold '둘의 차이' in the answer to a question of a difference", () => {
  it("is part of that answer, naming no subject of its own; '세션과 쿠키의 차이' there would ask", () => {
    const note = (label: string) => parseDeck(["### 세션과 쿠키의 차이는?", "", "**쿠키**", "- 브라우저에 저장된다.", "", "**세션**", "- 서버에 저장된다.", "", `**${label}**`, "- 저장 위치: 쿠키는 브라우저, 세션은 서버", "- 보안: 서버에서 관리하는 세션이 더 안전하다.", ""].join("\n"), { path: "web.md" });
    const pronoun = note("둘의 차이");
    expect(pronoun.cards.map((c) => c.prompt)).toEqual(["세션과 쿠키의 차이는?"]);
    expect(pronoun.cards[0]!.answer).toContain("저장 위치");
    expect(asksAsNounPhrase("둘의 차이")).toBe(false);
    expect(asksAsNounPhrase("세션과 쿠키의 차이")).toBe(true);
  });
});

describe("a hint to open a fold after its question", () => {
  it("'(👈 Click)', '[클릭]', '👈 클릭' are no part of the question, in the prompt and its key; '더블 클릭' in a question stays", () => {
    const deck = parseDeck(["<details>", "<summary> 프로세스와 스레드의 차이점은? (👈 Click)</summary>", "", "프로세스는 자원을 따로 갖고 스레드는 공유한다.", "", "</details>", "", "<details>", "<summary>멀티스레드란? [클릭]</summary>", "", "한 프로세스 안에서 여러 흐름을 동시에 실행하는 것.", "", "</details>", "", "## 더블 클릭 이벤트는 어떻게 구분하나요?", "", "두 클릭 사이의 간격으로 구분한다.", ""].join("\n"), { path: "os.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["프로세스와 스레드의 차이점은?", "멀티스레드란?", "더블 클릭 이벤트는 어떻게 구분하나요?"]);
    expect(questionKey("프로세스와 스레드의 차이점은? (👈 Click)")).toBe(questionKey("프로세스와 스레드의 차이점은?"));
  });
});
