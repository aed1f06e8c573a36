/**
 * A note about one question laid out as a template (한 줄 정의, 질문 의도, 30초 답변, 상세 설명,
 * 핵심 요약, 최종 체크리스트, 꼬리 질문 under its title) is one card: the title asked, the
 * answer section its model answer, the facets its tips, the follow-ups under it. A note of
 * several questions is left as it is. Fixtures written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a single-question note", () => {
  it("is one card asking its title, with the facets as tips and the follow-up under it", () => {
    const { deck, cards, unanswered } = parseFixture("single-question-note.md");
    expect(cards).toEqual([
      [13, "script", "TCP 3-way handshake에 대해 설명해 주세요.", null],
      [27, "followup", "왜 2-way로는 부족한가요?", 13],
    ]);
    expect(unanswered).toEqual([]);
    const card = deck.cards[0]!;
    expect(card.answer).toMatch(/^클라이언트가 SYN을 보내고[\s\S]*확인할 수 있습니다\.$/);
    expect(card.tips.map((t) => t.split("\n")[0])).toEqual(["**한 줄 정의**", "**질문 의도**", "**상세 설명**", "**핵심 요약**", "**최종 체크리스트**"]);
    expect(card.tips[2]).toContain("1. SYN: 클라이언트가 초기 순서 번호를 보낸다.");
  });

  it("leaves a note of several questions alone: its example answer is its question's", () => {
    const { cards } = parseFixture("single-question-note-several.md");
    expect(cards.map((c) => c[2])).not.toContain("인성 면접에 대해 설명해 주세요.");
    expect(cards.map((c) => c[2])).toContain("인성 면접의 핵심 요약에 대해 설명해 주세요.");
  });

  it("keeps questions written under a facet heading as cards (only a facet's own text becomes a tip)", () => {
    const { deck, cards } = parseFixture("single-question-note-guards.md");
    expect(cards).toEqual([
      [3, "script", "가상 메모리에 대해 설명해 주세요.", null],
      [9, "qa", "페이지 폴트가 나면 어떤 일이 일어나나요?", null],
      [11, "qa", "TLB는 왜 필요한가요?", null],
    ]);
    expect(deck.cards[0]!.tips).toEqual(["**핵심 요약**\n\n주소 공간을 페이지 단위로 나눠 필요한 것만 메모리에 둔다."]);
  });

  it("gives its expected follow-ups to the one question, not to a part of its explanation they share words with", () => {
    const { cards } = parseFixture("single-question-note-followups.md");
    expect(cards).toEqual([
      [9, "qa", "DNS 라우팅은 언제 대상을 고르나요?", null],
      [13, "qa", "로드 밸런서는 언제 대상을 고르나요?", null],
      [17, "qa", "DNS 라우팅과 로드 밸런서의 차이에 대해 설명해 주세요.", null],
      [23, "followup", "DNS 가중치를 바꾸면 기존 사용자가 바로 옮겨 가나요?", 17],
      [25, "followup", "로드 밸런서만 쓰면 DNS 라우팅은 필요 없나요?", 17],
    ]);
  });
});
