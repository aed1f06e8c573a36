/**
 * A digest of a topic written as bold keys with what follows their colon (a
 * note of our own, written for this test): "- **키**: 설명". Most keys name a
 * point of the topic's answer; a key that asks ("**왜 B-Tree?**:") is the
 * interviewer's follow-up, answered after its colon or by the points nested
 * under it, and the keys that name stay in the topic's answer.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "### 1. 인덱스", // 1
  "",
  "* **구조**: B-Tree 계열로 정렬된 키를 보관",
  "* **왜 B-Tree?**: 범위 검색과 정렬된 순회가 모두 빠르기 때문", // 4
  "* **인덱스가 많으면 좋을까?**:", // 5
  "",
  "  * 쓰기마다 인덱스도 갱신해야 해서 느려짐",
  "  * 저장 공간도 더 씀",
  "* **카디널리티**: 중복이 적은 컬럼일수록 효과가 큼",
];

describe("bold keys that ask in a topic's digest", () => {
  it("are follow-ups of the topic, answered after the colon or under the key", () => {
    expect(noteCards(NOTE)).toEqual([
      [1, "qa", "인덱스에 대해 설명해 주세요.", null],
      [4, "followup", "왜 B-Tree?", 1],
      [5, "followup", "인덱스가 많으면 좋을까?", 1],
    ]);
    const [topic, why, many] = parseNote(NOTE).cards;
    expect(why!.answer).toBe("범위 검색과 정렬된 순회가 모두 빠르기 때문");
    expect(many!.answer).toContain("쓰기마다 인덱스도 갱신해야 해서 느려짐");
    expect(topic!.answer).toContain("**카디널리티**: 중복이 적은 컬럼일수록 효과가 큼");
  });
});
