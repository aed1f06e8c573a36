/**
 * Questions the note marks as its own: a `**Q. …**` line is asked as written
 * even when it is a noun phrase; "A." alone on its line opens that question's
 * answer (before, the answer went to the topic and the question was listed
 * unanswered); "…설명하여라" is a request. Fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("questions the note marks as its own", () => {
  it("asks a marked noun phrase as written, answers a question under a lone 'A.', reads '설명하여라' as a request, keeps questions answered alike", () => {
    const { cards, unanswered, deck } = parseFixture("marked-questions.md");
    expect(cards).toEqual([
      [3, "qa", "스핀락과 뮤텍스의 차이점", null],
      [12, "qa", "교착 상태의 발생 조건은?", null],
      [21, "qa", "은행원 알고리즘의 장점은?", null],
      [25, "qa", "페이지 교체에 대해 설명하여라", null],
      // (two questions answered alike by a pasted answer are both kept; an editorial note after a dash is no part of the question)
      [29, "qa", "가상 메모리가 무엇인가요?", null],
      [32, "qa", "요구 페이징이 무엇인가요?", null],
      [35, "qa", "스와핑을 설명해주세요.", null],
      // (a skin-toned speaker emoji and its colon are no part of the question)
      [38, "qa", "옵저버 패턴에 대해 설명해주세요", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("- 상호 배제\n- 점유 대기\n- 비선점\n- 순환 대기");
  });

  it("reads a marked question under a bold caption, keeps the text after a procedure's steps, and keeps an underscore inside a word", () => {
    const { cards, deck } = parseFixture("captioned-questions.md");
    expect(cards).toEqual([
      [5, "steps", "TCP 연결 종료 과정을 단계별로 설명해 주세요.", null],
      [15, "followup", "종료가 네 단계인 이유?", 5],
      [19, "followup", "TIME_WAIT이 필요한 이유?", 5],
    ]);
    expect(deck.cards[0]!.answer).toContain("끝난 뒤에도 클라이언트는 늦게 오는 패킷을 받으려고 잠시 기다린다.");
    expect(deck.cards[0]!.answer).not.toContain("관련 질문");
    expect(deck.warnings).toEqual([]);
  });

  it("answers a listed question by the sentences fenced under it, and keeps the next listed question over code its own", () => {
    const { cards, deck } = parseFixture("fenced-answers.md");
    expect(cards).toEqual([
      [1, "qa", "트랜잭션 격리 수준에 대해 설명해주세요.", null],
      [7, "qa", "데드락은 어떻게 막나요?", null],
      [12, "qa", "이 쿼리의 결과는 무엇인가요?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("```\n자원을 얻는 순서를 모든 트랜잭션에서 같게 맞춘다.\n```");
    expect(deck.cards[2]!.answer).toContain("결제가 끝난 주문의 수가 나온다.");
  });
});

describe("a follow-up numbered under its question, '꼬리 Q1-1.'", () => {
  it("is a follow-up of the question whose answer it sits in, asked without its quotes; the answer keeps only its own lines", () => {
    const deck = parseDeck(["## 예상 면접 질문", "", '**Q1. "HashSet은 어떻게 중복을 막나요?"**', "> 원소를 HashMap의 키로 저장해서, 같은 키면 넣지 않습니다.", "", '**꼬리 Q1-1. "그럼 원소에 요구되는 조건은?"**', "> hashCode와 equals를 함께, 일관되게 구현해야 합니다.", "", '**Q2. "TreeSet은 언제 쓰나요?"**', "> 정렬된 순회나 범위 조회가 필요할 때 씁니다.", ""].join("\n"), { path: "set.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [3, "qa", "HashSet은 어떻게 중복을 막나요?", null],
      [6, "followup", "그럼 원소에 요구되는 조건은?", 3],
      [9, "qa", "TreeSet은 언제 쓰나요?", null],
    ]);
    expect(deck.cards[0]!.answer).not.toContain("hashCode");
  });
});
