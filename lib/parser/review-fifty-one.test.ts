/**
 * A second reader's notes against the fifty-first round's rules (entity indentation,
 * a statement shown with the question under an ask label, "Question N." marks,
 * "앞 꼬리질문에 대해" and nested "그렇다면" folds): each case that read worse is pinned
 * here as it reads now. Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const cardsOf = (lines: string[]) => {
  const deck = parseDeck(lines.join("\n"), { path: "note.md" });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.given ?? null, c.parentId ? lineOf.get(c.parentId) : null]);
};

describe("\"Question N.\" marks", () => {
  it("a bare \"### Question 1.\" over a paragraph that asks is a label: the paragraph is the question", () => {
    const cards = cardsOf(["# 운영체제 모의 면접", "", "### Question 1.", "", "프로세스와 스레드의 차이를 설명해 주세요.", "", "프로세스는 메모리를 따로 쓰고 스레드는 나눠 씁니다.", "", "### Question 12)", "", "교착 상태를 막는 방법은 무엇인가요?", "", "네 가지 조건 중 하나를 깨면 됩니다.", ""]);
    expect(cards.map((c) => c[2])).toEqual(["프로세스와 스레드의 차이를 설명해 주세요.", "교착 상태를 막는 방법은 무엇인가요?"]);
  });
});

describe("pointing back at the question before", () => {
  it("an interview log's \"이전 질문에 대해 …넘어간 질문: …?\" is a question of its own", () => {
    const cards = cardsOf(["# 1차 면접 회고", "", "### 스레드 풀을 쓰는 이유는 무엇인가요?", "", "스레드를 미리 만들어 두고 다시 쓰기 위해서라고 답했다.", "", "### 이전 질문에 대해 제대로 답을 못 하자 넘어간 질문: HTTP와 HTTPS의 차이는?", "", "HTTPS는 TLS로 암호화한다고 답했다.", ""]);
    expect(cards.map((c) => [c[0], c[1]])).toEqual([[3, "qa"], [7, "qa"]]);
  });

  it("a \"그 외에 …?\" fold nested after another asks beside it: it follows the question both sit in", () => {
    const cards = cardsOf(["## JVM", "<details>", "  <summary>JVM의 런타임 데이터 영역을 설명해 주세요.</summary>", "", "  힙, 메서드 영역, 스택, PC 레지스터, 네이티브 메서드 스택이 있습니다.", "", "  <details>", "    <summary>힙 영역에는 무엇이 저장되나요?</summary>", "", "    new로 만든 객체와 배열이 저장됩니다.", "", "  </details>", "  <details>", "    <summary>그 외에 메서드 영역에는 무엇이 저장되나요?</summary>", "", "    클래스 정보와 static 변수가 저장됩니다.", "", "  </details>", "</details>", ""]);
    expect(cards.map((c) => [c[0], c[1], c[4]])).toEqual([[2, "qa", null], [7, "followup", 2], [13, "followup", 2]]);
  });
});

describe("entity indentation", () => {
  it("a raw no-break space left by a paste before \"Q2.\" makes no follow-up of it", () => {
    const cards = cardsOf(["# 스프링 면접 질문", "", "Q1. IoC 컨테이너란 무엇인가요?", "", "객체의 생성과 관계를 컨테이너가 맡는 것입니다.", "", "\u00a0Q2. 빈의 기본 스코프는 무엇인가요?", "", "싱글톤입니다.", ""]);
    expect(cards.map((c) => [c[0], c[1]])).toEqual([[3, "qa"], [7, "qa"]]);
  });

  it("a line of \"&nbsp;\" alone over the next question is a spacer: the questions stay side by side", () => {
    const cards = cardsOf(["# 자바스크립트 면접 질문", "", "Q1. 클로저란 무엇인가요?", "", "함수가 만들어질 때의 환경을 기억하는 것입니다.", "", "&nbsp;", "Q2. 이벤트 루프는 어떻게 동작하나요?", "", "콜 스택이 비면 태스크 큐의 콜백을 꺼내 실행합니다.", ""]);
    expect(cards.map((c) => c[1])).toEqual(["qa", "qa"]);
  });

  it("three depths of indentation: each question follows the nearest shallower one", () => {
    const cards = cardsOf(["\\- Redis를 캐시로 쓰는 이유는 무엇인가요?", "", "> 메모리에서 읽어 빠릅니다.", "", "&nbsp;   - Redis가 죽으면 데이터는 어떻게 되나요?", "", "&nbsp;   > 스냅샷이나 로그가 없으면 사라집니다.", "", "&nbsp;&nbsp;&nbsp;&nbsp;   - AOF를 쓰면 성능 손해는 없나요?", "", "&nbsp;&nbsp;&nbsp;&nbsp;   > 매초 동기화하면 손해가 작습니다.", "", "\\- 캐시 적중률은 어떻게 높이나요?", "", "> 자주 읽는 키를 오래 둡니다.", ""]);
    expect(cards.map((c) => [c[0], c[1], c[4]])).toEqual([[1, "qa", null], [5, "followup", 1], [9, "followup", 5], [13, "qa", null]]);
  });
});

describe("a statement shown with the question under an ask label", () => {
  const asked = (first: string, second: string) => cardsOf(["## 질문 1", "", first, second, "", "### 모범 답안", "", "- 답변입니다.", ""])[0]!;

  it("is never half a question wrapped onto the next line, nor a topic named over a request", () => {
    expect(asked("트랜잭션 격리 수준 중 REPEATABLE READ에서도", "팬텀 리드가 생길 수 있는 이유를 설명해 주세요.").slice(2, 4)).toEqual(["트랜잭션 격리 수준 중 REPEATABLE READ에서도 팬텀 리드가 생길 수 있는 이유를 설명해 주세요.", null]);
    expect(asked("HashMap과 Hashtable의 차이점", "그리고 ConcurrentHashMap은 이 둘과 어떻게 다른가요?")[3]).toBeNull();
    expect(asked("캐시 무효화 전략", "각 전략의 장단점을 설명해 주세요.")[3]).toBeNull();
  });

  it("keeps the statement's Markdown as written", () => {
    expect(asked("`__init__` 메서드는 엄밀히 말해 생성자가 아닙니다.", "그렇다면 객체를 만드는 메서드는 무엇인가요?").slice(2, 4)).toEqual(["그렇다면 객체를 만드는 메서드는 무엇인가요?", "`__init__` 메서드는 엄밀히 말해 생성자가 아닙니다."]);
  });
});
