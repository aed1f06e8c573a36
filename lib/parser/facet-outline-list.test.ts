/**
 * A topic outlined as a list (notes of our own, written for this test): its
 * definition jotted as "- 멀티프로세싱이란", then "- 장점" and "- 단점", each
 * with its points under it. The sides are parts of one answer, not questions
 * ("장점에 대해 설명해 주세요." names nothing): the heading is the one card.
 * A list whose items mostly ask stays a list of questions.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const OUTLINE = [
  "# 운영체제",
  "",
  "## 멀티 프로세스",
  "",
  "* 멀티프로세싱이란",
  "  * 한 프로그램을 여러 프로세스로 나눠 각자 작업을 맡기는 방식이다.",
  "* 장점",
  "  * 한 프로세스가 죽어도 다른 프로세스로 번지지 않는다.",
  "* 단점",
  "  * 문맥 교환 비용이 크다.",
  "  * 프로세스끼리 변수를 공유할 수 없다.",
];

describe("a topic outlined as a list", () => {
  it("is one card of its heading, its definition and sides the answer", () => {
    expect(noteCards(OUTLINE)).toEqual([[3, "qa", "멀티 프로세스에 대해 설명해 주세요.", null]]);
    const answer = parseNote(OUTLINE).cards[0]!.answer;
    expect(answer).toContain("한 프로그램을 여러 프로세스로 나눠");
    expect(answer).toContain("변수를 공유할 수 없다");
  });

  it("a list whose items mostly ask keeps its questions: the definition opens the topic's card, the rest follow it up", () => {
    const asked = ["# 운영체제", "", "## 멀티 프로세스", "", "* 멀티프로세싱이란?", "  * 한 프로그램을 여러 프로세스로 나눠 맡기는 방식이다.", "* 문맥 교환은 왜 비싼가?", "  * 캐시와 메모리 매핑을 바꿔야 해서다.", "* 프로세스 간 통신 방법은?", "  * 파이프, 소켓, 공유 메모리가 있다.", "* 장점", "  * 장애가 번지지 않는다."];
    expect(noteCards(asked)).toEqual([
      [3, "qa", "멀티 프로세스에 대해 설명해 주세요.", null],
      [7, "followup", "문맥 교환은 왜 비싼가?", 3],
      [9, "followup", "프로세스 간 통신 방법은?", 3],
    ]);
  });
});
