/**
 * Footnotes in notes exported from a blog or Obsidian (notes written for this
 * test): the section that only defines them ("## 주석" over "[^1]: …", or a list
 * of "* [^id]: …") is no topic, and each answer that cites a footnote carries
 * its definition, so nothing written is lost. A section named like it that
 * explains something ("## 주석" on Java comments) stays a topic.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

describe("footnotes", () => {
  it("make no card of their section and travel with the answers that cite them", () => {
    const deck = parseNote([
      "# 운영체제",
      "",
      "## 프로세스란?",
      "",
      "실행 중인 프로그램[^prog]으로, 운영체제에게서 주소 공간[^addr]을 받습니다.",
      "",
      "## 스레드란?",
      "",
      "프로세스 안의 실행 흐름입니다.",
      "",
      "## 주석",
      "",
      "* [^prog]: 메모리에 올라온 프로그램의 인스턴스",
      "* [^addr]: 메모리를 추상화한 것",
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["프로세스란?", "스레드란?"]);
    expect(deck.cards[0]!.answer).toBe("실행 중인 프로그램[^prog]으로, 운영체제에게서 주소 공간[^addr]을 받습니다.\n\n[^prog]: 메모리에 올라온 프로그램의 인스턴스\n[^addr]: 메모리를 추상화한 것");
    expect(deck.cards[1]!.answer).toBe("프로세스 안의 실행 흐름입니다.");
  });

  it("read GFM definitions at the margin too", () => {
    const deck = parseNote(["## 캐시란?", "", "자주 쓰는 데이터를 가까이 두는 저장소다.[^1]", "", "## 주석", "", "[^1]: CPU 캐시, 브라우저 캐시처럼 층마다 있다."]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["캐시란?"]);
    expect(deck.cards[0]!.answer).toContain("[^1]: CPU 캐시, 브라우저 캐시처럼 층마다 있다.");
  });

  it("leave a section on code comments a topic", () => {
    const deck = parseNote(["# 자바 기초", "", "## 주석", "", "`//`는 한 줄, `/* */`는 여러 줄을 설명으로 남긴다. 컴파일러는 주석을 읽지 않는다."]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["주석에 대해 설명해 주세요."]);
  });
});
