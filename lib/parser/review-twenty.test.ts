/**
 * The second reader's findings on the twentieth round, each on the note the reader wrote to show
 * it (lib/parser/fixtures/review-twenty/), pinned as fixed: nothing the user wrote is lost to the
 * round's new rules, and numbers, signs and ids that belong to a question stay.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

function parsed(name: string) {
  const file = `review-twenty/${name}`;
  const deck = parseDeck(readFileSync(path.join(__dirname, "fixtures", file), "utf8"), { path: file });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return {
    deck,
    cards: deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null]),
    answers: deck.cards.map((c) => c.answer),
    unanswered: (deck.unanswered ?? []).map((u) => [u.line, u.prompt]),
  };
}

describe("review of the twentieth round", () => {
  it("a template's empty slots go, but a heading written on its own line ('### 정답: O(n)') or heading something stays", () => {
    expect(parsed("e3-colon-slot.md").answers).toEqual(["### 정답: O(n)\n\n### 해설: 끝까지 본다\n\n#### 최악의 경우\n\n원소가 맨 뒤에 있을 때입니다."]);
    expect(parsed("e1-empty-slot.md").answers).toEqual(["평균 O(n log n), 최악 O(n^2)입니다.\n\n### 장점\n\n#### 캐시 효율\n\n메모리 접근이 연속적입니다."]);
  });

  it("a '참고' fold holding words is read as before; a '번외' fold is more of the answer above it", () => {
    const { cards, answers } = parsed("s1-ref-fold.md");
    expect(cards).toEqual([
      [3, "qa", "데드락이란?", null],
      [7, "followup", "참고에 대해 설명해 주세요.", 3],
      [15, "qa", "세마포어란?", null],
    ]);
    expect(answers[1]).toContain("데드락의 네 가지 조건은 상호 배제, 점유 대기, 비선점, 순환 대기입니다.");
    expect(answers[2]).toBe("카운팅 세마포어와 이진 세마포어가 있습니다.\n\n뮤텍스는 소유권이 있습니다.");
  });

  it("numbers that are words of a question stay: a run not counted from 1, arithmetic, a number list", () => {
    expect(parsed("b1-bare.md").cards.map((c) => c[2])).toEqual(["2 계층 스위치란?", "3 계층 스위치란?", "4 계층 스위치란?"]);
    expect(parsed("b2-data.md").cards.map((c) => c[2])).toEqual(["1 2 3 중 가장 큰 수는?", "2 + 2는?", "3 * 3은?"]);
  });

  it("a sign opening a question stays; only a bullet before a number goes", () => {
    expect(parsed("d1-dash.md").cards.map((c) => c[2])).toEqual(["+ 연산자로 문자열을 합치면 왜 느린가요?", "- 연산자를 문자열에 쓰면 어떻게 되나요?", "포인터 연산은 왜 위험한가?"]);
  });

  it("short answer items under an asking item are its answer, not questions", () => {
    const { cards, unanswered } = parsed("l1-li-topic.md");
    expect(cards).toEqual([[3, "qa", "스택에 대해 설명해 주세요.", null]]);
    expect(unanswered).toEqual([]);
  });

  it("a practice prompt is made only for follow-ups answered in words, and a dropped picture answer is named", () => {
    const { deck, cards, unanswered } = parsed("p1-anchor.md");
    expect(cards).toEqual([
      [19, "qa", "스택이란?", null],
      [22, "followup", "큐와 차이는?", 19],
      [29, "qa", "해시 테이블에 대해 설명해 주세요.", null],
      [34, "followup", "충돌은 어떻게 처리하나요?", 29],
    ]);
    expect(unanswered).toEqual([
      [3, "링크드 리스트에 대해 설명해 주세요."],
      [6, "배열과 비교하면 어떤가요?"],
      [12, "삽입은 얼마나 걸리나요?"],
    ]);
    expect(deck.warnings.map((w) => w.line)).toContain(29);
  });

  it("a topic spoken as a script keeps its card's id when its heading asks before '알아보자'", () => {
    // (the ids the parser gave these cards before the round, at 99cb38d)
    expect(parsed("f3-script-topic.md").deck.cards.map((c) => c.id)).toEqual(["87b3c00b1e3f2fc9", "c3c9432cc696f382"]);
  });

  it("a follow-up answered inside a fence taken off as prose ends where the fence closed", () => {
    expect(parsed("m5-unfence-overrun.md").answers).toEqual([
      "메모리를 고정 크기 페이지로 나누어 관리하는 기법입니다\n\n위 답변에 더해, 페이지 테이블은 TLB로 캐시한다는 점도 말하면 좋습니다.",
      "내부 단편화가 커집니다",
    ]);
  });

  it("admonitions: a longer fence holds a shorter one and ':::' inside it; one in a list keeps its indent; an unclosed opener stays as written", () => {
    expect(parsed("a2-admon-list.md").answers).toEqual(["- 자원을 URI로 표현합니다.\n  > **참고**\n  > HATEOAS는 잘 안 씁니다.\n\n- 행위는 메서드로 표현합니다.\n\n> **주의**\n> ````md\n> ```js\n> :::\n> ```\n> ````\n> 아래 내용도 주의 안입니다.\n\n끝 문단."]);
    expect(parsed("a3-admon-unclosed.md").answers).toEqual(["자바 바이트코드를 실행하는 가상 머신입니다.\n\n:::info 메모리 구조", "쓰지 않는 객체를 회수합니다.\n\n> **팁**\n> G1GC가 기본입니다.", "런타임에 컴파일합니다."]);
  });
});
