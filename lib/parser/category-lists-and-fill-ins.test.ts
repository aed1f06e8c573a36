/**
 * Shapes a second reader found the parser getting wrong (review of the
 * twenty-ninth round), in a note of our own: categories over answered
 * questions, a fill-in exercise, a comparison closed by "### 결론", and a
 * study's cohort title, dated meeting log and ability checklist.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

const parse = (lines: string[]) => parseDeck(lines.join("\n"), { path: "note.md" });

describe("categories, fill-ins and a study's dress", () => {
  const { deck, cards, unanswered } = parseFixture("category-lists-and-fill-ins.md");
  const skipped = deck.warnings.map((w) => w.message).filter((m) => m.startsWith("건너뛴 부분"));

  it("cards each question under its category, each blank, and the comparison — and nothing for the categories' section", () => {
    expect(cards).toEqual([
      [14, "qa", "해시 테이블이란", null],
      [16, "qa", "힙은 어디에 쓰이나요?", null],
      [19, "qa", "해시와 암호화의 차이는?", null],
      [24, "qa", "스레드는 프로세스의 ( ) 영역을 공유한다.", null],
      [26, "qa", "HTTP/2는 하나의 연결에서 여러 요청을 ___ 한다.", null],
      [29, "qa", "동기와 비동기의 차이에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("answers a blank with what fills it", () => {
    expect(deck.cards.find((c) => c.lineStart === 24)?.answer).toBe("- 힙");
  });

  it("ends the comparison's answer with its conclusion, without the heading that would skip it", () => {
    const answer = deck.cards.find((c) => c.lineStart === 29)!.answer;
    expect(answer.endsWith("기다림이 길고 응답 순서가 중요하지 않은 일일수록 비동기가 자원을 덜 낭비한다.")).toBe(true);
    expect(answer).not.toContain("결론");
    expect(skipped.some((m) => m.includes("결론"))).toBe(false);
  });

  it("skips the study's cohort title, its dated meeting log and its ability checklist with a warning each", () => {
    expect(skipped).toEqual([
      '건너뛴 부분: "백엔드 면접 스터디 (2기)" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: "모임 기록" (질문이 아닌 스터디·저장소 안내)',
      '건너뛴 부분: "복습 체크리스트" (질문이 아닌 스터디·저장소 안내)',
    ]);
  });
});

describe("guards around those shapes", () => {
  it("keeps one category among points in its section's answer (the point and its asides)", () => {
    const deck = parse(["# 세미나 메모", "", "## 개발자에게 필요한 것", "", "- 꾸준한 학습", "", "- 탄탄한 기본기", "    - 운영체제는 왜 배울까요?", "        - 락 경합을 이해해야 성능 문제를 풀 수 있다.", "", "- 협업 능력", ""]);
    const section = deck.cards.find((c) => c.prompt.startsWith("개발자에게 필요한 것"));
    expect(section?.answer).toContain("탄탄한 기본기");
    expect(deck.cards.map((c) => c.prompt)).toContain("운영체제는 왜 배울까요?");
  });

  it("leaves a list with one blank sentence among plain points to the section", () => {
    const deck = parse(["# 스레드", "", "## 스레드의 특징", "", "- 스레드는 ( ) 영역을 공유한다.", "  - 힙과 데이터 영역", "- 각자 스택을 가진다.", "  - 지역 변수는 공유되지 않는다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["스레드의 특징에 대해 설명해 주세요."]);
  });

  it("still drops a leftover '( )' at a heading's end", () => {
    expect(parse(["## 캐시란? ( )", "", "자주 쓰는 데이터를 가까이 두는 저장소다.", ""]).cards.map((c) => c.prompt)).toEqual(["캐시란?"]);
  });

  it("keeps points that say what a technique can do under a heading that is no checklist", () => {
    const deck = parse(["# 캐시", "", "## 캐시의 효과", "", "**읽기**", "- 응답 시간을 줄일 수 있다", "", "**쓰기**", "- 쓰기를 모아 한 번에 보낼 수 있다", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["캐시의 효과에 대해 설명해 주세요."]);
  });

  it("keeps a dated history with years in an answer", () => {
    const deck = parse(["# 자바", "", "## 자바 LTS 역사", "", "2014-03-18 - Java 8", "2018-09-25 - Java 11", "2021-09-14 - Java 17", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["자바 LTS 역사에 대해 설명해 주세요."]);
  });
});

describe("categories in a follow-up section", () => {
  it("are only how its questions are sorted: each question is a card", () => {
    const deck = parse(["# 백엔드 면접", "", "## 꼬리 질문 모음", "", "- 자바", "  - JVM 메모리 구조를 설명해 주세요.", "    - 메서드 영역, 힙, 스택 등으로 나뉜다.", "- 스프링", "  - DI를 쓰는 이유는?", "    - 생성과 사용을 분리해 결합도를 낮춘다.", ""]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[6, "JVM 메모리 구조를 설명해 주세요."], [9, "DI를 쓰는 이유는?"]]);
  });
});
