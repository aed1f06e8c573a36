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

  it("walks past sub-numbered questions and reads \"질문 1.\" headings; a test's \"문제 1번\" further back is no question of the note", () => {
    const sub = ["## 모의 면접", "", "### 질문 1. 이벤트 루프란 무엇인가요?", "", "콜 스택이 비면 태스크 큐의 콜백을 꺼내 실행하는 흐름입니다.", "", "### 1-1. 마이크로태스크는 언제 실행되나요?", "", "태스크 하나가 끝날 때마다 큐를 비울 때까지 실행됩니다.", "", "### 질문 2. 클로저란 무엇인가요?", "", "함수가 만들어질 때의 스코프를 기억하는 것입니다.", "", "### 질문 3. 질문 1번에 이어서, setTimeout 0은 왜 바로 실행되지 않나요?", "", "콜 스택이 빌 때까지 태스크 큐에서 기다리기 때문입니다."];
    expect(noteCards(sub).filter(([line]) => line === 15).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([[15, "followup", 3]]);
    const review = ["## 코딩 테스트 후기", "", "### 1. 전체 난이도는 어땠나요?", "", "구현 문제가 많아 시간이 빠듯했습니다.", "", "### 2. 시간 배분은 어떻게 했나요?", "", "쉬운 문제부터 풀고 남은 시간에 어려운 문제를 봤습니다.", "", "### 3. 문제 1번을 풀 때 어떤 자료구조를 썼나요?", "", "방문 여부를 빨리 보려고 해시 셋을 썼습니다."];
    expect(noteCards(review).map(([line, kind]) => [line, kind])).toEqual([
      [3, "qa"],
      [7, "qa"],
      [11, "qa"],
    ]);
  });
});

