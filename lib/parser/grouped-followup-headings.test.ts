/**
 * Follow-up question headings grouped under a heading that only names the group
 * ("## TCP", "## UDP"), all under the question they drill ("# …차이를 설명해 주세요.").
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const note = [
  "# 프로세스와 스레드의 차이를 설명해 주세요.",
  "",
  "프로세스는 자원을 따로 받는 실행 단위이고 스레드는 그 자원을 나눠 쓰는 실행 흐름입니다.",
  "",
  "## 프로세스",
  "",
  "### 프로세스끼리는 어떻게 통신하나요?",
  "",
  "파이프, 소켓, 공유 메모리 같은 IPC를 씁니다.",
  "",
  "## 스레드",
  "",
  "### 스레드가 공유하지 않는 것은 무엇인가요?",
  "",
  "스택과 레지스터입니다.",
  "",
].join("\n");

describe("follow-up headings under a group's name", () => {
  it("follow up the question the group sits under", () => {
    const deck = parseDeck(note, { path: "p.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? deck.cards.find((p) => p.id === c.parentId)!.lineStart : null])).toEqual([
      [1, "qa", "프로세스와 스레드의 차이를 설명해 주세요.", null],
      [7, "followup", "프로세스끼리는 어떻게 통신하나요?", 1],
      [13, "followup", "스레드가 공유하지 않는 것은 무엇인가요?", 1],
    ]);
  });

  it("leave the group's names out of the question's answer: each only grouped a follow-up", () => {
    const deck = parseDeck(note, { path: "p.md" });
    expect(deck.cards[0]!.answer).toBe("프로세스는 자원을 따로 받는 실행 단위이고 스레드는 그 자원을 나눠 쓰는 실행 흐름입니다.");
  });

  it("keep a group heading in the answer when it has words of its own", () => {
    const withWords = note.replace("## 스레드\n", "## 스레드\n\n스레드는 프로세스 안에서 도는 흐름이다.\n");
    const deck = parseDeck(withWords, { path: "p.md" });
    expect(deck.cards[0]!.answer).toBe("프로세스는 자원을 따로 받는 실행 단위이고 스레드는 그 자원을 나눠 쓰는 실행 흐름입니다.\n\n## 스레드\n\n스레드는 프로세스 안에서 도는 흐름이다.");
  });
});

describe("question headings under a group the question above does not name", () => {
  it("stay questions of their own ('## Spring' under '# 1분 자기소개를 해 주세요.')", () => {
    const note = "# 1분 자기소개를 해 주세요.\n\n3년 차 백엔드 개발자로 주문 시스템을 만들어 왔습니다.\n\n## Spring\n\n### JPA의 N+1 문제란 무엇인가요?\n\n연관 엔티티를 조회할 때 쿼리가 엔티티마다 더 나가는 문제입니다.\n";
    const deck = parseDeck(note, { path: "intro.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [1, "qa", "1분 자기소개를 해 주세요."],
      [7, "qa", "JPA의 N+1 문제란 무엇인가요?"],
    ]);
  });
});

describe("a question title over groups of questions, with no words of its own", () => {
  it("is no card: its answer would only be the groups' names", () => {
    const note = "# 신입 면접에서 무엇을 물어볼까?\n\n## 운영체제\n\n### 교착 상태는 언제 생기나요?\n\n네 조건이 모두 성립할 때 생깁니다.\n\n## 네트워크\n\n### DNS는 무엇을 하나요?\n\n도메인 이름을 IP 주소로 바꿔 줍니다.\n";
    const deck = parseDeck(note, { path: "sheet.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([
      [5, "qa", "교착 상태는 언제 생기나요?"],
      [11, "qa", "DNS는 무엇을 하나요?"],
    ]);
    expect(deck.cards.some((c) => c.answer.includes("## 운영체제"))).toBe(false);
  });
});

describe("an answer written as an outline of headings", () => {
  it("keeps its group headings: they say which items fall under which", () => {
    const note = "## 멱등한 메서드와 아닌 메서드를 나눠 보세요.\n\n### 멱등한 메서드\n\n#### GET\n\n#### PUT\n\n### 멱등하지 않은 메서드\n\n#### POST\n";
    const deck = parseDeck(note, { path: "http.md" });
    expect(deck.cards.map((c) => c.answer)).toEqual(["### 멱등한 메서드\n\n#### GET\n\n#### PUT\n\n### 멱등하지 않은 메서드\n\n#### POST"]);
  });
});
