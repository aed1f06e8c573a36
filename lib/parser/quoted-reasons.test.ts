/**
 * A topic's notes with boxed reasons (our own words, written for this test):
 * "> 스택을 스레드마다 따로 두는 이유" over the reason on the quote's next line.
 * The box asks why of the topic and answers it there: a follow-up of the
 * topic. A quote that only names a reason, with nothing after it, stays a
 * line of the answer.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

describe("a reason boxed in a quote with its answer", () => {
  it("follows the topic up, answered by the rest of the quote", () => {
    const note = [
      "# 운영체제", // 1
      "",
      "## 스레드", // 3
      "- 프로세스 안에서 실행되는 흐름의 단위",
      "- 스택과 PC 레지스터만 따로 갖고 나머지 영역은 공유한다.",
      "> 스택을 스레드마다 따로 두는 이유  ", // 6
      "각자 함수를 호출하고 돌아올 자리가 있어야 독립적으로 실행될 수 있기 때문이다.",
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "스레드에 대해 설명해 주세요.", null],
      [6, "followup", "스택을 스레드마다 따로 두는 이유에 대해 설명해 주세요.", 3],
    ]);
    expect(parseNote(note).cards[1]!.answer).toBe("각자 함수를 호출하고 돌아올 자리가 있어야 독립적으로 실행될 수 있기 때문이다.");
  });

  it("a quote naming a reason alone stays in the answer", () => {
    const note = ["# 운영체제", "", "## 스레드", "", "흐름의 단위로, 스택만 따로 갖는다.", "", "> 스택을 스레드마다 따로 두는 이유"];
    expect(noteCards(note)).toEqual([[3, "qa", "스레드에 대해 설명해 주세요.", null]]);
  });

  it("a reason whose next line is a citation, or one naming no subject, stays in the answer", () => {
    const cited = ["# 스프링", "", "## 의존성 주입", "", "필요한 객체를 밖에서 받는 방식이다.", "", "> 생성자 주입을 권장하는 이유", "> 출처: 스프링 강의 노트 3장 (2023)"];
    expect(noteCards(cited)).toEqual([[3, "qa", "의존성 주입에 대해 설명해 주세요.", null]]);
    const bare = ["# DB", "", "## Redis", "", "인메모리 키-값 저장소다.", "", "> 사용하는 이유", "> 메모리에서 읽고 써서 응답이 아주 빠르기 때문이다."];
    expect(noteCards(bare)).toEqual([[3, "qa", "Redis에 대해 설명해 주세요.", null]]);
  });
});
