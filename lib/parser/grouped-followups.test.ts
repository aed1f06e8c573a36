/**
 * A follow-up section grouped by the topics it follows up (fixture note
 * written for this test, in our own words): under "## 꼬리 질문", a group
 * heading that names a topic explained before ("### 가비지 컬렉션") over a list
 * of answered questions gives each question as a follow-up of that topic, and
 * no card of its own (it asked "가비지 컬렉션에 대해 설명해 주세요." twice). A
 * group that explains, or names no earlier topic, reads as before. Pins the
 * whole deck: [line, kind, prompt, parent's line]. "## 더 생각해보기" is such a
 * section too.
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("follow-ups grouped by the topic they follow up", () => {
  it("each group's questions follow the topic its heading names", () => {
    const { deck, cards, unanswered } = parseFixture("grouped-followups.md");
    expect(cards).toEqual([
      [3, "qa", "가비지 컬렉션에 대해 설명해 주세요.", null],
      [7, "qa", "로우 메모리 킬러에 대해 설명해 주세요.", null],
      [15, "followup", "GC는 언제 일어나나요?", 3],
      [17, "followup", "System.gc()를 직접 부르는 것은 좋은가요?", 3],
      [22, "followup", "내 앱이 종료되지 않게 하려면 어떻게 하나요?", 7],
      // (a group that explains in prose is a follow-up topic, as before)
      [25, "followup", "스와핑에 대해 설명해 주세요.", 7],
      // (…and so is one naming no topic before the label)
      [29, "followup", "힙 덤프에 대해 설명해 주세요.", 7],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[2]!.answer).toBe("- 힙이 가득 차거나 할당이 실패할 때 주로 일어난다.");
  });

  it("'## 더 생각해보기' collects the questions the writer asks next, grouped the same way; a note titled '부록 - 생각해보기' keeps its topics", () => {
    expect(parseFixture("further-thoughts.md").cards).toEqual([
      [1, "qa", "인덱스에 대해 설명해 주세요.", null],
      [5, "qa", "트랜잭션에 대해 설명해 주세요.", null],
      [13, "followup", "인덱스를 많이 만들면 무엇이 느려지는지?", 1],
      [18, "followup", "트랜잭션이 길어지면 어떤 문제가 생기는지?", 5],
    ]);
    expect(parseFixture("appendix-to-think-about.md").cards).toEqual([[3, "qa", "추상 클래스와 인터페이스의 차이에 대해 설명해 주세요.", null]]);
  });
});
