/**
 * A question template whose follow-ups are HTML list items under each folded question, answered
 * (or not) on the lines under each item, with the question's own answer written inside its
 * summary after the heading (blind set 20), on a fixture note written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixtureUnanswered } from "@/test/helpers/parse-fixture";

describe("follow-ups listed as <li> items and answered under them", () => {
  it("each answered item follows the fold's question up; unanswered items, a fold of them alone and the questions of a category fold under an 'Interview Questions' label are listed", () => {
    const { deck, cards, unanswered } = parseFixtureUnanswered("listed-followups-answered.md");
    expect(cards).toEqual([
      [3, "qa", "프로세스와 스레드의 차이에 대해 설명해 주세요.", null],
      [10, "followup", "스레드마다 스택을 따로 두는 이유는 무엇인가요?", 3],
      [13, "followup", "멀티 프로세스 대신 멀티 스레드를 쓰는 이유에 대해 설명해 주세요.", 3],
    ]);
    // (the answer written inside the summary, after its heading, is the question's own)
    expect(deck.cards[0]!.answer).toBe("- 프로세스는 운영체제가 자원을 나눠 주는 단위이고, 스레드는 그 안에서 실행되는 흐름입니다.\n- 스레드끼리는 힙과 코드 영역을 함께 씁니다.");
    expect(deck.cards[1]!.answer).toBe("함수 호출의 흐름이 스레드마다 다르기 때문에 지역 변수와 복귀 주소를 따로 쌓아야 합니다.");
    expect(unanswered).toEqual([
      [15, "스레드가 많을수록 좋은가요?"],
      [19, "데드락이 무엇인지 설명해 주세요."],
      [22, "데드락의 네 가지 조건은 무엇인가요?"],
      [23, "데드락을 예방하는 방법에 대해 설명해 주세요."],
      [32, "페이지 폴트는 언제 일어나나요?"],
      [33, "스래싱이 무엇인가요?"],
    ]);
  });
});

describe("a question template's slots", () => {
  it("a '답안' fold is the question's answer; '위에 적어놨음' and empty code fences under '### 코드' / '### 정답' answer nothing", () => {
    const { deck, cards, unanswered } = parseFixtureUnanswered("template-slots.md");
    expect(cards).toEqual([
      [3, "qa", "시스템 콜이 무엇인지 설명해 주세요.", null],
      [10, "followup", "시스템 콜의 예시를 들어주세요.", 3],
    ]);
    expect(deck.cards[0]!.answer).toBe("사용자 프로그램이 커널의 기능을 쓰려고 부르는 인터페이스입니다.");
    expect(unanswered).toEqual([
      [16, "인터럽트와 시스템 콜은 어떻게 다른가요?"],
      [24, "페이지 크기가 4KB일 때 오프셋은 몇 비트인가요?"],
    ]);
  });
});

describe("a quiz's sub-numbered question", () => {
  it("'Q9-1. …' over its reveal fold, after 'Q9. …', follows Q9 up; 'Q10.' is a question of its own", () => {
    const { cards } = parseFixtureUnanswered("numbered-quiz-followup.md");
    expect(cards).toEqual([
      [3, "qa", "암묵적 타입 변환에 대해 설명하시오", null],
      [10, "followup", "암묵적 타입 변환이 일어나는 예시를 2가지 설명하시오.", 3],
      [18, "qa", "단축 평가란 무엇인가?", null],
    ]);
  });
});

describe("folds indented in a numbered question's item", () => {
  it("the item's '정답' fold is its answer, a '꼬리 질문' fold's question its follow-up answered by the fold inside it, and a '힌트' fold a tip, no question", () => {
    const { deck, cards } = parseFixtureUnanswered("item-folds.md");
    expect(cards).toEqual([
      [3, "qa", "this에 바인딩되는 값은 어떻게 결정되는가?", null],
      [14, "followup", "this에 바인딩되는 값을 함수 호출 방식에 따라 4가지로 분류하여 설명하시오.", 3],
      [30, "qa", "화살표 함수의 this는?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("함수 호출 방식에 따라 동적으로 결정됨");
    expect(deck.cards[1]!.answer).toBe("> 힌트: 일반 함수 호출, 메서드 호출, 생성자 함수 호출, 간접 호출\n\n일반 함수로 부르면 전역 객체, 메서드로 부르면 그 객체, 생성자로 부르면 새 인스턴스, apply/call/bind는 넘긴 객체입니다.");
  });
});

describe("folds indented in a run of numbered questions read as headings", () => {
  it("a '꼬리 질문' fold written right after the reveal's '</details>' (one html block to Markdown) is a label: its question follows the item up, its '힌트' a tip and its '정답' the answer", () => {
    const { deck, cards } = parseFixtureUnanswered("item-folds-run.md");
    expect(cards).toEqual([
      [3, "qa", "클로저란 무엇인가?", null],
      [11, "qa", "클로저는 언제 만들어지는가?", null],
      [19, "qa", "클로저로 상태를 숨기는 방법은?", null],
      [29, "followup", "반복문 안에서 var로 만든 클로저가 모두 같은 값을 보는 이유를 설명하시오.", 19],
    ]);
    expect(deck.cards[2]!.answer).toBe("바깥 함수의 지역 변수에 두고 그 변수를 다루는 함수만 돌려준다");
    expect(deck.cards[3]!.answer).toBe("> 힌트: 함수 스코프, 루프가 끝난 뒤의 값\n\nvar는 함수 스코프라 모든 클로저가 하나의 변수를 공유하고, 호출될 때는 루프가 끝난 뒤의 값이 들어 있다.");
  });
});

describe("follow-ups nested under a point of a listed question's answer", () => {
  it("a point drilled by a bold item that asks ('…하는 이유') is asked next itself, its questions under it, and so is every point named beside it", () => {
    // (blind labellers: "추상화", "상속", "다형성", "캡슐화" under "…특징에 대해 설명해주세요" each a follow-up, the
    // questions under them theirs; a bold name over its own answer under such a point, "접근 제한자", is asked there too)
    const note = [
      "- **클래스와 객체의 차이를 설명해주세요.**",
      "",
      "  > 클래스는 설계도이고 객체는 그 설계도로 만든 실체입니다.",
      "",
      "- **객체 지향의 특징을 설명해주세요.**",
      "",
      "  - **캡슐화**",
      "",
      "    > 데이터와 그 데이터를 다루는 함수를 한 객체에 묶고 안을 감추는 것입니다.",
      "",
      "    - **Getter와 Setter를 사용하는 이유**",
      "",
      "      > 값을 바꾸기 전에 검증하고 내부 표현을 바꿔도 호출하는 쪽이 그대로이기 때문입니다.",
      "",
      "    - **접근 제한자**",
      "",
      "      > public, protected, default, private이 있습니다.",
      "",
      "  - **상속**",
      "",
      "    > 부모 클래스의 속성과 기능을 자식 클래스가 물려받아 쓰는 것입니다.",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "oop.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", "클래스와 객체의 차이를 설명해주세요.", null],
      [5, "qa", "객체 지향의 특징을 설명해주세요.", null],
      [7, "followup", "캡슐화에 대해 설명해 주세요.", 5],
      [11, "followup", "Getter와 Setter를 사용하는 이유에 대해 설명해 주세요.", 7],
      [15, "followup", "접근 제한자에 대해 설명해 주세요.", 7],
      [19, "followup", "상속에 대해 설명해 주세요.", 5],
    ]);
    // (the question keeps the points that answer it, without the questions asked of them)
    expect(deck.cards[1]!.answer).toBe("- **캡슐화**\n\n  > 데이터와 그 데이터를 다루는 함수를 한 객체에 묶고 안을 감추는 것입니다.\n\n- **상속**\n\n  > 부모 클래스의 속성과 기능을 자식 클래스가 물려받아 쓰는 것입니다.");
    expect(deck.cards[2]!.answer).toBe("데이터와 그 데이터를 다루는 함수를 한 객체에 묶고 안을 감추는 것입니다.");
    expect(deck.cards[3]!.answer).toBe("값을 바꾸기 전에 검증하고 내부 표현을 바꿔도 호출하는 쪽이 그대로이기 때문입니다.");
    expect(deck.cards[4]!.answer).toBe("public, protected, default, private이 있습니다.");
  });

  it("points no question drills stay the question's answer, a bare bold term under them too", () => {
    const note = [
      "- **객체 지향의 특징을 설명해주세요.**",
      "",
      "  - **캡슐화**",
      "",
      "    > 데이터와 그 데이터를 다루는 함수를 한 객체에 묶고 안을 감추는 것입니다.",
      "",
      "    - **접근 제한자**",
      "",
      "      > public, protected, default, private이 있습니다.",
      "",
      "  - **상속**",
      "",
      "    > 부모 클래스의 속성과 기능을 자식 클래스가 물려받아 쓰는 것입니다.",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "oop.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[1, "qa", "객체 지향의 특징을 설명해주세요."]]);
    expect(deck.cards[0]!.answer).toContain("접근 제한자");
    expect(deck.cards[0]!.answer).toContain("상속");
  });
});

describe("a follow-up section of bold questions answered on the same line", () => {
  it("each '**…?** answer' paragraph is a follow-up with the rest of its line as the answer — none is lost", () => {
    const note = "## 캐시\n\n캐시는 빠른 저장소입니다. 자주 쓰는 데이터를 둡니다.\n\n## 예상 꼬리 질문과 답변\n\n**캐시를 늘리면 항상 빨라지나요?** 아닙니다. 적중률이 낮으면 효과가 작습니다.\n\n**TTL은 어떻게 정하나요?** 데이터가 바뀌는 주기를 보고 정합니다.\n";
    const deck = parseDeck(note, { path: "cache.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [3, "script", "캐시에 대해 설명해 주세요.", "캐시는 빠른 저장소입니다. 자주 쓰는 데이터를 둡니다."],
      [7, "followup", "캐시를 늘리면 항상 빨라지나요?", "아닙니다. 적중률이 낮으면 효과가 작습니다."],
      [9, "followup", "TTL은 어떻게 정하나요?", "데이터가 바뀌는 주기를 보고 정합니다."],
    ]);
  });
});
