import { describe, expect, it } from "vitest";
import { questionHash } from "../parser/question-key";
import type { ParsedCard } from "../parser/types";
import { scoreFile } from "./evaluate";
import type { QuestionLabel } from "./labels";

const card = (lineStart: number, prompt: string): ParsedCard => ({ id: `c${lineStart}`, kind: "qa", prompt, answer: "a", tips: [], sources: [], headingPath: [], lineStart, lineEnd: lineStart });
const topic = (line: number, text: string): QuestionLabel => ({ repo: "r", file: "f.md", line, kind: "main", ref: 0, form: "t", hash: questionHash(text) });

describe("scoreFile", () => {
  it("matches a topic label by the heading as written, with the generated tail (full or after '에 대해서') removed", () => {
    const s = scoreFile([topic(1, "this 에 대해서"), topic(5, "클로저")], [card(1, "this 에 대해서 설명해 주세요."), card(5, "클로저에 대해 설명해 주세요.")]);
    expect([s.answered, s.exact, s.unlabelled]).toEqual([2, 2, 0]);
  });

  it("does not match a different topic, and counts the card as unlabelled", () => {
    const s = scoreFile([topic(1, "this 에 대해서")], [card(1, "this 바인딩에 대해 설명해 주세요.")]);
    expect([s.answered, s.exact, s.tolerated, s.unlabelled]).toEqual([1, 0, 0, 1]);
  });

  it("reports which label each card matched, by card index (unmatched cards absent)", () => {
    const labels = [topic(1, "클로저"), topic(9, "호이스팅")];
    const matched = new Map<number, QuestionLabel>();
    scoreFile(labels, [card(1, "클로저에 대해 설명해 주세요."), card(4, "스코프에 대해 설명해 주세요."), card(9, "호이스팅에 대해 설명해 주세요.")], undefined, matched);
    expect([...matched].map(([i, l]) => [i, l.line]).sort()).toEqual([[0, 1], [2, 9]]);
  });
});
