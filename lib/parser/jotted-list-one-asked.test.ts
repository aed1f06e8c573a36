/**
 * An interview question list jotted as noun phrases keeps every item when one
 * of them is asked outright ("…어떤 것이 있나"): that one had turned the list
 * into "a few questions among notes", and the rest were dropped unseen. The
 * plain "-나" asks as "-지" does, with a question word in the same clause
 * ("언제 무엇을 쓰나"); "어느 하나" does not.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a jotted question list with one item asked outright", () => {
  const { cards, unanswered } = parseFixture("jotted-list-one-asked.md");

  it("lists every item as a question still to answer", () => {
    expect(unanswered).toEqual([
      [5, "프로세스와 스레드의 차이에 대해 설명해 주세요.", null],
      [6, "컨텍스트 스위칭의 비용에 대해 설명해 주세요.", null],
      [7, "스케줄러의 종류에 대해 설명해 주세요.", null],
      [8, "가상 메모리에 대해 설명해 주세요.", null],
      [9, "페이지 교체 알고리즘으로는 어떤 것이 있나", null],
      [10, "교착상태의 조건에 대해 설명해 주세요.", null],
    ]);
  });

  it("asks a '-나' heading as written, when a question word asks in it", () => {
    expect(cards.map(([line, , prompt]) => [line, prompt])).toEqual([
      [14, "배열과 연결 리스트의 차이에 대해 설명해 주세요."],
      [18, "언제 무엇을 쓰나"],
      [22, "어느 하나에 대해 설명해 주세요."],
    ]);
  });
});
