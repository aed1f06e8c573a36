/** Folds dressed in HTML as an exported page writes them. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const parse = (lines: string[]) => parseDeck(lines.join("\n"), { path: "java.md" });

describe("a fold right under an HTML comment naming it", () => {
  const note = [
    "<!-- 인터페이스와 추상 클래스의 차이는 무엇인가요? -->", // 1
    "<details>",
    "  <summary><span style=\"border-bottom:0.05em solid\"><strong>인터페이스와 추상 클래스의 차이는 무엇인가요?</strong></span></summary>", // 3
    "",
    "추상 클래스는 상태를 가질 수 있고 하나만 상속하며, 인터페이스는 여러 개를 구현할 수 있습니다.",
    "",
    "</details>",
    "<!-- 오버로딩이 무엇인가요? -->",
    "<details>",
    "  <summary><strong>오버로딩이 무엇인가요?</strong></summary>", // 10
    "",
    "이름은 같고 매개변수가 다른 메서드를 여럿 두는 것입니다.",
    "",
    "</details>",
    "",
  ];

  it("is the question the fold asks, not a card of raw HTML", () => {
    const deck = parse(note);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [2, "qa", "인터페이스와 추상 클래스의 차이는 무엇인가요?"],
      [9, "qa", "오버로딩이 무엇인가요?"],
    ]);
    expect(deck.cards.map((c) => c.answer).join("\n")).not.toContain("<!--");
  });
});

describe("whether something can be done, asked as a clause", () => {
  it("is kept as written: '…할 수 있는지', '…가능한지'", () => {
    const deck = parse(["## main 메서드를 override, overload 할 수 있는지", "", "override는 할 수 없고 overload는 할 수 있습니다.", "", "## 생성자에서 추상 메서드를 호출해도 가능한지", "", "가능하지만 하위 클래스의 필드가 아직 초기화되지 않았을 수 있습니다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["main 메서드를 override, overload 할 수 있는지", "생성자에서 추상 메서드를 호출해도 가능한지"]);
  });

  it("a noun that ends the same way is still a topic", () => {
    const deck = parse(["## 가비지", "", "더 이상 어떤 변수도 참조하지 않아 수거할 수 있게 된 힙의 객체입니다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["가비지에 대해 설명해 주세요."]);
  });
});

describe("a difficulty noted after a question", () => {
  it("is no part of the prompt: '(Lv0)', '(난이도: 상)'; a level the topic names stays", () => {
    const deck = parse(["## 1. 캐시 지역성에 대해 설명해주세요. (Lv0)", "", "최근에 쓴 데이터와 그 근처를 다시 쓸 가능성이 높다는 성질입니다.", "", "## 2. 교착 상태의 조건은? (난이도: 상)", "", "상호 배제, 점유 대기, 비선점, 순환 대기가 모두 성립해야 합니다.", "", "## Read Committed (레벨 1)", "", "커밋된 데이터만 읽게 해서 더티 리드를 막는 격리 수준입니다.", ""]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["캐시 지역성에 대해 설명해주세요.", "교착 상태의 조건은?", "Read Committed (레벨 1)에 대해 설명해 주세요."]);
  });
});

describe("a reveal holding only where to read", () => {
  it("('- 출처 : URL', '- [참고](…)') leaves its question unanswered; a sentence beside the link answers", () => {
    const note = ["### 질문) JVM이란?", "", "<details>", "    <summary>답변</summary>", "", "- 자바 바이트코드를 실행하는 가상 머신입니다.", "", "</details>", "", "#### 꼬리질문1) GraalVM은 무엇인가요?", "", "<details>", "    <summary>답변</summary>", "", "- 출처 : https://example.com/graalvm", "</details>", "", "#### 꼬리질문2) JIT 컴파일러는 무엇인가요?", "", "<details>", "    <summary>답변</summary>", "", "- 자주 실행되는 바이트코드를 기계어로 바꿔 둡니다. 출처 : https://example.com/jit", "</details>", ""];
    const deck = parse(note);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [1, "qa", "JVM이란?"],
      [18, "followup", "JIT 컴파일러는 무엇인가요?"],
    ]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([[10, "GraalVM은 무엇인가요?"]]);
  });
});
