/**
 * An interview written up as a list of questions, each answered under it
 * (a note of our own, written for this test). An item that asks about what
 * the answer before it said ("머지 소트를 말했는데, …", "각각에 대해서 …",
 * "말하신 …") follows that question up; an item answered only by "공부하자."
 * was not answered, and one asking about its non-answer is listed unanswered
 * too; "각각의 단계는 …?" names its own subject and asks anew.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 전화 면접", // 1
  "-\t정렬 알고리즘을 알고 있는대로 말해주세요", // 2
  "    * 삽입, 선택, 버블, 머지, 퀵",
  "-\t머지 소트를 말했는데, 해당 알고리즘을 상세히 설명해주세요.", // 4
  "    * 반으로 나눠 각각 정렬한 뒤 합치는 분할 정복 방식입니다.",
  "-\tSOLID 원칙이 무엇인가요?", // 6
  "    * 단일 책임, 개방 폐쇄, 리스코프 치환, 인터페이스 분리, 의존 역전",
  "-\t각각에 대해서 예를 들어 설명해주세요", // 8
  "    * 단일 책임은 클래스가 바뀌는 이유가 하나여야 한다는 원칙입니다.",
  "-\t아는 디자인 패턴을 말해주세요", // 10
  "    * 공부하자.",
  "-\t말하신 패턴을 각각 예를 들어 설명해주세요", // 12
  "    * 공부하자.",
  "-\t각각의 단계는 어떤 조건을 만족해야 하나요?", // 14
  "    * 앞 단계를 만족하고 더 강한 조건을 더합니다.",
];

describe("interview items that ask about the answer before them", () => {
  it("follow that question up, and the unanswered ones are listed", () => {
    expect(noteCards(NOTE)).toEqual([
      [2, "qa", "정렬 알고리즘을 알고 있는대로 말해주세요", null],
      [4, "followup", "머지 소트를 말했는데, 해당 알고리즘을 상세히 설명해주세요.", 2],
      [6, "qa", "SOLID 원칙이 무엇인가요?", null],
      [8, "followup", "각각에 대해서 예를 들어 설명해주세요", 6],
      [14, "qa", "각각의 단계는 어떤 조건을 만족해야 하나요?", null],
    ]);
    expect((parseNote(NOTE).unanswered ?? []).map((u) => u.line)).toEqual([10, 12]);
  });
});
