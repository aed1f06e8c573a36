/**
 * A follow-up marked "꼬리질문)" inside a "Q. … / A." answer, written as the
 * noun phrase the interviewer asked about rather than as a question (a note of
 * our own, written for this test): the marker says it is asked, so it is a
 * follow-up of the question whose answer it sits in, prompted as a topic; a
 * marked line that names nothing ("꼬리질문) 없음") stays in the answer.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 면접 기록", // 1
  "",
  "Q. 캐시 서버를 두는 이유", // 3
  "A.",
  "자주 읽는 데이터를 메모리에 두어 DB 부하를 줄이기 위해서",
  "",
  "꼬리질문) 캐시 무효화 전략", // 7
  "TTL을 두거나 쓰기 시점에 캐시를 지우는 방식",
  "쓰기가 잦으면 write-through를 고려함",
  "",
  "---",
  "",
  "Q. 샤딩과 파티셔닝의 차이", // 13
  "A.",
  "파티셔닝은 한 DB 안에서 나누고 샤딩은 여러 DB 서버로 나눔",
  "",
  "꼬리질문) 없음",
];

describe("a follow-up marked before a noun phrase", () => {
  it("is a follow-up of the question it sits under, asked as a topic", () => {
    expect(noteCards(NOTE)).toEqual([
      [3, "qa", "캐시 서버를 두는 이유", null],
      [7, "followup", "캐시 무효화 전략에 대해 설명해 주세요.", 3],
      [13, "qa", "샤딩과 파티셔닝의 차이", null],
    ]);
  });

  it("keeps the follow-up's answer out of its parent's, and a mark naming nothing in the answer", () => {
    const deck = parseNote(NOTE);
    expect(deck.cards[0]!.answer).not.toContain("TTL");
    expect(deck.cards[1]!.answer).toContain("TTL을 두거나");
    expect(deck.cards[2]!.answer).toContain("꼬리질문) 없음");
  });
});
