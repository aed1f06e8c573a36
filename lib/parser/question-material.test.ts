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

  it("code under a question about what it does is given, when something answers after it", () => {
    expect(splitQuestionMaterial("아래 쿼리의 결과는 무엇인가요?", "```sql\nSELECT 1;\n```\n\n1 한 행이 나옵니다.")).toEqual({ given: "```sql\nSELECT 1;\n```", answer: "1 한 행이 나옵니다." });
    expect(splitQuestionMaterial("이 코드의 문제점은?", "```js\nfor (var i = 0; i < 3; i++) setTimeout(() => log(i));\n```\n\n**정답**: var는 함수 스코프라 3이 세 번 찍힙니다.")).toEqual({
      given: "```js\nfor (var i = 0; i < 3; i++) setTimeout(() => log(i));\n```",
      answer: "**정답**: var는 함수 스코프라 3이 세 번 찍힙니다.",
    });
  });

  it("leaves an explanation that opens with its own example whole, and material with nothing after it", () => {
    // (a request to explain: the code is the explanation's example)
    expect(splitQuestionMaterial("클로저에 대해 설명해 주세요.", "```js\nfunction f() { let n = 0; return () => ++n; }\n```\n\n함수가 만들어질 때의 환경을 기억합니다.")).toBeNull();
    // (a question that does not ask about code: the code is part of the answer)
    expect(splitQuestionMaterial("싱글톤 패턴은 어떻게 구현하나요?", "```java\nclass A { private static final A I = new A(); }\n```\n\n생성자를 감춥니다.")).toBeNull();
    // (only material: isGivenMaterial leaves such a question unanswered)
    expect(splitQuestionMaterial("무엇이 출력 될까요?", "```js\nconsole.log(1);\n```")).toBeNull();
    // (one lettered line is no set of choices)
    expect(splitQuestionMaterial("TCP란?", "- A: 연결 지향 프로토콜\n\n신뢰성을 보장합니다.")).toBeNull();
  });

  it("choices alone are given with a question that offers them", () => {
    expect(splitQuestionMaterial("흐름 제어에 쓰는 값은?", "- A. TTL\n- B. 윈도 크기\n\n**정답: B**")).toEqual({ given: "- A. TTL\n- B. 윈도 크기", answer: "**정답: B**" });
  });
});
