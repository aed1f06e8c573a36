/**
 * What a question shows with it (question-material.ts): a quiz's code and
 * choices come out of the answer into `given`, on notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import { splitQuestionMaterial } from "./question-material";

const QUIZ = [
  "# 자바스크립트 퀴즈",
  "",
  "###### 1. 무엇이 출력 될까요?",
  "",
  "```javascript",
  "let a = 1;",
  "",
  "console.log(typeof a);",
  "```",
  "",
  "- A: `number`",
  "- B: `string`",
  "- C: `undefined`",
  "",
  "<details><summary><b>답</b></summary>",
  "<p>",
  "",
  "#### 답: A",
  "",
  "숫자 리터럴의 타입은 number예요.",
  "",
  "</p>",
  "</details>",
  "",
].join("\n");

describe("question material", () => {
  it("a quiz shows its code and choices with the question; the answer is what the reveal held", () => {
    const [card] = parseDeck(QUIZ, { path: "quiz.md" }).cards;
    expect(card!.prompt).toBe("무엇이 출력 될까요?");
    expect(card!.given).toBe("```javascript\nlet a = 1;\n\nconsole.log(typeof a);\n```\n\n- A: `number`\n- B: `string`\n- C: `undefined`");
    expect(card!.answer).toBe("#### 답: A\n\n숫자 리터럴의 타입은 number예요.");
  });

  it("without a reveal, code is given only under a question that points at it, and choices only before an answer label", () => {
    expect(splitQuestionMaterial("아래 쿼리의 결과는 무엇인가요?", "```sql\nSELECT 1;\n```\n\n1 한 행이 나옵니다.", null)).toEqual({ given: "```sql\nSELECT 1;\n```", answer: "1 한 행이 나옵니다." });
    expect(splitQuestionMaterial("흐름 제어에 쓰는 값은?", "- A. TTL\n- B. 윈도 크기\n\n**정답: B**", null)).toEqual({ given: "- A. TTL\n- B. 윈도 크기", answer: "**정답: B**" });
    expect(splitQuestionMaterial("다음 중 TCP의 특징이 아닌 것은?", "ㄱ. 연결 지향\nㄴ. 비연결성\n\n정답: ㄴ", null)).toEqual({ given: "ㄱ. 연결 지향\nㄴ. 비연결성", answer: "정답: ㄴ" });
  });

  it("leaves an answer that opens with its own code or points whole: nothing marks where the answer starts", () => {
    // (a solution, asked for or not)
    expect(splitQuestionMaterial("싱글톤을 자바로 구현해 보세요", "```java\nclass A { private static final A I = new A(); }\n```\n\n생성자를 감춥니다.", null)).toBeNull();
    expect(splitQuestionMaterial("함수에서 여러 값을 반환하려면?", "```py\nreturn a, b\n```\n\n튜플로 묶여 반환됩니다.", null)).toBeNull();
    expect(splitQuestionMaterial("아래 조건의 쿼리를 작성하시오", "```sql\nSELECT * FROM t;\n```\n\n조건을 WHERE에 씁니다.", null)).toBeNull();
    // (lettered or circled points of the answer)
    expect(splitQuestionMaterial("A/B 테스트란?", "- A: 기존 화면\n- B: 새 화면\n\n둘을 무작위로 나눠 보여 줍니다.", null)).toBeNull();
    expect(splitQuestionMaterial("프로세스와 스레드의 차이는?", "① 주소 공간\n② 통신 비용\n\n이 두 가지가 다릅니다.", null)).toBeNull();
    // (only material: isGivenMaterial leaves such a question unanswered)
    expect(splitQuestionMaterial("무엇이 출력 될까요?", "```js\nconsole.log(1);\n```", null)).toBeNull();
  });

  it("with a reveal, what the note wrote between the question and the fold is given, exactly", () => {
    const before = ["", "```js", "console.log('A');", "```", ""];
    // (the output block came from inside the reveal: the answer's)
    expect(splitQuestionMaterial("다음 코드의 출력 순서는?", "```js\nconsole.log('A');\n```\n\n```\nA\n```\n\n동기 코드가 먼저 끝납니다.", before)).toEqual({
      given: "```js\nconsole.log('A');\n```",
      answer: "```\nA\n```\n\n동기 코드가 먼저 끝납니다.",
    });
    // (a solution that opens like the skeleton shown: only the skeleton is given)
    const skeleton = ["```js", "function f() {", "  // TODO", "}", "```"];
    expect(splitQuestionMaterial("다음 함수의 빈칸을 채우면?", "```js\nfunction f() {\n  // TODO\n}\n```\n\n```js\nfunction f() {\n  return 1;\n}\n```", skeleton)).toEqual({
      given: "```js\nfunction f() {\n  // TODO\n}\n```",
      answer: "```js\nfunction f() {\n  return 1;\n}\n```",
    });
    // (a written answer before a "해설" fold is no material, and code a question asks for is its answer)
    expect(splitQuestionMaterial("스택과 큐의 차이를 설명해 주세요", "1. 스택은 LIFO입니다.\n2. 큐는 FIFO입니다.\n\n팁: 예시를 드세요.", ["1. 스택은 LIFO입니다.", "2. 큐는 FIFO입니다."])).toBeNull();
    expect(splitQuestionMaterial("싱글톤을 구현해 보세요", "```java\nclass A {}\n```\n\n생성자를 감춥니다.", ["```java", "class A {}", "```"])).toBeNull();
    // (circled points before a "풀이" fold are the answer's own)
    expect(splitQuestionMaterial("IPC 방법에는 무엇이 있나요?", "① 파이프\n② 소켓\n\n시험에는 두 가지만 나옵니다.", ["① 파이프", "② 소켓"])).toBeNull();
    // (lettered choices right before the reveal are a quiz's, whatever the question's words)
    expect(splitQuestionMaterial("힙에서 최댓값을 꺼내는 시간 복잡도는?", "- A: O(1)\n- B: O(log n)\n\nB. 트리 높이만큼 내려갑니다.", ["- A: O(1)", "- B: O(log n)"])).toEqual({
      given: "- A: O(1)\n- B: O(log n)",
      answer: "B. 트리 높이만큼 내려갑니다.",
    });
  });

  it("a choice lettered 'A)' keeps its letter: it is no answer's label when 'B)' follows it", () => {
    const note = "**Q3. 다음 중 교착 상태의 필요 조건이 아닌 것은?**\n\nA) 상호 배제\nB) 선점 가능\n\n<details><summary>정답</summary>\n\n**정답: B**\n\n</details>\n";
    const deck = parseDeck(note, { path: "q.md" });
    expect(deck.cards.map((c) => [c.prompt, c.given ?? null, c.answer])).toEqual([["다음 중 교착 상태의 필요 조건이 아닌 것은?", "A) 상호 배제\nB) 선점 가능", "**정답: B**"]]);
  });

  it("a summary asking for the answer ('정답은?') is the reveal, never a follow-up", () => {
    const note = "### 1. 힙에서 최댓값을 꺼내는 시간 복잡도는?\n\n- A: O(1)\n- B: O(log n)\n\n<details><summary>정답은?</summary>\n\nB. 루트를 꺼낸 뒤 트리 높이만큼 내려갑니다.\n\n</details>\n";
    const deck = parseDeck(note, { path: "q.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.given ?? null, c.answer])).toEqual([
      ["qa", "힙에서 최댓값을 꺼내는 시간 복잡도는?", "- A: O(1)\n- B: O(log n)", "B. 루트를 꺼낸 뒤 트리 높이만큼 내려갑니다."],
    ]);
  });
});
