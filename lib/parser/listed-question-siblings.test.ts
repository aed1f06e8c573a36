/**
 * Questions written as list items, each answered under it: one alone in its
 * list over a fence, then a list whose items ask with their answers nested
 * under them. The list that asks next holds the first question's siblings,
 * not its answer. Fixture notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const note = [
  "# iOS", // 1
  "",
  "## 뷰",
  "",
  "- Bounds와 Frame의 차이점을 설명하시오.", // 5
  "",
  "```",
  "Frame은 상위 뷰의 좌표계에서, Bounds는 자신의 좌표계에서 위치와 크기를 나타낸다.",
  "```",
  "", // 10
  "- 시뮬레이터로 할 수 없는 일을 설명하시오.",
  "- 화면을 관리하는 객체를 무엇이라고 하는가?",
  "  - ViewController",
  "  ```",
  "  앱 구조의 뼈대가 되는 객체", // 15
  "  ```",
  "- App thinning에 대해서 설명하시오.",
  "",
  "  ```",
  "  기기에 맞는 리소스만 내려받게 하는 설치 최적화", // 20
  "  ```",
];

describe("list items that ask, one over a fence and then a list of them", () => {
  it("makes a card of each answered item, lists the bare one, and leaves the first answer its own", () => {
    expect(noteCards(note)).toEqual([
      [5, "qa", "Bounds와 Frame의 차이점을 설명하시오.", null],
      [12, "qa", "화면을 관리하는 객체를 무엇이라고 하는가?", null],
      [17, "qa", "App thinning에 대해서 설명하시오.", null],
    ]);
    const deck = parseNote(note);
    expect(deck.cards[0]!.answer).toBe("```\nFrame은 상위 뷰의 좌표계에서, Bounds는 자신의 좌표계에서 위치와 크기를 나타낸다.\n```");
    expect(deck.unanswered?.map((u) => [u.line, u.prompt])).toEqual([[11, "시뮬레이터로 할 수 없는 일을 설명하시오."]]);
  });

  it("keeps a list of points under a listed question as its answer", () => {
    const points = [
      "# 네트워크",
      "",
      "- TCP의 특징을 설명하시오.",
      "",
      "```",
      "연결을 맺고 나서 데이터를 보낸다.",
      "```",
      "",
      "- 흐름 제어",
      "- 혼잡 제어",
      "- 순서 보장",
    ];
    const deck = parseNote(points);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[3, "TCP의 특징을 설명하시오."]]);
    expect(deck.cards[0]!.answer).toBe("```\n연결을 맺고 나서 데이터를 보낸다.\n```\n\n- 흐름 제어\n- 혼잡 제어\n- 순서 보장");
  });
});

describe("an item that only spells a keyword with its '?'", () => {
  const sides = (third: string) => [
    "# Swift",
    "",
    "### as, as?, as!의 차이",
    "",
    "- as",
    "  - 컴파일러가 성공을 보장하는 타입 캐스팅",
    `- ${third}`,
    "  - 변환에 실패하면 nil을 돌려준다",
    "- as!",
    "  - 변환에 실패하면 앱이 멈춘다",
  ];

  it("is a side of the comparison its heading asks about, not a question that makes its list one of questions", () => {
    expect(noteCards(sides("as?")).map((c) => [c[0], c[2]])).toEqual([[3, "as, as?, as!의 차이에 대해 설명해 주세요."]]);
  });

  it("while an item that asks in words still does", () => {
    expect(noteCards(sides("as?는 언제 쓰나요?")).map((c) => c[2])).toContain("as?는 언제 쓰나요?");
  });
});
