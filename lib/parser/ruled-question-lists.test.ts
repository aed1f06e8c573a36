/**
 * A mock interview written down one question per list, each list cut off from
 * the next by a rule (a note of our own, written for this test). A remedy
 * asked after a problem ("해결방법은 뭐죠?") follows up the question just
 * before it across the rule, as it would in one list; a comparison jotted as
 * a noun phrase over its answer ("크롬과 노드의 차이점") is a question too.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

const NOTE = [
  "### 1. 자바스크립트", // 1
  "",
  "---",
  "",
  "- 이벤트 루프가 뭐죠?", // 5
  "  - 콜 스택이 비면 태스크 큐의 콜백을 꺼내 실행하는 장치입니다.",
  "",
  "---",
  "",
  "- 콜백 지옥은 뭔가요?", // 10
  "  - 콜백 안에 콜백이 겹겹이 들어가 읽기 어려워지는 상황입니다.",
  "",
  "---",
  "",
  "- 해결방법은 뭐죠?", // 15
  "  - Promise 체이닝이나 async/await로 평평하게 풀어 씁니다.",
  "",
  "---",
  "",
  "- 크롬과 노드의 차이점", // 20
  "  - 크롬은 화면을 그리고, 노드는 파일과 네트워크 같은 서버 일을 합니다.",
];

describe("a mock interview's questions in lists cut off by rules", () => {
  it("links a remedy to the problem asked just before, and asks the comparison", () => {
    expect(noteCards(NOTE)).toEqual([
      [5, "qa", "이벤트 루프가 뭐죠?", null],
      [10, "qa", "콜백 지옥은 뭔가요?", null],
      [15, "followup", "해결방법은 뭐죠?", 10],
      [20, "qa", "크롬과 노드의 차이점에 대해 설명해 주세요.", null],
    ]);
  });
});
