/**
 * A note after a book of interview questions (our own words, written for
 * this test): the question, its answer, then "## 💬 실전 질문" over the
 * questions an interviewer goes on to ask, each answered, and a heading of
 * points to think over after the last one. The practice questions follow the
 * note's question up; the points to think over are the last answer's, no
 * card of their own.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "## ✅ Q7. 안드로이드에서 메모리 누수를 어떻게 막는지 설명해주세요.",
  "",
  "수명이 긴 객체가 화면의 Context를 붙잡지 않게 하고, 등록한 콜백은 화면이 사라질 때 해제합니다.",
  "",
  "## 💬 실전 질문",
  "",
  "### Q) 정적 필드에 Activity를 넣으면 왜 누수가 되나요?",
  "",
  "정적 필드는 프로세스가 살아 있는 동안 유지되므로, 화면이 닫혀도 Activity가 수거되지 않습니다.",
  "",
  "### Q) 누수를 개발 중에 찾으려면 어떻게 하나요?",
  "",
  "디버그 빌드에 누수 탐지 라이브러리를 넣어 두면, 닫힌 화면이 남아 있을 때 참조 경로를 알려 줍니다.",
  "",
  "### 🔎 추가로 생각해볼 점",
  "",
  "- 이미지 로더에는 화면 대신 애플리케이션 Context를 넘긴다",
  "- 코루틴은 화면의 생명주기 범위에서 띄운다",
];

describe("practice questions after a question, and points to think over", () => {
  it("the practice questions follow the note's question up, and the points join the last answer", () => {
    expect(noteCards(NOTE)).toEqual([
      [1, "qa", "안드로이드에서 메모리 누수를 어떻게 막는지 설명해주세요.", null],
      [7, "followup", "정적 필드에 Activity를 넣으면 왜 누수가 되나요?", 1],
      [11, "followup", "누수를 개발 중에 찾으려면 어떻게 하나요?", 1],
    ]);
    expect(parseNote(NOTE).cards[2]!.answer).toContain("애플리케이션 Context를 넘긴다");
  });

  it("points to think over under a topic join that topic's answer", () => {
    const topic = ["# JVM", "", "## 가비지 컬렉션", "", "도달할 수 없는 객체를 찾아 메모리를 돌려받는 일이다.", "", "### 고려할 점", "", "멈춤 시간이 화면 프레임보다 길면 화면이 끊긴다.", "", "## 클래스 로더", "", "클래스 파일을 읽어 메모리에 올리는 부분이다."];
    expect(noteCards(topic)).toEqual([
      [3, "qa", "가비지 컬렉션에 대해 설명해 주세요.", null],
      [11, "qa", "클래스 로더에 대해 설명해 주세요.", null],
    ]);
    expect(parseNote(topic).cards[0]!.answer).toContain("화면이 끊긴다");
  });

  it("a follow-up label over bold questions each with its '**답변:**' makes a follow-up of each, answered by its own", () => {
    const note = ["## 인덱스는 왜 쓰나요?", "", "전체 행을 훑지 않고 원하는 행을 찾기 위해 씁니다.", "", "### 꼬리 질문", "", "**Q. 인덱스가 많으면 무엇이 느려지나요?**", "", "**답변:**", "쓰기마다 인덱스도 고쳐야 해서 삽입과 수정이 느려집니다.", "", "**Q. 카디널리티가 낮은 컬럼은요?**", "", "**답변:**", "걸러 내는 행이 적어 인덱스를 타도 이득이 작습니다."];
    expect(noteCards(note)).toEqual([
      [1, "qa", "인덱스는 왜 쓰나요?", null],
      [7, "followup", "인덱스가 많으면 무엇이 느려지나요?", 1],
      [12, "followup", "카디널리티가 낮은 컬럼은요?", 1],
    ]);
    expect(parseNote(note).cards.map((c) => c.answer)).toEqual(["전체 행을 훑지 않고 원하는 행을 찾기 위해 씁니다.", "쓰기마다 인덱스도 고쳐야 해서 삽입과 수정이 느려집니다.", "걸러 내는 행이 적어 인덱스를 타도 이득이 작습니다."]);
  });
});
