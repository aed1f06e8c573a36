/**
 * A note whose last `<details>` is never closed (our own words, written for
 * this test): a browser shows the rest of the file inside the fold, so the
 * summary asks and what follows answers it, up to the next heading or fold.
 * The user is still told the fold was left open.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

describe("a fold never closed", () => {
  it("answers its summary with what follows, up to the next heading, and is named in a warning", () => {
    const note = [
      "## 2023-10-20", // 1
      "",
      "<details>", // 3
      "<summary> **TCP와 UDP 차이점** </summary>",
      '<div markdown="1">',
      "",
      "TCP는 연결을 맺고 순서를 보장하며, UDP는 연결 없이 빠르게 보냅니다.",
      "",
      "## 2023-10-27", // 9
      "",
      "<details><summary>캐시의 지역성이란?</summary>",
      "",
      "최근에 쓴 데이터와 그 근처를 다시 쓸 가능성이 높다는 성질입니다.",
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "TCP와 UDP 차이점에 대해 설명해 주세요.", null],
      [11, "qa", "캐시의 지역성이란?", null],
    ]);
    const deck = parseNote(note);
    expect(deck.cards[0]!.answer).toBe("TCP는 연결을 맺고 순서를 보장하며, UDP는 연결 없이 빠르게 보냅니다.");
    expect(deck.warnings.filter((w) => /닫히지 않은/.test(w.message)).map((w) => w.line)).toEqual([3, 11]);
  });
});
