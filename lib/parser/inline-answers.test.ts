/**
 * A question item answered on its own line, after a colon, a full-width colon or a
 * dash set apart by spaces ("- …몇 계층인가? : 7", "- …쓰나요? - 기본은 UDP"): the
 * question with that answer, in a list of such items and under a follow-up label,
 * with any points nested under the item after it. One such item among notes stays a note.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

const cardsOf = (lines: string[]) => parseNote(lines).cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer]);

describe("answers written on the question's own line", () => {
  it("make a list of such items the note's questions, each with its answer", () => {
    expect(cardsOf([
      "## 자바 기초",
      "",
      "- 자바의 기본형은 몇 가지인가? : 여덟 가지",
      "- 문자열을 바꿀 수 없는 이유는? : 상수 풀에서 같은 값을 함께 쓰기 때문",
      "- 오버로딩과 오버라이딩은 무엇이 다른가? - 앞은 같은 이름의 새 메서드, 뒤는 부모 메서드를 다시 정의",
    ])).toEqual([
      [3, "qa", "자바의 기본형은 몇 가지인가?", "여덟 가지"],
      [4, "qa", "문자열을 바꿀 수 없는 이유는?", "상수 풀에서 같은 값을 함께 쓰기 때문"],
      [5, "qa", "오버로딩과 오버라이딩은 무엇이 다른가?", "앞은 같은 이름의 새 메서드, 뒤는 부모 메서드를 다시 정의"],
    ]);
  });

  it("keep the points nested under a follow-up answered after its colon, after that answer", () => {
    expect(cardsOf([
      "## 캐시 메모리는 왜 필요한가요?",
      "",
      "CPU와 메인 메모리의 속도 차이가 커서, 자주 쓰는 데이터를 가까이 두어 기다림을 줄인다.",
      "",
      "**꼬리 질문**",
      "",
      "- 적중률을 높이는 원리는? : 지역성",
      "  - 최근에 쓴 데이터와 그 주변을 다시 쓸 가능성이 높다",
    ])).toEqual([
      [1, "qa", "캐시 메모리는 왜 필요한가요?", "CPU와 메인 메모리의 속도 차이가 커서, 자주 쓰는 데이터를 가까이 두어 기다림을 줄인다."],
      [7, "followup", "적중률을 높이는 원리는?", "지역성\n\n- 최근에 쓴 데이터와 그 주변을 다시 쓸 가능성이 높다"],
    ]);
  });

  it("leave one such item among a topic's notes a note", () => {
    expect(cardsOf([
      "## 대규모 서비스 운영",
      "",
      "- 사내 식당의 점심 메뉴는 몇 가지? -> 네 가지",
      "- 트래픽이 몰리는 시간대를 미리 알고 서버를 늘린다",
      "- 장애가 나면 바로 이전 버전으로 되돌릴 수 있게 배포한다",
    ])).toEqual([
      [1, "qa", "대규모 서비스 운영에 대해 설명해 주세요.", "- 사내 식당의 점심 메뉴는 몇 가지? -> 네 가지\n- 트래픽이 몰리는 시간대를 미리 알고 서버를 늘린다\n- 장애가 나면 바로 이전 버전으로 되돌릴 수 있게 배포한다"],
    ]);
  });
});
