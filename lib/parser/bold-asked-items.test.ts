/** Follow-ups written as bold asking items in an answer (a Notion page exported as toggles). Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const NOTE = ["# 네트워크", "", "OSI 7 계층은 통신 과정을 일곱 단계로 나눈 모델이다.", "", "- **OSI 7계층을 나눈 이유는?**", "", "    흐름을 한눈에 보기 쉽고 문제가 생긴 단계만 고칠 수 있어서다.", "", "    - **7계층에서 5계층으로 줄인 이유는?**", "        1. 기능적 유사성", "        세션, 표현, 응용 계층은 모두 응용 프로그램과 맞닿아 있다.", "    - **TCP/IP 4계층을 사용하는 이유는?**", "        ", "        인터넷 표준으로 먼저 퍼졌고 구현이 단순해서다.", ""];

describe("bold asking items inside an answer", () => {
  it("are follow-ups of the question whose answer holds them, each answered by what is indented under it", () => {
    const deck = parseDeck(NOTE.join("\n"), { path: "osi.md" });
    const promptOf = new Map(deck.cards.map((c) => [c.id, c.prompt]));
    // (their line is looked up within the answer's span; a bold item's segment is read as one line, so they take their
    // parent's line here: the cards, kinds and parents are what this pins)
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.parentId ? promptOf.get(c.parentId) : null])).toEqual([
      ["qa", "네트워크에 대해 설명해 주세요.", null],
      ["followup", "OSI 7계층을 나눈 이유는?", "네트워크에 대해 설명해 주세요."],
      ["followup", "7계층에서 5계층으로 줄인 이유는?", "OSI 7계층을 나눈 이유는?"],
      ["followup", "TCP/IP 4계층을 사용하는 이유는?", "OSI 7계층을 나눈 이유는?"],
    ]);
    expect(deck.cards[1]?.answer).toBe("흐름을 한눈에 보기 쉽고 문제가 생긴 단계만 고칠 수 있어서다.");
  });

  it("stay in the answer beside bold items that ask nothing (an outline of points)", () => {
    const deck = parseDeck(["# HTML", "", "### 비슷한 태그의 차이는?", "", "- **ul ol의 차이**", "  순서가 없는 목록과 순서가 있는 목록이다.", "- **dl dt dd 란?**", "  용어와 그 정의를 나열하는 목록이다.", ""].join("\n"), { path: "html.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["비슷한 태그의 차이는?"]);
    expect(deck.cards[0]?.answer).toContain("dl dt dd 란?");
  });
});
