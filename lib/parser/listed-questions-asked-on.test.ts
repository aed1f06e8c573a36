/**
 * Lists of the note's own questions, each answered under its item:
 * - in "## 면접 질문", an item that says it asks on from the one before
 *   ("그렇다면 …?", "위 문제를 …?") is that question's follow-up, as it is in
 *   any other list of answered questions;
 * - under a noun heading, items that all ask ("## 데드락" over "- 데드락이 무엇인가요?"
 *   then "- 발생 조건은?") are each a card as written: the heading only groups
 *   them. A heading that asks keeps its card, its restating first item its answer.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

describe("listed questions asked on from the one before", () => {
  it("makes '그렇다면 …?' and '위 문제를 …?' in '## 면접 질문' follow-ups of the question listed before them", () => {
    expect(
      noteCards([
        "# 운영체제 정리", // 1
        "",
        "## 면접 질문", // 3
        "",
        "- 교착 상태가 무엇인가요?", // 5
        "  - 둘 이상의 프로세스가 서로가 쥔 자원을 기다리며 멈춘 상태입니다.",
        "- 위 문제를 예방하려면 어떻게 해야 하나요?", // 7
        "  - 네 가지 발생 조건 가운데 하나를 깨뜨리면 됩니다.",
        "- 그렇다면 회피는 예방과 무엇이 다른가요?", // 9
        "  - 회피는 자원을 줄 때마다 안전한 상태인지 확인합니다.",
        "- 가상 메모리란 무엇인가요?", // 11
        "  - 실제 메모리보다 큰 주소 공간을 프로세스에 주는 기법입니다.",
      ]),
    ).toEqual([
      [5, "qa", "교착 상태가 무엇인가요?", null],
      [7, "followup", "위 문제를 예방하려면 어떻게 해야 하나요?", 5],
      [9, "followup", "그렇다면 회피는 예방과 무엇이 다른가요?", 5],
      [11, "qa", "가상 메모리란 무엇인가요?", null],
    ]);
  });

  it("keeps each question under a noun heading that only groups them, the first one defining the heading's subject included", () => {
    expect(
      noteCards([
        "# 운영체제", // 1
        "",
        "## 교착 상태", // 3
        "",
        "- 교착 상태가 무엇인가요?", // 5
        "  - 둘 이상의 프로세스가 서로가 쥔 자원을 기다리며 멈춘 상태입니다.",
        "- 교착 상태의 발생 조건은 무엇인가요?", // 7
        "  - 상호 배제, 점유 대기, 비선점, 순환 대기입니다.",
        "",
        "## 페이징", // 10
        "",
        "- 페이징이란?", // 12
        "  - 메모리를 같은 크기의 조각으로 나누어 관리하는 기법입니다.",
      ]),
    ).toEqual([
      [5, "qa", "교착 상태가 무엇인가요?", null],
      [7, "qa", "교착 상태의 발생 조건은 무엇인가요?", null],
      [12, "qa", "페이징이란?", null],
    ]);
  });

  it("keeps the card of a heading that asks, its restating first item its answer and the next question its follow-up", () => {
    expect(
      noteCards([
        "# 운영체제", // 1
        "",
        "## 교착 상태를 설명해 주세요", // 3
        "",
        "- 교착 상태란?", // 5
        "  - 둘 이상의 프로세스가 서로가 쥔 자원을 기다리며 멈춘 상태입니다.",
        "- 발생 조건은 무엇인가요?", // 7
        "  - 상호 배제, 점유 대기, 비선점, 순환 대기입니다.",
      ]),
    ).toEqual([
      [3, "qa", "교착 상태를 설명해 주세요", null],
      [7, "followup", "발생 조건은 무엇인가요?", 3],
    ]);
  });
});
