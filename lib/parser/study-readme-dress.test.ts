/**
 * A study repository's README in the dress it is often written in: a Korean
 * title naming the study over what it prepares for and how to hand in work,
 * a week-by-week plan written line by line, a skills checklist under bold
 * group names, and a member table under a heading decorated with a GitHub
 * emoji shortcode. None of it is a question; the one answered question stays
 * (study-housekeeping.ts, labels.ts). Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("a study README's housekeeping", () => {
  const { deck, cards, unanswered } = parseFixture("study-readme-dress.md");
  const skipped = deck.warnings.map((w) => w.message).filter((m) => m.startsWith("건너뛴 부분"));

  it("cards only the answered question", () => {
    expect(cards).toEqual([[16, "qa", "인덱스를 쓰면 조회가 왜 빨라지나요?", null]]);
    expect(unanswered).toEqual([]);
  });

  it("skips the study's title, its plan, its checklist and its members with a warning each", () => {
    expect(skipped).toEqual([
      '건너뛴 부분: "🧑‍💻 백엔드 면접 스터디" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: ":calendar: 주차별 계획" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: "학습 체크리스트" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: ":busts_in_silhouette: Contributors" (질문이 아닌 안내·목차·규칙)',
    ]);
  });
});

describe("a quiz study's way of working", () => {
  const note = [
    "# 🧑‍💻 네트워크 퀴즈 스터디", // 1
    "",
    "## 📌 방식",
    "### 날짜",
    "- 매주 목요일", // 5
    "### 방법",
    "1. 각자 맡은 범위에서 문제 출제",
    "2. 다른 팀원의 문제 풀기",
    "### 주의할 점",
    "- 출제자 : 정답은 접어서 작성", // 10
    "- 응시자 : 하루 안에 풀기",
    "",
    "## 📌 1회차",
    "### 맡은 범위",
    "|출제자|범위|", // 15
    "|:--:|:--|",
    "|민수|OSI 7계층<br>TCP와 UDP|",
    "|지현|HTTP와 HTTPS<br>쿠키와 세션|",
    "",
    "### TCP와 UDP의 차이는?", // 20
    "",
    "TCP는 연결을 맺고 순서와 도착을 보장하며, UDP는 연결 없이 빠르게 보냅니다.",
  ];

  it("skips how the study works and who sets which questions; the answered question stays", () => {
    const deck = parseNote(note);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[20, "TCP와 UDP의 차이는?"]]);
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual(
      expect.arrayContaining([
        [3, '건너뛴 부분: "📌 방식" (질문이 아닌 스터디·저장소 안내)'],
        [14, '건너뛴 부분: "맡은 범위" (질문이 아닌 스터디·저장소 안내)'],
      ]),
    );
  });
});
