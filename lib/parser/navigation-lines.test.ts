/**
 * A page's navigation after each answer ("> :arrow_double_up:[Top](#…)
 * [Back](…)", "[⬆️ 위로](#…)") is no part of an answer, and no answer of an
 * empty question; a link with a line saying it stands in for the answer
 * ("일단 블로그 링크를 추가한다") answers nothing. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("navigation lines and links standing in for an answer", () => {
  it("keeps navigation out of answers and leaves an empty question unanswered", () => {
    const { cards, unanswered, deck } = parseFixture("navigation-lines.md");
    expect(cards).toEqual([[3, "qa", "DNS는 어떻게 동작하나요?", null]]);
    expect(deck.cards[0]!.answer).toBe("도메인을 루트 서버부터 차례로 물어 IP 주소를 찾습니다.");
    expect(unanswered).toEqual([[7, "브라우저에 주소를 입력하면 일어나는 과정을 설명해라", null]]);
    expect(deck.warnings).toEqual([{ line: 10, message: '건너뛴 부분: "서버 사이드 렌더링 vs 클라이언트 사이드 렌더링" (답이 아닌 질문 목록·안내·자리 표시)' }]);
  });
});
