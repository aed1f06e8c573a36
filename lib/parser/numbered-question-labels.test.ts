/**
 * Question labels that only number the question ("## 질문 1 (운영체제)", "## 꼬리 질문 1",
 * "## 3번문제"), on a fixture note written for this test: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("numbered question labels", () => {
  it("asks the paragraph under '질문 N (…)', answers it from its '모범 답안', and follows it up with each '꼬리 질문 N' after it", () => {
    const { deck, cards } = parseFixture("numbered-question-labels.md");
    expect(cards).toEqual([
      [5, "qa", "교착 상태가 무엇이고 어떤 조건에서 생기는지 설명해 주세요.", null],
      [14, "followup", "네 조건 가운데 하나를 깨뜨려 예방하는 방법을 말해 주세요.", 5],
      [22, "followup", "예방과 회피는 무엇이 다른가요?", 5],
      [30, "qa", "TCP와 UDP의 차이를 설명해 주세요.", null],
      // a problem named only by its number is asked as written; its code and choices are what it shows
      [36, "qa", "3번문제", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("- 자원에 순서를 매겨 그 순서대로만 요청하게 하면 순환 대기가 깨집니다.");
    expect(deck.cards[4]!.given).toBe("```js\nconsole.log([1, 2, 3].at(-1));\n```\n\n- A: `1`\n- B: `3`");
    expect(deck.cards[4]!.answer).toBe("정답은 B. 음수 인덱스는 뒤에서부터 셉니다.");
  });
});

describe("a numbered question label with its subject after a dash", () => {
  it("asks the paragraph under '질문 1 — 주제', and its follow-ups follow it", () => {
    const note = "## 질문 1 — 프로세스와 스레드\n\n프로세스와 스레드의 차이를 설명해 주세요.\n\n### 모범 답안\n\n프로세스는 자원을 할당받는 단위이고 스레드는 그 안의 실행 흐름입니다.\n\n### 꼬리 질문 1\n\n공유 자원은 어떻게 보호하나요?\n\n#### 내 답변\n\n뮤텍스로 임계 구역을 막습니다.\n";
    const deck = parseDeck(note, { path: "os.md" });
    const line = (id?: string) => deck.cards.find((c) => c.id === id)?.lineStart ?? null;
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, line(c.parentId)])).toEqual([
      [3, "qa", "프로세스와 스레드의 차이를 설명해 주세요.", null],
      [11, "followup", "공유 자원은 어떻게 보호하나요?", 3],
    ]);
  });
});
