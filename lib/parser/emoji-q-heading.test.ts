/**
 * "### 🍎 Q. …를 어떨 때 쓰는지? or …의 장점" over "### 🍏 A.": a heading marked as
 * a question after its emoji is a question however its text ends (it was read
 * as a topic and its answer went to the note's title).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { parseDeck } from "./index";

const NOTE = [
  "## 코루틴 면접 질문",
  "",
  "### 🍎 Q. Flow는 언제 쓰는지? or Flow의 장점",
  "",
  "### 🍏 A.",
  "",
  "값이 시간에 따라 여러 번 오는 데이터를 콜백 없이 순서대로 받을 때 씁니다.",
  "",
  "### 🍎 Q. 채널과 Flow의 차이?",
  "",
  "### 🍏 A.",
  "",
  "채널은 핫 스트림이고 Flow는 수집할 때 시작하는 콜드 스트림입니다.",
  "",
].join("\n");

describe("a question heading marked after an emoji", () => {
  it("asks as written, answered under its A. heading", () => {
    const deck = parseDeck(NOTE, { path: "flow.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [3, "qa", "Flow는 언제 쓰는지? or Flow의 장점"],
      [9, "qa", "채널과 Flow의 차이?"],
    ]);
    expect(deck.cards[0]!.answer).toBe("값이 시간에 따라 여러 번 오는 데이터를 콜백 없이 순서대로 받을 때 씁니다.");
  });

  it("a plain line opened by '⭐ Q.' or '⭐Q.' is a question line like 'Q.' (fixtures/emoji-q-lines.md)", () => {
    const deck = parseFixture("emoji-q-lines.md").deck;
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [1, "qa", "해시맵의 동작 원리를 설명해 주세요", "키의 해시로 버킷을 고르고, 충돌하면 같은 버킷에 이어 붙입니다."],
      [5, "qa", "equals와 hashCode를 함께 재정의하는 이유는?", "해시코드가 다르면 같은 객체로 찾지 못하기 때문입니다."],
    ]);
  });
});
