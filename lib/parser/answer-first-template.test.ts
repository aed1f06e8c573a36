/**
 * A template note with no title of its own (a note of our own, written for
 * this test): "# 답변" over the spoken answer, "# 내용" over notes, "# 추가
 * 질문" over follow-ups. The question is the file's name, so the answer label
 * is never read as the note's title: no card asks about "답변".
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const NOTE = [
  "", // 1
  "# 답변", // 2
  "",
  "> 제네릭은 타입을 파라미터로 받아 하나의 코드로 여러 타입을 안전하게 다루게 해 주는 기능입니다.",
  "",
  "# 내용", // 6
  "",
  "- 컴파일 시점에 타입을 검사한다",
  "- 형 변환 코드를 줄여 준다",
  "",
  "# 추가 질문", // 11
  "",
  "### 타입 소거란 무엇인가요?", // 13
  "",
  "런타임에는 제네릭 타입 정보가 지워지고 경계 타입으로 바뀌는 것을 말합니다.",
];

describe("a note that opens on its answer label", () => {
  it("takes its question from the file's name, never from the label", () => {
    const deck = parseDeck(NOTE.join("\n"), { path: "Generics.md" });
    expect(deck.deck.title).toBe("Generics");
    const byLine = new Map(deck.cards.map((c) => [c.lineStart, c]));
    expect(byLine.get(2)).toMatchObject({ kind: "script", prompt: "Generics에 대해 설명해 주세요." });
    expect(deck.cards.some((c) => c.prompt.startsWith("답변"))).toBe(false);
    expect(byLine.get(13)).toMatchObject({ kind: "followup", prompt: "타입 소거란 무엇인가요?" });
  });

  it("asks the one question written above the answer label, and lists it as answered", () => {
    const asked = ["**Q. 제네릭을 쓰는 이유는 무엇인가요?**", ...NOTE];
    const deck = parseDeck(asked.join("\n"), { path: "Generics.md" });
    expect(deck.deck.title).toBe("Generics");
    expect(deck.cards.find((c) => c.lineStart === 3)).toMatchObject({ kind: "script", prompt: "제네릭을 쓰는 이유는 무엇인가요?" });
    expect(deck.unanswered).toEqual([]);
    // (the same card to a re-import: only its prompt changed)
    const plain = parseDeck(["", ...NOTE].join("\n"), { path: "Generics.md" });
    expect(deck.cards.map((c) => c.id)).toEqual(plain.cards.map((c) => c.id));
  });

  it("two lines above the label are no one question: the cards keep the file's name", () => {
    const two = ["**Q. 제네릭을 쓰는 이유는 무엇인가요?**", "**Q. 와일드카드는 언제 쓰나요?**", ...NOTE];
    const deck = parseDeck(two.join("\n"), { path: "Generics.md" });
    expect(deck.cards.find((c) => c.kind === "script")?.prompt).toBe("Generics에 대해 설명해 주세요.");
  });

  it("a question offered under a label above the answer (\"관련 질문: …\") is not the note's own: the cards keep the file's name", () => {
    const offered = ["> 관련 질문: 와일드카드는 언제 쓰나요?", ...NOTE];
    const deck = parseDeck(offered.join("\n"), { path: "Generics.md" });
    expect(deck.cards.find((c) => c.kind === "script")?.prompt).toBe("Generics에 대해 설명해 주세요.");
    expect(deck.unanswered!.map((u) => u.line)).toEqual([1]);
  });
});

