/**
 * Follow-ups written the way an interview is rehearsed aloud (fixture notes
 * written for this test, in our own words): a list item marked "꼬리 질문:"
 * under an answer, its question and answer each in quotes around an arrow; a
 * quoted question that holds an arrow of its own; and a follow-up asked of
 * "each" thing the question before it named, answered by the sibling
 * headings after it that name those things. A follow-up keeps the line it is
 * written on, inline code and all.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("spoken follow-up items", () => {
  it("a '- 꼬리 질문: \"…?\" → \"…\"' item under an answer is that question's follow-up, quotes off; one with no answer stays in the answer", () => {
    const { deck, cards, unanswered } = parseFixture("spoken-followup-items.md");
    expect(cards).toEqual([
      [5, "qa", "자바의 인자 전달은 값에 의한 호출인가요?", null],
      [7, "followup", "그럼 왜 참조에 의한 호출처럼 보이나요?", 5],
      [9, "qa", "불변 객체는 왜 스레드에 안전한가요?", null],
      [11, "followup", "final 필드만 쓰면 불변인가요?", 9],
      [14, "qa", "컴포넌트 간 데이터 흐름은 어떻게 되나요?", null],
      [19, "followup", "자식 → 부모로 값을 올려 보낼 수 있나요?", 14],
      [20, "followup", "형제끼리는요?", 14],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards.map((c) => c.answer)).toEqual([
      "언제나 값에 의한 호출입니다. 객체를 넘겨도 참조값이 복사되어 넘어갑니다.",
      "복사된 참조가 같은 객체를 가리켜서, 객체 안을 바꾸면 호출한 쪽에서도 보이기 때문입니다.",
      "만들어진 뒤 상태가 바뀌지 않으니 여러 스레드가 락 없이 읽어도 됩니다.\n\n- 꼬리 질문: 생성자에서 받은 리스트는 어떻게 하나요?",
      "아닙니다. 필드가 가리키는 리스트의 원소는 여전히 바뀔 수 있습니다.",
      "부모가 자식에게 props로 내려 주는 한 방향 흐름입니다.",
      "직접은 안 됩니다. 부모가 내려 준 콜백을 자식이 부릅니다",
      "공통 부모로 상태를 끌어올립니다",
    ]);
  });

  it("a follow-up of each ('각각 …?') is answered by the sibling headings naming what the question it follows named; others stay as they were", () => {
    const { deck, cards, unanswered } = parseFixture("followup-of-each.md");
    expect(cards).toEqual([
      [1, "qa", "뮤텍스와 세마포어의 차이를 설명해 주세요.", null],
      [7, "followup", "각각 어떤 상황에서 쓰나요?", 1],
      [17, "qa", "캐시와 버퍼는 어떻게 다른가요?", null],
      [25, "followup", "디스크 스케줄링에 대해 설명해 주세요.", 17],
    ]);
    expect(deck.cards[1]!.answer).toBe("### 뮤텍스\n\n공유 자료 하나를 한 스레드만 고치게 할 때 씁니다.\n\n### 세마포어 (Semaphore)\n\n커넥션 풀처럼 같은 자원이 여러 개일 때 씁니다.");
    // (a heading the question before never named is no answer of "각각의 단점은…?": it is still to be answered)
    expect(unanswered).toEqual([[23, "각각의 단점은 무엇인가요?", 17]]);
  });
});
