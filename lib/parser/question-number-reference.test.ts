/**
 * A quiz sheet whose next question names the one before by its number
 * ("문제 1️⃣에 답한 이유를 …", "질문 2번의 …"; a note of our own, written for
 * this test): it asks about that answer, so it follows that question up.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

const NOTE = [
  "## 스코프", // 1
  "",
  "### 1️⃣ Q. 아래 코드에서 출력되는 값은 무엇일까요?", // 3
  "",
  "```js",
  "console.log(x); var x = 1;",
  "```",
  "",
  "undefined가 출력됩니다.",
  "",
  "### 2️⃣ Q. 문제 1️⃣에 답한 이유를 호이스팅으로 설명해주세요.", // 11
  "",
  "var 선언은 스코프의 맨 위로 끌어올려지고 값은 그 줄에서야 할당되기 때문입니다.",
  "",
  "### 3️⃣ Q. let과 const의 차이는 무엇일까요?", // 15
  "",
  "let은 다시 할당할 수 있고 const는 다시 할당할 수 없습니다.",
];

describe("a question that names an earlier one by its number", () => {
  it("follows that question up", () => {
    expect(noteCards(NOTE).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [11, "followup", 3],
      [15, "qa", null],
    ]);
  });

  it("follows the question it names even when others came between; a number no question wears names nothing", () => {
    const later = [...NOTE, "", "### 4️⃣ Q. 질문 1번에 이어서, let으로 바꾸면 어떤 오류가 나나요?", "", "선언 전에 읽으면 TDZ 때문에 ReferenceError가 납니다.", "", "### 5️⃣ Q. 문제 9번에 답한 방식으로 const도 설명해주세요.", "", "const도 TDZ에 있다가 선언 줄에서 초기화됩니다."];
    expect(noteCards(later).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [11, "followup", 3],
      [15, "qa", null],
      [19, "followup", 3],
      [23, "qa", null],
    ]);
  });
});

