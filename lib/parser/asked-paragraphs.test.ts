/**
 * A note of plain paragraphs with no heading (fixtures/asked-paragraphs.md): each
 * one-line question over the paragraphs that answer it is a card; a question whose
 * only "answer" is code (fixtures/asked-paragraphs-code.md) asks about that code.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("asked paragraphs in a note with no heading", () => {
  it("each one-line question is a card answered by the paragraphs up to the next question", () => {
    const { deck, cards } = parseFixture("asked-paragraphs.md");
    expect(cards).toEqual([
      [4, "qa", "앱이 잠시 멈추는 상태가 되는 경우를 설명하시오.", null],
      [11, "qa", "앱이 뒤로 가면 어떤 제약이 있나요?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("메모리가 모자라면 언제든 종료될 수 있다.\n오디오나 위치 같은 일부 작업만 계속할 수 있다.");
    expect(deck.warnings).toEqual([]);
  });

  it("questions over code alone make no card", () => {
    expect(parseFixture("asked-paragraphs-code.md").cards).toEqual([]);
  });

  it("reads a question whose answer starts on the very next line, no blank line between, as asked over that answer", () => {
    // (a plain-text note of a study's expected questions, written as a user types them: written for this test)
    const deck = parseNote([
      "DataSource는 무엇인가요?", // 1
      "커넥션을 얻는 일을 추상화한 인터페이스다.",
      "구현 기술이 바뀌어도 DataSource의 구현체만 바꾸면 된다.",
      "",
      "커넥션 풀은 무엇이고 스프링 부트는 무엇을 쓰나요?", // 5
      "커넥션을 미리 만들어 두고 빌려 쓰는 저장소로, 스프링 부트는 HikariCP를 기본으로 쓴다.",
      "",
      "Spring에서 CORS 에러를 해결하기 위한 방법은?", // 8
      "",
      "WebMvcConfigurer의 addCorsMappings()를 재정의하거나 필터로 헤더를 붙인다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.lineEnd, c.prompt, c.answer])).toEqual([
      [1, 3, "DataSource는 무엇인가요?", "커넥션을 얻는 일을 추상화한 인터페이스다.\n구현 기술이 바뀌어도 DataSource의 구현체만 바꾸면 된다."],
      [5, 6, "커넥션 풀은 무엇이고 스프링 부트는 무엇을 쓰나요?", "커넥션을 미리 만들어 두고 빌려 쓰는 저장소로, 스프링 부트는 HikariCP를 기본으로 쓴다."],
      [8, 10, "Spring에서 CORS 에러를 해결하기 위한 방법은?", "WebMvcConfigurer의 addCorsMappings()를 재정의하거나 필터로 헤더를 붙인다."],
    ]);
  });
});

