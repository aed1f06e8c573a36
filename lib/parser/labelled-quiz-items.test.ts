/**
 * A quiz sheet whose items sit under headings that only number them (fixture
 * note written for this test, in our own words): "## 문제 1" over field lines
 * ("**유형**: OX형") and a "**문제**:" line, answered in a reveal fold. The
 * labelled line is the prompt, a true-or-false statement included; the fields
 * and the label are not words of it. Pins the whole deck and its answers.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, noteCards } from "@/test/helpers/parse-fixture";
import { parseDeck } from "./parse-deck";

describe("labelled quiz items", () => {
  it("the labelled line under a numbering heading is the question, the reveal fold its answer", () => {
    const { deck, cards, unanswered } = parseFixture("labelled-quiz-items.md");
    expect(cards).toEqual([
      [3, "qa", "스레드는 같은 프로세스의 다른 스레드와 스택 영역을 공유한다.", null],
      [20, "qa", "교착 상태가 생기는 네 가지 조건을 서술하세요.", null],
      [35, "qa", "다음 중 선점형 스케줄링 알고리즘을 고르시오.", null],
      [58, "qa", "다음 코드의 출력 결과는?", null],
      [79, "qa", "위 표에서 SJF(비선점)로 스케줄링할 때 P2가 끝나는 시각을 고르시오.", null],
      [106, "qa", "다음 두 트랜잭션이 끝난 뒤 잔액으로 알맞은 것은?", null],
      [131, "qa", "다음 중 2NF는 만족하지만 3NF는 만족하지 않는 경우는?", null],
      [146, "qa", "다음 표를 보고 답하시오. 후보키를 모두 쓰시오.", null],
      [169, "qa", "다음 설명 중 옳은 것을 모두 고르시오.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.map((c) => c.answer)).toEqual([
      "**정답**: X\n\n**해설**: 스레드마다 스택은 따로 갖고, 코드·데이터·힙 영역만 함께 쓴다.",
      "**정답**: 상호 배제, 점유 대기, 비선점, 순환 대기가 모두 성립할 때 생긴다.",
      "**정답**: 2\n\n**해설**: 라운드 로빈은 정해진 시간이 지나면 실행 중인 작업을 빼앗는다.",
      '**정답**: "1,23"\n\n**해설**: 배열은 문자열로 바뀐 뒤 이어 붙는다.',
      "**정답**: 2\n\n**해설**: P1이 먼저 도착해 5까지 실행되고, 그다음 P2가 7에 끝난다.",
      "**정답**: 1",
      "**풀이**: 3NF는 2NF에서 이행 함수 종속까지 없앤 상태이므로, 이행 종속이 남아 있으면 2NF까지만 만족한다.\n\n**정답**: 2",
      "**정답**: 학번, 전화번호",
      "**정답:** ㄱ",
    ]);
  });

  it("what an item shows before its reveal fold (choices, code, a table, a further sentence) is given with the question, not answered", () => {
    const { deck } = parseFixture("labelled-quiz-items.md");
    expect(deck.cards.map((c) => c.given ?? null)).toEqual([
      null,
      null,
      "**보기**:\n\n1. FCFS\n2. 라운드 로빈\n3. SJF (비선점)",
      "```js\nconsole.log([1, 2] + [3]);\n```",
      "| 프로세스 | 도착 시간 | 실행 시간 |\n| --- | --- | --- |\n| P1 | 0 | 5 |\n| P2 | 1 | 2 |\n\n1. 3\n2. 7",
      "```\nT1: READ(A) A = A - 10 WRITE(A)\nT2: READ(A) A = A * 2 WRITE(A)\n```\n\nA의 처음 값이 100이고 T1 다음 T2 순서로 실행될 때의 값을 고르시오.\n\n1. 180\n2. 190",
      // (a worked solution before the answer's label is the answer's: only the choices are given)
      "1. 부분 함수 종속이 남아 있다\n2. 이행 함수 종속이 남아 있다",
      // (an instruction and the question under the table are asked together; the table is given)
      "| 학번 | 이름 | 전화번호 |\n| --- | --- | --- |\n| 1 | 김하나 | 010-1234 |",
      // ("**질문:**" labels an item's question as "**문제**:" does)
      "ㄱ. 힙은 완전 이진 트리다.\nㄴ. 해시 테이블은 언제나 O(1)이다.",
    ]);
  });

  it("prose that says rather than asks, before the answer's label, stays the answer's: nothing is given away", () => {
    const explained = ["## 커넥션 재사용", "", "**질문**: HTTP keep-alive는 왜 쓰나요?", "", "요청마다 TCP 연결을 새로 맺으면 핸드셰이크 비용이 매번 든다.", "", "**답**: 연결을 다시 써서 지연을 줄이려고."];
    const attempt = ["## 문제 1", "", "**문제**: 배열에서 합이 target인 두 수의 위치를 구하라.", "", "처음엔 이중 반복문으로 풀어 시간 초과가 났다.", "", "**정답**: 해시맵에 값과 위치를 넣으며 target - x를 찾는다."];
    for (const lines of [explained, attempt]) {
      const [card] = parseDeck(lines.join("\n"), { path: "quiz.md" }).cards;
      expect(card?.given).toBeUndefined();
      expect(card?.answer).toContain(lines[4]);
    }
  });

  it("a sentence about a problem, or a heading that names a topic, is no quiz item", () => {
    expect(
      noteCards([
        "## 캐시 스탬피드",
        "",
        "문제 상황에서는 만료 순간 요청이 한꺼번에 원본으로 몰린다.",
        "",
        "락이나 확률적 조기 갱신으로 막는다.",
      ]),
    ).toEqual([[1, "qa", "캐시 스탬피드에 대해 설명해 주세요.", null]]);
    expect(
      noteCards([
        "## 캐시 스탬피드",
        "",
        "**문제**: 만료 순간 요청이 한꺼번에 원본으로 몰린다.",
        "",
        "**해결**: 락이나 확률적 조기 갱신으로 막는다.",
      ]),
    ).toEqual([[1, "qa", "캐시 스탬피드에 대해 설명해 주세요.", null]]);
  });

  it("a label alone over the table it asks about: the question is the asking line under the table, the table is given", () => {
    const lines = ["## 문제 4", "", "**문제**:", "", "| id | name |", "| --- | --- |", "| 1 | a |", "", "위 테이블의 기본키를 고르시오.", "", "**정답**: id"];
    expect(noteCards(lines)).toEqual([[1, "qa", "위 테이블의 기본키를 고르시오.", null]]);
    const [card] = parseDeck(lines.join("\n"), { path: "quiz.md" }).cards;
    expect([card?.given, card?.answer]).toEqual(["| id | name |\n| --- | --- |\n| 1 | a |", "**정답**: id"]);
    // (…but a sentence under the table that asks nothing is no question: the numbering heading keeps its card)
    expect(noteCards(["## 문제 4", "", "**문제**:", "", "| id | name |", "| --- | --- |", "| 1 | a |", "", "id는 겹치지 않는다.", "", "**정답**: id"])[0]?.[2]).toBe("문제 4");
  });

  it("fields typed one under another, a question on two lines, '## Q1' headings and '**정답**:' lines read the same way", () => {
    expect(
      noteCards([
        "## 문제 1",
        "**유형**: OX",
        "**난이도**: 하",
        "**문제**: UDP는 보낸 순서대로 도착함을 보장한다.",
        "",
        "**정답**: X",
        "",
        "## Q2",
        "",
        "**유형**: 서술형",
        "",
        "**문제**: 두 요청이 같은 재고를 동시에 읽고 각각 1을 뺐더니",
        "재고가 한 번만 줄었다. 이 현상의 이름을 쓰시오.",
        "**정답**: 갱신 손실",
      ]),
    ).toEqual([
      [1, "qa", "UDP는 보낸 순서대로 도착함을 보장한다.", null],
      [8, "qa", "두 요청이 같은 재고를 동시에 읽고 각각 1을 뺐더니 재고가 한 번만 줄었다. 이 현상의 이름을 쓰시오.", null],
    ]);
  });
});
