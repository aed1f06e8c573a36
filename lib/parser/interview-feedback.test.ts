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

describe("a log of the interviews the writer sat", () => {
  const note = [
    "# 받은 질문 모음", // 1
    "",
    "## A 기업 (대면)",
    "",
    "포트폴리오 발표 뒤에 기술 질문이 이어졌고 총 한 시간 정도 진행됐다.", // 5
    "",
    "### CS",
    "",
    "- 동기와 비동기의 차이는? ✅",
    "- 이벤트 루프에 대해서 아는지 ❎", // 10
    "",
    "### 후기",
    "",
    "코딩 테스트 준비가 부족해서 아쉬움이 많이 남았다.",
    "", // 15
    "다음에는 알고리즘을 더 꾸준히 풀어야겠다고 느꼈다.",
    "",
    "## 2차 면접",
    "",
    "임원 면접이라 인성 질문이 대부분이었다.", // 20
    "",
    "## 이벤트 루프",
    "",
    "콜 스택이 비면 태스크 큐의 콜백을 꺼내 실행하는 구조입니다.",
  ];

  it("makes no card of how each interview went, keeps the questions asked there as unanswered, and cards the topic", () => {
    const deck = parseNote(note);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[22, "이벤트 루프에 대해 설명해 주세요."]]);
    expect(deck.unanswered?.map((u) => u.line)).toEqual(expect.arrayContaining([9]));
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual(
      expect.arrayContaining([
        [3, '건너뛴 부분: "A 기업 (대면)" (질문이 아닌 면접 기록)'],
        [18, '건너뛴 부분: "2차 면접" (질문이 아닌 면접 기록)'],
      ]),
    );
  });
});
