/**
 * A quiz written as a numbered list, each item a stem over numbered choices
 * with the right one in bold (marked-choices.ts): the stem is the prompt as
 * written (a blank "____", an English stem ending ":", a question with its
 * proviso "단, …"), the choices and any table the stem asks about are what
 * the card shows, the bold choices its answer. A question whose numbered
 * answer stresses one point in bold keeps that answer. Fixture note written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a quiz with the right choice in bold", () => {
  const { deck, cards } = parseFixture("marked-choice-quiz.md");
  const at = (line: number) => deck.cards.find((c) => c.lineStart === line)!;

  it("makes one card per stem, asked as written, and no card of the quiz's heading", () => {
    expect(cards).toEqual([
      [5, "qa", "페이지 교체 알고리즘에 대한 설명으로 가장 틀린 것은?", null],
      [10, "qa", "The ________ holds the address of the next instruction to execute.", null],
      [14, "qa", "Three conditions a critical-section solution must satisfy are:", null],
      [17, "qa", "위 두 프로세스를 SJF로 실행하면 평균 대기 시간은 얼마인가? 단, 문맥 교환 시간은 없다고 가정한다.", null],
      [28, "qa", "Which of the following does each thread keep to itself? 모두 고르시오.", null],
      [37, "qa", "스레드를 쓰는 이유는?", null],
    ]);
  });

  it("shows the choices with the question and answers with the bold ones", () => {
    expect(at(5).given).toBe(
      "1. FIFO는 가장 먼저 들어온 페이지를 내보낸다.\n2. LRU는 앞으로 가장 오래 쓰이지 않을 페이지를 내보낸다.\n3. OPT는 구현할 수 없는 이론상의 기준이다.\n4. LFU는 참조 횟수가 가장 적은 페이지를 내보낸다.",
    );
    expect(at(5).answer).toBe("**정답**: 2. LRU는 앞으로 가장 오래 쓰이지 않을 페이지를 내보낸다.");
    expect(at(10).answer).toBe("**정답**: 1. program counter");
    // (short terms under "Which of the following …" with some in bold are choices answered, not material only)
    expect(at(28).given).toBe("1. stack\n2. heap\n3. registers\n4. code");
    expect(at(28).answer).toBe("**정답**: 1. stack / 3. registers");
  });

  it("shows the table a stem asks about before its choices", () => {
    expect(at(17).given).toContain("| P1      | 0        | 6        |");
    expect(at(17).given).toMatch(/\n1\. 2\n2\. 3\n3\. 4$/);
    expect(at(17).answer).toBe("**정답**: 1. 2");
  });

  it("keeps a numbered answer that stresses one point in bold as the answer", () => {
    expect(at(37).given).toBeUndefined();
    expect(at(37).answer).toContain("**같은 프로세스의 자원을 공유한다**");
  });

  it("reads two questions under the note's title as a quiz of its own, with no card of the title", () => {
    const note = ["# 네트워크 퀴즈", "", "1.  TCP에 대한 설명으로 옳은 것은?", "    1.  비연결형이다", "    2.  **순서를 보장한다**", "2.  The ____ layer routes packets between networks.", "    1.  **network**", "    2.  transport", ""];
    const deck = parseDeck(note.join("\n"), { path: "net-quiz.md" });
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ["TCP에 대한 설명으로 옳은 것은?", "**정답**: 2. 순서를 보장한다"],
      ["The ____ layer routes packets between networks.", "**정답**: 1. network"],
    ]);
  });

  it("numbers bulleted choices and keeps an explanation under its label after the answer", () => {
    const note = ["# 퀴즈", "", "## 스케줄링", "", "1.  다음 중 비선점 스케줄링은?", "    - **FCFS**", "    - RR", "    - SRTF", "2.  다음 중 교착 상태의 조건이 아닌 것은?", "    1.  상호 배제", "    2.  **선점**", "    3.  순환 대기", "", "    해설: 교착 상태에는 비선점이 필요하다.", ""];
    const deck = parseDeck(note.join("\n"), { path: "quiz.md" });
    expect(deck.cards.map((c) => [c.given, c.answer])).toEqual([
      ["1. FCFS\n2. RR\n3. SRTF", "**정답**: 1. FCFS"],
      ["1. 상호 배제\n2. 선점\n3. 순환 대기", "**정답**: 2. 선점\n\n해설: 교착 상태에는 비선점이 필요하다."],
    ]);
  });

  it("keeps choices followed by anything but an explanation as the answer's points", () => {
    const note = ["# 퀴즈", "", "- 다음 중 옳은 설명은?", "    1.  **TCP는 연결형이다**", "    2.  UDP는 순서를 보장한다", "", "    둘 다 전송 계층 프로토콜이다.", ""];
    expect(parseDeck(note.join("\n"), { path: "quiz.md" }).cards[0]!.given).toBeUndefined();
  });
});
