import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import { dropShortcodes } from "./emoji-shortcodes";

describe("emoji shortcodes in a prompt", () => {
  it("drops a run of shortcodes standing as a word, wherever it stands", () => {
    expect(dropShortcodes(":bulb: 인덱스란?")).toBe("인덱스란?");
    expect(dropShortcodes(":one::zero: 동시성에 대해 설명해 주세요.")).toBe("동시성에 대해 설명해 주세요.");
    expect(dropShortcodes("캐시 적중률 :fire: 높이는 방법")).toBe("캐시 적중률 높이는 방법");
    expect(dropShortcodes("**:star: 스레드**")).toBe("**스레드**");
  });

  it("leaves colons that belong to the words: scopes, times, labels", () => {
    expect(dropShortcodes("std::map::find는 어떻게 동작하나요?")).toBe("std::map::find는 어떻게 동작하나요?");
    expect(dropShortcodes("10:30:00에 배치가 도는 이유는?")).toBe("10:30:00에 배치가 도는 이유는?");
    expect(dropShortcodes("질문: 정규화란?")).toBe("질문: 정규화란?");
    expect(dropShortcodes("Q:A 비율")).toBe("Q:A 비율");
  });

  it("keeps a prompt that is nothing but a shortcode", () => {
    expect(dropShortcodes(":memo:")).toBe(":memo:");
  });

  it("shows the heading without its shortcode and keeps the card's id", () => {
    const note = (heading: string, answer: string) =>
      parseDeck(`# 노트\n\n## 인덱스\n\n테이블의 행을 빠르게 찾으려고 컬럼 값을 정렬해 따로 저장한 자료구조다.\n\n## ${heading}\n\n${answer}\n`, { path: "n.md" });
    const answer = "키를 해시 함수로 바꿔 버킷에 바로 찾아가는 자료구조다. 평균 상수 시간에 찾는다.";
    const coded = note(":bulb: 해시", answer);
    expect(coded.cards.map((c) => c.prompt)).toEqual(["인덱스에 대해 설명해 주세요.", "해시에 대해 설명해 주세요."]);
    // (the id is made from the heading as written, as before this rule: a re-import keeps the card's history)
    expect(coded.cards[1]!.id).not.toBe(note("해시", answer).cards[1]!.id);
    expect(coded.cards[1]!.id).toBe(note(":bulb: 해시", "다른 답으로 고쳐 쓴 설명이다. 해시 테이블은 충돌을 체이닝으로 푼다.").cards[1]!.id);
  });
});
