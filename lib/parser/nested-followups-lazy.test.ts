/**
 * Numbered questions answered on the lines right under them, with follow-ups
 * nested as items whose answers also go on under the question line with no
 * blank line ("- PCB란? (Process Control Block)" then "  프로세스의 상태…"). The
 * item's first line is the follow-up and the rest its answer; a blind set's note
 * had folded seven such follow-ups into their questions' answers.
 * Fixture written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("follow-up items answered on their next lines", () => {
  const { deck, cards } = parseFixture("numbered-questions-lazy-followups.md");

  it("are follow-ups of the numbered question they are nested in", () => {
    expect(cards).toEqual([
      [3, "qa", "프로세스와 프로그램의 차이는?", null],
      [6, "followup", "PCB란? (Process Control Block)", 3],
      [8, "followup", "문맥 교환이란?", 3],
      [11, "qa", "스레드란?", null],
      [14, "followup", "스레드와 프로세스의 차이?", 11],
    ]);
  });

  it("take their answers out of the question's own", () => {
    expect(deck.cards[1]!.answer).toBe("프로세스의 상태, 레지스터 값, 메모리 정보처럼 문맥 교환에 필요한 정보를 모아 둔 자료구조입니다.");
    expect(deck.cards[0]!.answer).not.toContain("PCB란?");
    expect(deck.cards[0]!.answer).toContain("운영체제는 프로세스마다 주소 공간과 PCB를 따로 둡니다.");
  });
});
