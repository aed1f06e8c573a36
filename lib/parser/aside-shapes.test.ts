/**
 * Asides inside answers (blind set 22's shapes), on a fixture note written for this test: a
 * "번외" fold is more of the answer, not a question; "※ …란?" asks a side question answered in
 * its own paragraph; a "참고" fold of links is the sources; a summary marked "Q." is asked as
 * written; a documentation site's ":::tip" admonition is a quote, its markers no text.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("asides in answers", () => {
  const { deck, cards } = parseFixture("aside-shapes.md");

  it("make no cards of their own, save the side question a note mark asks", () => {
    expect(cards).toEqual([
      [3, "qa", "필터와 인터셉터를 쓰는 이유", null],
      [8, "followup", "디스패처 서블릿이란?", 3],
      [25, "qa", "세션에 대해 설명해 주세요.", null],
    ]);
  });

  it("keep the aside fold's words in the answer and the side question's paragraph in its own", () => {
    expect(deck.cards[0]!.answer).toBe("필터는 서블릿 앞에서, 인터셉터는 컨트롤러 앞에서 공통 처리를 맡습니다.\n\n필터는 doFilter 하나로, 인터셉터는 preHandle과 postHandle로 나뉩니다.");
    expect(deck.cards[1]!.answer).toBe("모든 요청을 먼저 받아 알맞은 컨트롤러로 보내는 프론트 컨트롤러입니다.");
  });

  it("read an admonition as a quote, its title in bold", () => {
    expect(deck.cards[2]!.answer).toBe("세션은 서버에 사용자 상태를 저장하는 방법이다. 브라우저를 닫거나 서버가 지울 때까지 남는다.\n\n> **세션이 있는데도 쿠키를 쓰는 이유**\n> 세션은 서버 자원을 쓰므로 사용자가 많으면 부담이 커서, 가벼운 정보는 쿠키에 둔다.\n\n> 세션 ID가 새어 나가면 다른 사람이 그 세션을 쓸 수 있다.");
  });

  it("take the links of a '참고' fold as sources", () => {
    expect(deck.cards[0]!.sources).toEqual(expect.arrayContaining(["https://example.com/filter", "https://example.com/interceptor"]));
  });
});
