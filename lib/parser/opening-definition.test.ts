/**
 * A topic that says nothing itself and opens on its definition (fixture note
 * written for this test, in our own words): "# 블룸 필터" then "## 정의" asks
 * about the topic, the definition its answer, and the parts after it stay
 * cards of their own (it asked "블룸 필터의 정의에 대해 설명해 주세요." and the
 * topic had no card); a topic with words of its own, and "…의 기본" over
 * "### 개념", read as before.
 * Pins the whole deck: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import type { Section } from "./sections";
import { opensWithDefinition } from "./defined-before-followups";

describe("a topic opening on its definition", () => {
  it("the definition answers the topic, the title included", () => {
    const { cards, unanswered } = parseFixture("opening-definition.md");
    expect(cards).toEqual([
      // (the title's card sits on its definition, the first words that answer it)
      [3, "script", "블룸 필터에 대해 설명해 주세요.", null],
      [9, "steps", "동작 과정을 단계별로 설명해 주세요.", null],
      [15, "script", "거짓 양성을 줄이는 방법에 대해 설명해 주세요.", null],
      // (a topic with words of its own keeps them as its answer, its "개념" read with them)
      [19, "script", "스킵 리스트에 대해 설명해 주세요.", null],
      // ("…의 기본" over "### 개념" is read as before: the two say one name together)
      [27, "script", "복제 로그의 기본에 대해 설명해 주세요.", null],
      [33, "script", "장애 뒤 따라잡기에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("only a definition opening a topic, never one qualified by the topic's last word", () => {
    const topic = (title: string) => ({ role: "topic", title }) as Section;
    const parent = topic("이진탐색트리");
    const first = topic("정의");
    const reads = (s: Section, p: Section, bare: string) => opensWithDefinition(s, p, [s, topic("시간 복잡도")], bare);
    expect(["정의", "개념", "개요", "핵심 정의", "기본 개념", "Definition", "Overview"].map((b) => reads(first, parent, b))).toEqual([true, true, true, true, true, true, true]);
    expect(["정의와 특징", "개념 정리", "동작 원리"].map((b) => reads(first, parent, b))).toEqual([false, false, false]);
    // ("## 압수수색의 기본" over "### 개념": together they name "압수수색의 기본 개념")
    expect(reads(first, topic("압수수색의 기본"), "개념")).toBe(false);
    // (second among its siblings, or under a question: a part like any other)
    expect(opensWithDefinition(first, parent, [topic("역사"), first], "정의")).toBe(false);
    expect(reads(first, { role: "question", title: "이진탐색트리란?" } as Section, "정의")).toBe(false);
  });
});
