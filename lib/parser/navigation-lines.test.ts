/**
 * A page's navigation after each answer ("> :arrow_double_up:[Top](#…)
 * [Back](…)", "[⬆️ 위로](#…)") is no part of an answer, and no answer of an
 * empty question; a link with a line saying it stands in for the answer
 * ("일단 블로그 링크를 추가한다") answers nothing. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("navigation lines, links standing in for an answer, and framed reveal folds", () => {
  it("keeps navigation out of answers and leaves an empty question unanswered", () => {
    const { cards, unanswered, deck } = parseFixture("navigation-lines.md");
    expect(cards).toEqual([[3, "qa", "DNS는 어떻게 동작하나요?", null]]);
    expect(deck.cards[0]!.answer).toBe("도메인을 루트 서버부터 차례로 물어 IP 주소를 찾습니다.");
    expect(unanswered).toEqual([[7, "브라우저에 주소를 입력하면 일어나는 과정을 설명해라", null]]);
    expect(deck.warnings).toEqual([{ line: 10, message: '건너뛴 부분: "서버 사이드 렌더링 vs 클라이언트 사이드 렌더링" (답이 아닌 질문 목록·안내·자리 표시)' }]);
  });

  it("reads a reveal fold framed by '<Blockquote>' as the answer of the heading above it; an empty one leaves it unanswered", () => {
    const { cards, unanswered, deck } = parseFixture("quoted-reveal.md");
    expect(cards).toEqual([[3, "qa", "빈을 직접 등록하는 이유에 대해 설명해 주세요.", null]]);
    expect(deck.cards[0]!.answer).toBe("라이브러리 클래스처럼 소스를 고칠 수 없는 클래스를 빈으로 쓰려면 설정 클래스에서 직접 등록해야 한다.");
    expect(unanswered).toEqual([[15, "스프링 부트와 스프링의 차이는?", null]]);
  });
});

