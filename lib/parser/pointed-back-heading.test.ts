/**
 * A follow-up heading that points back ("### 그럼 …?") follows up the question
 * heading just before it; the other follow-up headings stay under the topic.
 * Fixture: lib/parser/fixtures/pointed-back-heading.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a pointed-back follow-up heading", () => {
  const { cards } = parseFixture("pointed-back-heading.md");

  it("follows up the question heading before it", () => {
    expect(cards).toEqual([
      [1, "qa", "프로세스와 스레드의 차이를 설명해 주세요", null],
      [7, "followup", "JVM은 작업을 어떻게 동시에 처리하나요?", 1],
      [11, "followup", "그럼 가상 스레드는 단점만 있나요?", 7],
      [15, "followup", "스레드마다 스택을 따로 두는 이유는?", 1],
    ]);
  });
});
