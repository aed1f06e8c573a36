/**
 * "출처 <br> https://…" written at the top of an answer: the links are the
 * card's sources and the text after them, which has no link, is the answer again
 * (it was all read as sources, and the quoted follow-up below took its place).
 * A "**참고**" over a list of links stays sources only.
 * Fixture: lib/parser/fixtures/sources-line-then-answer.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a sources line over the answer", () => {
  const { deck, cards } = parseFixture("sources-line-then-answer.md");

  it("keeps the answer after the links, and the quoted question as its follow-up", () => {
    expect(cards).toEqual([
      [3, "qa", "빈 스코프에 대해 설명해 주세요.", null],
      [14, "followup", "요청 스코프와 세션 스코프는 무엇이 다른가요?", 3],
      [17, "qa", "의존성 주입이란?", null],
    ]);
    const [scope, , injection] = deck.cards;
    expect(scope!.answer).toContain("컨테이너가 빈을 만들고 관리하는 범위다.");
    expect(scope!.answer).toContain("2. 프로토타입: 요청할 때마다 새로 만든다.");
    expect(scope!.answer).not.toContain("세션마다");
    expect(scope!.sources).toContain("https://example.com/spring/scopes");
    expect(injection!.answer).toBe("객체가 쓸 객체를 밖에서 넣어 주는 방식이다. 생성자 주입을 권한다.");
    expect(injection!.sources).toEqual(["[공식 문서](https://example.com/spring/di)", "[블로그 글](https://example.com/blog/di)"]);
  });
});
