/**
 * A scribe's log of a mock interview (a note of our own, written for this
 * test): the interviewer's questions as a numbered list, what the applicant
 * said nested under each, then the reviewers' feedback. A question opening on
 * "그러면 …" or "그중에서 …" asks on from the item before it, even when that
 * item was jotted as a noun phrase; an answer that trails off into "잘
 * 모르겠습니다" answers nothing; and "### 피드백" under the log is no card.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "### 모의 면접 서기", // 1
  "",
  "1. 캐시 미스가 나는 이유", // 3
  "    1. 처음 읽는 데이터는 캐시에 없어서",
  "    2. 용량이 작아 밀려난 데이터를 다시 읽을 때도 생김",
  "2. 그러면 미스를 줄이려면 어떤 방법이 있는지", // 6
  "    1. 블록 크기를 ..",
  "    2. 잘 모르겠습니다",
  "3. 쓰기 정책 두 가지", // 9
  "    1. write-through는 캐시와 메모리에 함께 씀",
  "    2. write-back은 캐시에만 쓰고 밀려날 때 메모리에 씀",
  "4. 그중에서 쓰기가 잦을 때 유리한 방식은?", // 12
  "    1. write-back",
  "    2. 메모리에 쓰는 횟수가 줄어들기 때문",
  "",
  "### 피드백", // 16
  "",
  "- 민수",
  "    - 예시를 들어서 설명한 점이 좋았음",
  "    - 모르는 부분은 솔직하게 말한 점 좋음",
];

describe("a mock interview's scribe log", () => {
  it("makes 'then' and 'of those' items follow-ups of the item before them, and skips the feedback", () => {
    expect(noteCards(NOTE)).toEqual([
      [3, "qa", "캐시 미스가 나는 이유에 대해 설명해 주세요.", null],
      [9, "qa", "쓰기 정책 두 가지에 대해 설명해 주세요.", null],
      [12, "followup", "그중에서 쓰기가 잦을 때 유리한 방식은?", 9],
    ]);
  });

  it("lists the question answered only by a trailing-off 'I don't know' as unanswered, under the item it asks on from", () => {
    const deck = parseNote(NOTE);
    const first = deck.cards.find((c) => c.lineStart === 3)!;
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt, u.parentId === first.id])).toEqual([[6, "그러면 미스를 줄이려면 어떤 방법이 있는지", true]]);
    expect(deck.warnings.some((w) => w.line === 16)).toBe(true);
  });
});
