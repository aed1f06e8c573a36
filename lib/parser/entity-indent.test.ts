/**
 * Questions indented with "&nbsp;" under the one above them are its follow-ups
 * (entity-indent.ts). Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { entityIndent, indentedUnder } from "@/lib/parser/entity-indent";

const cardsOf = (note: string) => {
  const deck = parseDeck(note, { path: "indent.md" });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null]);
};

describe("entity indentation", () => {
  it("counts the entities a line opens with; a raw no-break space or a line of entities alone counts none", () => {
    expect(entityIndent("&nbsp;   - 캐시는 언제 비우나요?")).toBe(1);
    expect(entityIndent("&nbsp;&nbsp; &#160;- 더 깊이")).toBe(3);
    expect(entityIndent("\u00a0\u00a0- 붙여 넣다 남은 공백")).toBe(0);
    expect(entityIndent("&nbsp;&nbsp;")).toBe(0);
    expect(entityIndent("- 들여쓰지 않은 줄")).toBe(0);
    expect(entityIndent("캐시 &nbsp; 중간의 공백")).toBe(0);
  });

  it("sets a line under another only when it is deeper", () => {
    expect(indentedUnder("&nbsp; - 하위", "\\- 상위")).toBe(true);
    expect(indentedUnder("&nbsp; - 같은 깊이", "&nbsp; - 앞 질문")).toBe(false);
    expect(indentedUnder("\\- 상위", "\\- 상위")).toBe(false);
  });
});

describe("questions indented with &nbsp; in a note of asked paragraphs", () => {
  const note = [
    "\\- 캐시 스탬피드가 무엇이고 왜 문제가 되나요?",
    "",
    "> **만료된 키 하나에 요청이 한꺼번에 몰려 원본 저장소가 감당하지 못하는 현상입니다.**",
    "",
    "&nbsp;   - 잠금 없이 값을 다시 채우는 방법이 있나요?",
    "",
    "&nbsp;   > **한 요청만 값을 다시 채우게 잠그거나, 만료 시간을 조금씩 흩어 둡니다.**",
    "",
    "\\- 쓰기 지연 캐시는 언제 쓰나요?",
    "",
    "> **쓰기가 아주 잦고 잠깐의 유실을 견딜 수 있을 때 씁니다.**",
    "",
  ].join("\n");

  it("makes the indented question a follow-up of the one above it, the next unindented one a question of its own", () => {
    expect(cardsOf(note)).toEqual([
      [1, "qa", "캐시 스탬피드가 무엇이고 왜 문제가 되나요?", null],
      [5, "followup", "잠금 없이 값을 다시 채우는 방법이 있나요?", 1],
      [9, "qa", "쓰기 지연 캐시는 언제 쓰나요?", null],
    ]);
  });

  it("reads the same questions written at the margin as three questions of its own", () => {
    const flat = note.replace("&nbsp;   - ", "").replace("&nbsp;   > ", "> ");
    expect(cardsOf(flat).map((c) => [c[0], c[1]])).toEqual([[1, "qa"], [5, "qa"], [9, "qa"]]);
  });
});

describe("a marked question indented with &nbsp; under a heading", () => {
  const note = [
    "# 캐시 면접 질문",
    "",
    "Q. 캐시 스탬피드가 무엇이고 왜 문제가 되나요?",
    "",
    "만료된 키 하나에 요청이 한꺼번에 몰려 원본 저장소가 감당하지 못하는 현상입니다.",
    "",
    "&nbsp;&nbsp; Q. 잠금 없이 값을 다시 채우는 방법이 있나요?",
    "",
    "만료 시간을 조금씩 흩어 둡니다.",
    "",
    "Q. 쓰기 지연 캐시는 언제 쓰나요?",
    "",
    "쓰기가 아주 잦고 잠깐의 유실을 견딜 수 있을 때 씁니다.",
    "",
  ].join("\n");

  it("is read as a question (it was part of the answer above) and follows that question up", () => {
    expect(cardsOf(note)).toEqual([
      [3, "qa", "캐시 스탬피드가 무엇이고 왜 문제가 되나요?", null],
      [7, "followup", "잠금 없이 값을 다시 채우는 방법이 있나요?", 3],
      [11, "qa", "쓰기 지연 캐시는 언제 쓰나요?", null],
    ]);
  });
});
