/**
 * A mock interview's feedback note, titled by a "##" heading: the questions
 * the candidate could not answer, each with the reviewer's notes, then what
 * went well and what to improve. The questions are cards; the praise and the
 * advice are not. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const note = [
  "## 📌 모의 면접 피드백 (2026-03-02)", // 1
  "",
  "### 1. 답변하지 못한 질문 📝",
  "",
  "#### ✅ 교착 상태를 예방하는 방법이 있을까요?", // 5
  "",
  "- 네 가지 조건 중 하나를 깨면 된다는 점부터 말하면 좋겠습니다.",
  "",
  "### 2. 좋았던 점 ✨",
  "", // 10
  "- 꼬리 질문이 깊어져도 차분하게 자기 말로 설명해 주셔서 듣기 편했습니다. 특히 페이징을 그림으로 설명하신 부분이 좋았습니다.",
  "",
  "### 3. 보완하면 좋을 점 💡",
  "",
  "- 답변이 길어질 때가 있어 결론부터 말하는 두괄식으로 정리하면 더 좋을 것 같습니다. 스케줄링 알고리즘은 이름만 나열해도 충분합니다.", // 15
];

describe("a mock interview's feedback note", () => {
  it("cards the question and skips what went well and what to improve, naming both", () => {
    expect(noteCards(note)).toEqual([[5, "qa", "교착 상태를 예방하는 방법이 있을까요?", null]]);
    expect(parseNote(note).warnings.map((w) => [w.line, w.message])).toEqual([
      [9, '건너뛴 부분: "2. 좋았던 점 ✨" (질문이 아닌 스터디·저장소 안내)'],
      [13, '건너뛴 부분: "3. 보완하면 좋을 점 💡" (질문이 아닌 스터디·저장소 안내)'],
    ]);
  });

  it("keeps a topic note's 'what to improve' when the note is no review", () => {
    const topic = ["## 캐시 설계", "", "### 보완할 점", "", "- 쓰기 지연 캐시는 장애가 나면 아직 쓰지 않은 데이터를 잃으므로 로그를 함께 남긴다."];
    expect(noteCards(topic).map((c) => c[2])).toEqual(["보완할 점에 대해 설명해 주세요."]);
  });
});
