/**
 * - A reason heading right after a sibling it names ("### 페이지 테이블" then "### 페이지
 *   테이블을 여러 단계로 나누는 이유") asks on about that sibling, not about the heading
 *   both sit under; a reason that does not name the sibling just before it reads as before.
 * - Under "### 질문", questions set as quotes or bold lines, each answered in the
 *   paragraphs after it, are the note's questions: never one card whose prompt is the
 *   first answer.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

describe("a reason heading after the sibling it names", () => {
  it("is that sibling's follow-up, its aside in brackets aside", () => {
    expect(
      noteCards([
        "## 메모리 관리", // 1
        "",
        "운영체제는 한정된 메모리를 여러 프로세스에 나누어 주고 회수합니다.",
        "",
        "### 페이징(Paging)", // 5
        "",
        "메모리를 같은 크기의 페이지로 나누어 불연속으로 할당하는 방식입니다.",
        "",
        "### 페이지 테이블", // 9
        "",
        "가상 페이지 번호를 물리 프레임 번호로 바꾸어 주는 표입니다.",
        "",
        "### 페이지 테이블을 여러 단계로 나누는 이유", // 13
        "",
        "주소 공간이 크면 표 하나가 너무 커지므로, 쓰는 부분만 만들기 위해 나눕니다.",
        "",
        "### 페이징을 쓰는 이유", // 17
        "",
        "외부 단편화 없이 메모리를 나누어 줄 수 있기 때문입니다.",
      ]),
    ).toEqual([
      [1, "qa", "메모리 관리에 대해 설명해 주세요.", null],
      [5, "qa", "페이징(Paging)에 대해 설명해 주세요.", null],
      [9, "qa", "페이지 테이블에 대해 설명해 주세요.", null],
      [13, "followup", "페이지 테이블을 여러 단계로 나누는 이유에 대해 설명해 주세요.", 9],
      // (the sibling just before it is another reason: this one keeps its reading, a card of its own under the title)
      [17, "qa", "페이징을 쓰는 이유에 대해 설명해 주세요.", null],
    ]);
  });
});

describe("quoted questions under a question label", () => {
  it("are each a card answered by the paragraphs after them", () => {
    expect(
      noteCards([
        "# 스레드", // 1
        "",
        "스레드는 프로세스 안에서 실행되는 흐름의 단위입니다.",
        "",
        "### 질문", // 5
        "> ⭕️ **스레드마다 스택을 따로 두는 이유는 무엇인가요?**", // 6
        "",
        "스레드는 각자 함수를 호출하고 돌아오므로 호출 기록을 따로 가져야 합니다.",
        "",
        "> ⭕️ **스레드끼리 공유하는 영역은 어디인가요?**", // 10
        "",
        "코드, 데이터, 힙 영역을 함께 씁니다.",
        "그래서 동기화가 필요합니다.",
      ]),
    ).toEqual([
      [1, "qa", "스레드에 대해 설명해 주세요.", null],
      [6, "qa", "스레드마다 스택을 따로 두는 이유는 무엇인가요?", null],
      [10, "qa", "스레드끼리 공유하는 영역은 어디인가요?", null],
    ]);
  });
});
