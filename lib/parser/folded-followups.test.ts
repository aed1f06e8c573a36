/**
 * Follow-ups written inside an answer rather than beside it: a "그렇다면 …?" paragraph in a
 * folded `<details>` answer, and a `<details>` that asks, left inside a quoted answer. A
 * "그렇다면 …?" with nothing under it and a "코드 보기" fold stay part of the answer.
 * Fixture: lib/parser/fixtures/folded-followups.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("follow-ups folded into an answer", () => {
  const { deck, cards, unanswered } = parseFixture("folded-followups.md");

  it("types each as a follow-up of the question whose answer holds it", () => {
    expect(cards).toEqual([
      [3, "qa", "교착 상태 예방과 회피는 어떻게 다른가요?", null],
      [11, "followup", "그렇다면 안전하지 않은 상태는 곧 교착 상태인가?", 3],
      [17, "qa", "컨텍스트 스위칭 비용은 왜 생기나요?", null],
      [28, "qa", "전략 패턴은 왜 상속보다 나은가?", null],
      [31, "followup", "전략 패턴과 상태 패턴은 무엇이 다른가?", 28],
      [37, "qa", "싱글턴은 언제 쓰는가?", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("takes the follow-up's answer out of its parent's and keeps what answers nothing where it was", () => {
    const [deadlock, unsafe, context, strategy, state, singleton] = deck.cards;
    expect(deadlock!.answer).not.toContain("그렇다면");
    expect(unsafe!.answer).toBe("아니다. 교착 상태가 생길 수도 있는 상태일 뿐이다.");
    expect(context!.answer).toContain("그렇다면 스레드 전환은 무엇이 더 싼가?");
    expect(strategy!.answer).toBe("알고리즘을 객체로 분리해 실행 중에 바꿔 끼울 수 있고, 클래스 폭발을 막는다.");
    expect(state!.answer).toBe("전략은 호출자가 알고리즘을 고르고, 상태는 객체가 스스로 상태를 바꾼다.");
    expect(singleton!.answer).toContain("<summary>코드 보기</summary>");
  });
});

describe("a follow-up asked in the middle of a folded answer", () => {
  it("takes its own paragraph; the next paragraph about a part the answer named before it is the parent's again, unless it points back at what was just said ('이 과정')", () => {
    const note = [
      "<details>",
      "<summary>JVM 메모리 구조를 설명해 주세요</summary>",
      "",
      "크게 Heap, Stack, Method 영역으로 나뉩니다. Heap에는 객체가 저장됩니다.",
      "",
      "**Heap을 Young과 Old로 나누는 이유는?**",
      "대부분의 객체는 금방 쓰이지 않게 되므로 새 객체만 모아 자주 정리하면 GC 비용이 줄어듭니다.",
      "",
      "Heap은 새 객체를 먼저 Young 영역에 두므로 이 과정이 짧게 끝납니다.",
      "",
      "Stack 영역은 스레드마다 하나씩 생깁니다.",
      "",
      "Method 영역에는 클래스 정보가 저장됩니다.",
      "",
      "</details>",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "jvm.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "JVM 메모리 구조를 설명해 주세요", "크게 Heap, Stack, Method 영역으로 나뉩니다. Heap에는 객체가 저장됩니다.\n\nStack 영역은 스레드마다 하나씩 생깁니다.\n\nMethod 영역에는 클래스 정보가 저장됩니다."],
      ["followup", "Heap을 Young과 Old로 나누는 이유는?", "대부분의 객체는 금방 쓰이지 않게 되므로 새 객체만 모아 자주 정리하면 GC 비용이 줄어듭니다.\n\nHeap은 새 객체를 먼저 Young 영역에 두므로 이 과정이 짧게 끝납니다."],
    ]);
  });
});
