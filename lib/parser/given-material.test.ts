import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { isGivenMaterial } from "./given-material";

describe("material a question gives", () => {
  it("code under a question that points at it is the question's, fenced or not; prose is an answer", () => {
    expect(isGivenMaterial("다음 코드의 결과는?", "```js\nconsole.log(1 + '1');\n```")).toBe(true);
    expect(isGivenMaterial("다음 코드를 실행하면 어떤 일이 일어나는지 설명하시오.", "Ball *ball = [[[Ball alloc] init] autorelease];")).toBe(true);
    expect(isGivenMaterial("다음 코드를 실행하면 어떤 일이 일어나는지 설명하시오.", "두 번 해제되어 프로그램이 멈춘다;")).toBe(false);
    expect(isGivenMaterial("캐시란?", "x = [1, 2];")).toBe(false);
  });

  it("a listed question with unfenced code on its next line stays unanswered", () => {
    const { cards, unanswered } = parseFixture("given-code-line.md");
    expect(cards).toEqual([]);
    expect(unanswered).toEqual([
      [5, "retain과 assign의 차이점을 설명하시오.", null],
      [6, "다음 코드를 실행하면 어떤 일이 발생할까 추측해서 설명하시오.", null],
      [8, "autorelease pool을 쓰는 상황을 설명하시오.", null],
    ]);
  });
});
