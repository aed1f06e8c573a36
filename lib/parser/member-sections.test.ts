/**
 * Shared answer sheets in the dresses study groups use: each member's heading
 * over numbered question headings with a follow-up section beside them;
 * "질문 1. …" lines over "답변 : …"; numbered questions whose last answer is
 * indented too little to nest. Pins the whole deck: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture as parsed } from "@/test/helpers/parse-fixture";

describe("members' sections of numbered question headings", () => {
  it("a '## 꼬리 질문' beside the questions follows the question just before it; a '1-1. …?.' sub-question asks despite its full stop", () => {
    const { cards, unanswered } = parsed("member-followup-section.md");
    expect(cards).toEqual([
      [5, "qa", "캐시 메모리는 왜 필요한가요?", null],
      [9, "followup", "캐시 적중률을 높이려면 어떻게 하나요?", 5],
      [13, "qa", "가상 메모리를 설명하시오.", null],
      [19, "followup", "페이지 폴트가 자주 나면 어떻게 되나요?", 13],
      [23, "followup", "TLB는 무엇인가요?", 13],
      [29, "qa", "캐시 메모리는 왜 필요한가요?", null],
      [33, "qa", "가상 메모리를 설명하시오.", null],
    ]);
    expect(unanswered).toEqual([]);
  });
});

describe("a study's answer sheet without headings", () => {
  it("'질문 1. …설명해주세요' over '답변 : …' is a question with its answer, as '질문 2. …?' is (the first was lost)", () => {
    const { deck, cards } = parsed("numbered-question-lines.md");
    expect(cards).toEqual([
      [1, "qa", "프로세스와 스레드의 차이를 설명해주세요", null],
      [4, "qa", "컨텍스트 스위칭이 비싼 이유는 무엇인가요?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("프로세스는 독립된 메모리를 갖고, 스레드는 프로세스의 메모리를 나눠 씁니다.");
  });
});

describe("numbered questions whose last answer is indented too little to nest", () => {
  it("take the bullet list on the very next line as that answer, in a follow-up label and in a plain section (it was left unanswered)", () => {
    const { deck, cards, unanswered } = parsed("shallow-item-answers.md");
    expect(cards).toEqual([
      [5, "qa", "프로세스와 스레드의 차이를 설명해 주세요.", null],
      [7, "qa", "멀티 프로세스와 멀티 스레드의 차이를 설명해 주세요.", null],
      [13, "qa", "컨텍스트 스위칭은 언제 일어나나요?", null],
      [15, "qa", "PCB에는 무엇이 저장되나요?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("- 멀티 프로세스는 한 작업이 죽어도 다른 작업이 살아남습니다.\n- 멀티 스레드는 자원을 적게 쓰지만 동기화가 필요합니다.");
    expect(deck.cards[3]!.answer).toBe("- 프로그램 카운터, 레지스터, 프로세스 상태가 저장됩니다.");
  });
});

describe("a follow-up section after several question headings of a section", () => {
  it("sends each listed follow-up to the question it shares the most words with (the section's first question took them all)", () => {
    const { cards } = parsed("prepared-followups-by-topic.md");
    expect(cards).toEqual([
      [3, "qa", "오늘 본 개념에 대해 설명해 주세요.", null],
      [9, "qa", "캐시 지역성을 설명해주세요.", null],
      [13, "qa", "캐시 교체 정책에는 무엇이 있나요?", null],
      [17, "qa", "쓰기 정책의 차이는 무엇인가요?", null],
      [23, "followup", "LRU 교체 정책을 직접 구현한다면?", 13],
      [27, "followup", "캐시 일관성 문제는 왜 생기나요?", 9],
    ]);
  });
});
