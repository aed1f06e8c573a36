/**
 * A lecture-style note (our own words, written for this test) opening with a
 * contents list followed by "<br>" spacer lines, and explaining each anomaly
 * with a "**상황** : …한다면?" scenario and its "**현상** : …" outcome. The
 * contents is skipped as a contents, whatever spacing runs on under its last
 * title; a scenario walked through is part of the explanation, not a question
 * that takes the section's card.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 목차", // 1
  "1. 함수적 종속",
  "2. 이상 현상",
  "    - 삽입 이상",
  "    - 삭제 이상",
  "<br>",
  "<br>",
  "",
  "# 함수적 종속", // 9
  "> X 값이 Y 값을 하나로 정하면 Y는 X에 함수적으로 종속된다.",
  "",
  "# 이상 현상", // 12
  "## 삽입 이상", // 13
  "> 원하지 않는 데이터까지 함께 넣어야 하는 현상이다.",
  "",
  "**상황** : 학생이 없는 새 학과를 학생 테이블에 넣는다면?",
  "<br>",
  "",
  "**현상** : 학번이 기본키라 null을 넣을 수 없어 학과만 따로 넣을 수 없다.",
];

describe("a spaced contents list and worked scenarios", () => {
  it("skips the contents and keeps each anomaly one card, its scenario in the answer", () => {
    expect(noteCards(NOTE)).toEqual([
      [9, "qa", "함수적 종속에 대해 설명해 주세요.", null],
      [13, "qa", "삽입 이상에 대해 설명해 주세요.", null],
    ]);
    const deck = parseNote(NOTE);
    expect(deck.cards[1]!.answer).toContain("학번이 기본키라 null을 넣을 수 없어");
    expect(deck.warnings.map((w) => w.line)).toContain(1);
  });
});
