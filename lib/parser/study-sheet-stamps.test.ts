/**
 * A study member's sheet: a title stamped with its date and week, then questions
 * answered under "[답변]" and the member's own doubts under "[의문]".
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const note = [
  "# Day 3: 가상 메모리",
  "> 🗓 2024.03.05 | 📂 Week 1",
  "",
  "## Q1. 페이지 폴트는 언제 일어나는가?",
  "",
  "[답변]",
  "* 접근한 페이지가 물리 메모리에 없을 때 일어남",
  "",
  "[의문]",
  "* 페이지 폴트가 잦으면 왜 CPU 사용률이 떨어지는가?",
  "  - 프로세스들이 페이지를 기다리느라 대부분 대기 상태에 있기 때문",
  "",
].join("\n");

describe("a dated study sheet", () => {
  const deck = parseDeck(note, { path: "day3.md" });

  it("makes no card of the title's date stamp, and types the member's doubt as a follow-up", () => {
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? deck.cards.find((p) => p.id === c.parentId)!.lineStart : null])).toEqual([
      [4, "qa", "페이지 폴트는 언제 일어나는가?", null],
      [10, "followup", "페이지 폴트가 잦으면 왜 CPU 사용률이 떨어지는가?", 4],
    ]);
  });

  it("answers the doubt from the line under it", () => {
    expect(deck.cards[1]!.answer).toBe("- 프로세스들이 페이지를 기다리느라 대부분 대기 상태에 있기 때문");
  });
});

describe("a date that answers", () => {
  it("is the answer, not a stamp: only a date dressed as one (emoji, a word naming it, emphasis) is the note's metadata", () => {
    const note = "## Java 8은 언제 출시됐나요?\n\n2014.03.18 | LTS\n\n## Log4Shell은 언제 공개됐나요?\n\n2021.12.09 | CVE-2021-44228\n\n원격 코드 실행 취약점입니다.\n";
    const deck = parseDeck(note, { path: "dates.md" });
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["Java 8은 언제 출시됐나요?", "2014.03.18 | LTS"],
      ["Log4Shell은 언제 공개됐나요?", "2021.12.09 | CVE-2021-44228\n\n원격 코드 실행 취약점입니다."],
    ]);
  });
});
