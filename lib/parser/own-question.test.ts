/**
 * A question written inside an answer asks something of its own only when it names
 * something its parent question does not; pointing, asking and grammar words name nothing.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { asksOfItsOwn, leansOnQuestionBefore } from "./own-question";

describe("asksOfItsOwn", () => {
  const parent = "교착 상태는 어떻게 해결하나요?";

  it("is false for a question that restates its parent or names nothing", () => {
    expect(asksOfItsOwn("그렇다면 어떻게 해결할까?", parent)).toBe(false);
    expect(asksOfItsOwn("그렇다면 어떻게 해야 할까?", parent)).toBe(false);
    expect(asksOfItsOwn("그럼 어떻게 되는 걸까요?", "스와핑이란?")).toBe(false);
    expect(asksOfItsOwn("그렇다면 그 이유는 무엇일까?", parent)).toBe(false);
    expect(asksOfItsOwn("그럼 정말 그럴까?", parent)).toBe(false);
    expect(asksOfItsOwn("왜 그럴까?", parent)).toBe(false);
  });

  it("is true for a question that names something new, in Korean or English, links read as their text", () => {
    expect(asksOfItsOwn("그렇다면 안전하지 않은 상태는 곧 교착 상태인가?", parent)).toBe(true);
    expect(asksOfItsOwn("그럼 왜 2-way로는 안 될까?", "TCP는 왜 3-way handshake를 하나요?")).toBe(true);
    expect(asksOfItsOwn("So then, why does a Promise callback run before setTimeout?", "What is the event loop?")).toBe(true);
    expect(asksOfItsOwn("그렇다면 [CORS](https://example.com/cors)는 왜 필요할까?", "SOP란?")).toBe(true);
  });
});

describe("a question too bare to stand alone", () => {
  it("is a few words naming nothing: question words and facets before its predicate", () => {
    expect(["왜필요하죠?", "왜 필요한가요?", "장점은?", "단점은 뭐가 있을까?", "어떻게 동작하나요?"].map(leansOnQuestionBefore)).toEqual([true, true, true, true, true]);
  });

  it("names a subject, asks of the code shown, is a request or has no question mark otherwise", () => {
    expect(["쓰레드란?", "인터럽트?", "반정규화 과정에서 주의할 점은?", "무엇이 출력 될까요?", "기아 상태에 대해 설명해주세요", "TCP는 왜 느린가요?", "왜 필요하죠"].map(leansOnQuestionBefore)).toEqual([false, false, false, false, false, false, false]);
  });

  it("follows up the question heading just before it", () => {
    const note = "## 인터럽트\n\n### 인터럽트란\n\nCPU가 하던 일을 멈추고 급한 일을 먼저 처리하게 하는 신호입니다.\n\n### 왜필요하죠?\n\n입출력이 끝났는지 계속 확인하지 않아도 되기 때문입니다.\n";
    const deck = parseDeck(note, { path: "i.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? deck.cards.find((p) => p.id === c.parentId)!.lineStart : null])).toEqual([
      [3, "qa", "인터럽트란", null],
      [7, "followup", "왜필요하죠?", 3],
    ]);
  });

  it("leans past another bare question on what both ask about, a topic explained too", () => {
    const note = "## 컨테이너\n\n호스트 OS의 커널을 공유하며 격리된 프로세스로 실행하는 방식입니다.\n\n## 장점은?\n\n어디서든 같은 환경으로 몇 초 만에 뜹니다.\n\n## 단점은?\n\n커널을 공유해 격리 수준이 VM보다 약합니다.\n";
    const deck = parseDeck(note, { path: "docker.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? deck.cards.find((p) => p.id === c.parentId)!.lineStart : null])).toEqual([
      [1, "qa", null],
      [5, "followup", 1],
      [9, "followup", 1],
    ]);
  });
});

describe("a why heading right after a heading beside it", () => {
  it("asks why that one is needed, a definition's subject named", () => {
    const note = "## 자바스크립트 런타임\n\n### 클로저란?\n\n함수가 만들어질 때의 스코프를 기억하는 것이다.\n\n### 왜 필요한가요?\n\n상태를 숨기고 콜백에 값을 묶어 넘길 때 쓴다.\n";
    expect(parseDeck(note, { path: "js.md" }).cards.map((c) => c.prompt)).toEqual(["클로저란?", "클로저가 필요한 이유는?"]);
  });

  it("…and the subject of a question asked with its particle, \"…이 뭔가요?\", never the whole question", () => {
    const note = "## DI 기초\n\n### Dependency Injection이 뭔가요?\n\n객체가 쓸 의존성을 직접 만들지 않고 밖에서 받는 원칙입니다.\n\n### 왜 필요한가요?\n\n테스트할 때 가짜 객체를 넣어 바꿔 끼울 수 있습니다.\n";
    expect(parseDeck(note, { path: "di.md" }).cards.map((c) => c.prompt)).toEqual(["Dependency Injection이 뭔가요?", "Dependency Injection이 필요한 이유는?"]);
  });

  it("…keeping a word's own final 이 when no particle follows it ('API 게이트웨이 뭔가요?'), and a particle that fits ('스레드 풀이')", () => {
    const asked = (question: string) => parseDeck(`## 서버\n\n### ${question}\n\n요청을 한곳에서 받아 뒤의 서비스로 나눠 보내는 서버입니다.\n\n### 왜 필요한가요?\n\n인증과 로깅을 한곳에서 처리할 수 있습니다.\n`, { path: "gw.md" }).cards.map((c) => c.prompt)[1];
    expect(asked("API 게이트웨이 뭔가요?")).toBe("API 게이트웨이가 필요한 이유는?");
    expect(asked("스레드 풀이 뭔가요?")).toBe("스레드 풀이 필요한 이유는?");
    expect(asked("로드 밸런서는 뭐예요?")).toBe("로드 밸런서가 필요한 이유는?");
  });
});
