/**
 * A note with no heading at all whose first line names its topic (notes of
 * our own, written for this test): that line is its title, and the note one
 * card, where before the whole note was text before a first heading and no
 * card came of it.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";
import { titleLineAsHeading } from "./title-line";

const BODY = ["", "원시 타입", "", "- 숫자", "- 문자열", "", "* 값이 담긴 주소를 그대로 복사하고, 모두 불변이다.", "", "참조 타입", "", "- 객체와 배열", "", "* 주소의 묶음을 가리키는 주소를 복사한다."];

describe("a title line over a note without headings", () => {
  it("names the note's one card, its line kept", () => {
    expect(noteCards(["자바스크립트 자료형의 종류", ...BODY])).toEqual([[1, "qa", "자바스크립트 자료형의 종류에 대해 설명해 주세요.", null]]);
    // (a slash or a dot among a topic's words is no path)
    for (const topic of ["TCP/IP 4계층", "Node.js"]) expect(titleLineAsHeading([topic, ...BODY].join("\n")).split("\n")[0]).toBe(`# ${topic}`);
    expect(parseNote(["자바스크립트 자료형의 종류", ...BODY]).cards[0]!.answer).toContain("주소의 묶음을 가리키는 주소를 복사한다.");
  });

  it("a sentence, a question, a line run on into its paragraph, or a note that has a heading stays as written", () => {
    for (const first of ["자바스크립트의 자료형은 두 가지로 나뉜다.", "자바스크립트 자료형은 몇 가지인가?"]) {
      const text = [first, ...BODY].join("\n");
      expect(titleLineAsHeading(text)).toBe(text);
    }
    const runOn = ["자바스크립트 자료형의 종류", "원시 타입과 참조 타입으로 나뉜다.", ...BODY].join("\n");
    expect(titleLineAsHeading(runOn)).toBe(runOn);
    const headed = ["자바스크립트 자료형의 종류", ...BODY, "", "## 정리", "", "둘은 복사하는 값이 다르다."].join("\n");
    expect(titleLineAsHeading(headed)).toBe(headed);
    expect(titleLineAsHeading("자바스크립트 자료형의 종류\n\n")).toBe("자바스크립트 자료형의 종류\n\n");
  });

  it("a first line naming a record, a person, a log, a path or a list of questions is no title", () => {
    for (const first of ["홍길동 멘토님 피드백", "Daily Log", "src/utils/debounce.ts", "네트워크 면접 질문", "면접 후기"]) {
      const text = [first, ...BODY].join("\n");
      expect(titleLineAsHeading(text)).toBe(text);
    }
  });
});
