/**
 * Ordinary notes a second reader wrote against the eighteenth round's rules
 * (fixtures in lib/parser/fixtures/review-eighteen/, their own words). Each was
 * misread before review: a quiz's repeated answer ("전송 계층", "스택",
 * "불가능합니다.") taken for a template's filler, "약한 참조" for a pointer, a
 * verdict over probing questions for a group label, named points ("### 일관성")
 * for an empty outline, "React와 Vue 공부 기록" for two sides compared, and a
 * question nested in an item under "꼬리 질문" dropped with no trace.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const DIR = path.join(__dirname, "fixtures", "review-eighteen");
const parse = (name: string) => parseDeck(readFileSync(path.join(DIR, name), "utf8"), { path: name });
const linesOf = (name: string) => parse(name).cards.map((c) => c.lineStart);

describe("the eighteenth round's rules on ordinary notes", () => {
  it("a quiz's answer that repeats is its answer, not filler", () => {
    expect(linesOf("quiz-layer.md")).toEqual([3, 7, 11, 15]);
    expect(linesOf("quiz-structure.md")).toEqual([3, 5, 7, 9]);
    expect(linesOf("quiz-verdict.md")).toEqual([3, 7, 11, 15]);
    expect(parse("quiz-verdict.md").warnings).toEqual([]);
  });

  it("'약한 참조' and '주소 참조' are answers, not pointers", () => {
    expect(parse("reference-words.md").cards.map((c) => c.answer)).toEqual(["원본과 같은 객체를 가리키는 주소 참조", "GC가 언제든 수거할 수 있는 약한 참조", "객체 내부까지 새로 만들어 복사하는 것입니다."]);
  });

  it("a verdict over probing questions answers; headings a question asks for by name answer it", () => {
    expect(parse("verdict-over-probes.md").cards[0]!.answer).toMatch(/^- 아니요, 상황에 따라 다름/);
    expect(linesOf("named-points.md")).toEqual([3, 9, 16]);
  });

  it("a diary of two topics gets no comparison card", () => {
    expect(parse("diary-pair.md").cards.map((c) => c.prompt)).toEqual(["React 훅에 대해 설명해 주세요.", "Vue 반응성에 대해 설명해 주세요."]);
  });

  it("a question nested in an item under '꼬리 질문' stays in that item's answer", () => {
    expect(parse("nested-under-followup-label.md").cards[0]!.answer).toContain("마이크로태스크는 언제 실행되나요?");
  });
});
