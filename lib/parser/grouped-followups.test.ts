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
import { noteCards, parseFixture } from "@/test/helpers/parse-fixture";

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

  it("a group names the topic it names exactly before one that only contains its words, and one shared common word names nothing", () => {
    const note = [
      "# 데이터베이스",
      "",
      "## 인덱스",
      "",
      "정렬된 키와 행 위치를 따로 모아 두는 구조다.",
      "",
      "### 복합 인덱스",
      "",
      "여러 컬럼을 묶은 인덱스로, 왼쪽 컬럼부터 써야 효과가 있다.",
      "",
      "## 캐시 메모리",
      "",
      "CPU 가까이에 두는 작고 빠른 메모리다.",
      "",
      "## 꼬리 질문",
      "",
      "### 인덱스",
      "",
      "- 인덱스를 많이 만들면 안 되는 이유는?",
      "    - 쓰기마다 인덱스도 고쳐야 해서 느려진다.",
      "",
      "### 메모리 단편화",
      "",
      "- 외부 단편화는 왜 생기나요?",
      "    - 빈 공간이 잘게 흩어져 큰 요청을 받지 못한다.",
    ];
    expect(noteCards(note)).toEqual([
      [3, "qa", "인덱스에 대해 설명해 주세요.", null],
      [7, "qa", "복합 인덱스에 대해 설명해 주세요.", null],
      [11, "qa", "캐시 메모리에 대해 설명해 주세요.", null],
      [19, "followup", "인덱스를 많이 만들면 안 되는 이유는?", 3],
      // (as before: the group stays one follow-up of the topic before the label)
      [22, "followup", "메모리 단편화에 대해 설명해 주세요.", 11],
    ]);
  });

  it("a group whose list mixes questions with notes, or a musing under '더 생각해보기', reads as before", () => {
    const cards = noteCards([
      "## 가비지 컬렉션",
      "",
      "닿을 수 없는 객체를 찾아 메모리를 돌려받는다.",
      "",
      "## 꼬리 질문",
      "",
      "### 가비지 컬렉션",
      "",
      "- Stop-the-world는 왜 생기나요?",
      "    - 객체 그래프가 바뀌지 않게 스레드를 멈추기 때문이다.",
      "- G1 튜닝 옵션 정리",
      "    - MaxGCPauseMillis",
    ]);
    expect(cards).toEqual([
      [1, "qa", "가비지 컬렉션에 대해 설명해 주세요.", null],
      [7, "followup", "가비지 컬렉션에 대해 설명해 주세요.", 1],
    ]);
    const musing = noteCards([
      "## 가비지 컬렉션",
      "",
      "닿을 수 없는 객체를 찾아 메모리를 돌려받는다.",
      "",
      "## 더 생각해보기",
      "",
      "### 가비지 컬렉션",
      "",
      "로그를 켜 보니 Minor GC가 생각보다 자주 일어났다. 다음에는 G1을 정리해 봐야겠다.",
    ]);
    expect(musing.filter((c) => c[1] === "followup")).toEqual([]);
  });
});
