/**
 * An interview-question list written as `- "질문?" → 짧은 답`, one item's
 * quoted question followed by an example of what it means ("(예: …)").
 * That item asked nothing once its quotes were not the whole text, so the
 * list was read as one topic's answer; each item is a card. Note written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";
import { unwrapQuestion } from "./questions";

describe("quoted questions with an example after them, answered after an arrow", () => {
  it("unwraps the quotes and keeps the example", () => {
    expect(unwrapQuestion('"이 API를 어떻게 설계하시겠어요?" (예: 목록 조회 + 검색)')).toBe("이 API를 어떻게 설계하시겠어요? (예: 목록 조회 + 검색)");
    expect(unwrapQuestion("“캐시는 언제 비우나요?” (예: 상품 가격 변경)")).toBe("캐시는 언제 비우나요? (예: 상품 가격 변경)");
    // (a second reader's dresses: single quotes, two asides, a bracket nested in one, a question without its "?")
    expect(unwrapQuestion("'인덱스를 걸면 항상 빨라지나요?' (예: 성별 컬럼)")).toBe("인덱스를 걸면 항상 빨라지나요? (예: 성별 컬럼)");
    expect(unwrapQuestion('"동시성 문제를 겪어 본 적 있나요?" (예: 재고 차감) (경험 질문)')).toBe("동시성 문제를 겪어 본 적 있나요? (예: 재고 차감) (경험 질문)");
    expect(unwrapQuestion('"JWT의 단점은?" (예: 로그아웃, (토큰 탈취))')).toBe("JWT의 단점은? (예: 로그아웃, (토큰 탈취))");
    expect(unwrapQuestion('"세션과 토큰 중 무엇을 쓰나요" (예: 모바일 앱)')).toBe("세션과 토큰 중 무엇을 쓰나요 (예: 모바일 앱)");
    // (a quoted saying with a source after it asks nothing)
    expect(unwrapQuestion('"측정하지 않으면 개선할 수 없다" (피터 드러커)')).toBe('"측정하지 않으면 개선할 수 없다" (피터 드러커)');
  });

  it("makes each item of the list a card", () => {
    const deck = parseNote([
      "# REST",
      "",
      "## 자주 나오는 면접 질문",
      "",
      '- "이 API를 어떻게 설계하시겠어요?" (예: 목록 조회 + 검색) → 리소스 명사와 쿼리 파라미터로 설계합니다',
      '- "PUT과 PATCH 차이는?" → 전체 교체와 부분 수정, 멱등성 여부',
      '- "동시성 문제를 겪어 본 적 있나요?" (예: 재고 차감) (경험 질문) → 비관적 락으로 해결했습니다',
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [5, "qa", "이 API를 어떻게 설계하시겠어요? (예: 목록 조회 + 검색)", "리소스 명사와 쿼리 파라미터로 설계합니다"],
      [6, "qa", "PUT과 PATCH 차이는?", "전체 교체와 부분 수정, 멱등성 여부"],
      [7, "qa", "동시성 문제를 겪어 본 적 있나요? (예: 재고 차감) (경험 질문)", "비관적 락으로 해결했습니다"],
    ]);
  });
});
