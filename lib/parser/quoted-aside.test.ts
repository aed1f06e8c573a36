/**
 * A question asked and answered in a quote at the head of a topic ("> **멱등성이란?**"
 * over its definition), followed by the topic's own explanation (a table, or 200+
 * characters): a glossary aside. The explanation is the topic's card and the quoted
 * question its follow-up. A quote alone under a topic is still that topic's card.
 * Fixture: lib/parser/fixtures/quoted-aside-topic.md.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a quoted question opening a topic's explanation", () => {
  const { deck, cards } = parseFixture("quoted-aside-topic.md");

  it("keeps the topic's card with its table and makes the quoted question its follow-up", () => {
    expect(cards).toEqual([
      [3, "qa", "PUT vs PATCH에 대해 설명해 주세요.", null],
      [4, "followup", "멱등성이란?", 3],
      [13, "qa", "TTL이란?", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("| PATCH | 자원의 일부만 바꾼다 | X |");
    expect(deck.cards[1]!.answer).toBe("같은 요청을 여러 번 보내도 서버의 상태가 한 번 보낸 것과 같은 성질.");
    expect(deck.warnings.map((w) => w.line)).not.toContain(7);
  });
});

describe("a question set apart in a quote in the middle of a section", () => {
  const { deck, cards } = parseFixture("quoted-question-asides.md");

  it("follows up the section it sits in, whether the quote asks in a heading or after a 'Q.' mark", () => {
    expect(cards).toEqual([
      [3, "qa", "멀티프로세싱이란", null],
      [8, "followup", "Context Switching이란?", 3],
      [12, "qa", "멀티 스레딩이란", null],
      [16, "followup", "스레드끼리 공유하는 영역은?", 12],
      [20, "steps", "모드의 변화 과정을 단계별로 설명해 주세요.", null],
      [25, "followup", "인터럽트 서비스 루틴(ISR) 이란 ?", 20],
    ]);
  });

  it("answers it from the rest of the quote and leaves it out of the section's answer", () => {
    expect(deck.cards[1]!.answer).toBe("실행 중인 프로세스의 상태를 저장하고 다음 프로세스의 상태를 복구하는 작업이다.");
    expect(deck.cards[5]!.answer).toBe("인터럽트에 대응해 특정 기능을 처리하는 코드 루틴.");
    expect(deck.cards[4]!.answer).toBe("1. 부팅 - 커널 모드\n2. 앱 실행 - 유저 모드");
  });
});

describe("a quoted question whose 'Q.' mark alone is bold", () => {
  it("asks the words after the mark", () => {
    const note = "## 가상 메모리\n\n실제 메모리보다 큰 주소 공간이 있는 것처럼 보이게 하는 기법이다.\n\n> **Q.** TLB란?\n>\n> 최근에 쓴 페이지 테이블 항목을 담아 두는 캐시다.\n";
    const deck = parseDeck(note, { path: "vm.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "가상 메모리에 대해 설명해 주세요.", "실제 메모리보다 큰 주소 공간이 있는 것처럼 보이게 하는 기법이다."],
      ["followup", "TLB란?", "최근에 쓴 페이지 테이블 항목을 담아 두는 캐시다."],
    ]);
  });
});

describe("a quoted facet heading ('> #### 📖 정의')", () => {
  const note = [
    "## 교착 상태",
    "",
    "두 작업이 서로가 쥔 자원을 기다리며 멈춘 상태다.",
    "",
    "> #### 📖 정의",
    ">",
    "> 자원을 점유한 채 다른 자원을 기다리는 작업들이 순환을 이루는 상태.",
    "",
    "> Q. 기아 상태와 같은가?",
    ">",
    "> 아니다. 기아는 언젠가 실행될 수 있다.",
    "",
    "네 가지 조건이 모두 성립할 때 생긴다.",
    "",
    "## 세마포어",
    "",
    "> #### 정의",
    ">",
    "> 공유 자원에 들어갈 수 있는 작업 수를 세는 정수 변수다.",
    "",
  ].join("\n");
  const deck = parseDeck(note, { path: "os.md" });

  it("in the middle of a section is a part of its answer, and the quoted question after it follows up the section", () => {
    expect(deck.cards.slice(0, 2).map((c) => [c.lineStart, c.kind, c.parentId ? deck.cards.find((p) => p.id === c.parentId)!.lineStart : null])).toEqual([
      [1, "qa", null],
      [9, "followup", 1],
    ]);
    expect(deck.cards[0]!.answer).toContain("> #### 📖 정의\n>\n> 자원을 점유한 채 다른 자원을 기다리는 작업들이 순환을 이루는 상태.");
    expect(deck.cards[0]!.answer).toMatch(/네 가지 조건이 모두 성립할 때 생긴다\.$/);
  });

  it("right under its heading too it is a part of the section, dressed in bold or an emoji code or not", () => {
    expect(deck.cards.slice(2).map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([[15, "세마포어에 대해 설명해 주세요.", "> #### 정의\n>\n> 공유 자원에 들어갈 수 있는 작업 수를 세는 정수 변수다."]]);
    for (const dress of ["**정의**", ":book: 정의"]) {
      const dressed = parseDeck(`## 스와핑\n\n> #### ${dress}\n>\n> 프로세스 전체를 디스크로 내보냈다가 다시 들여오는 것.\n\n메모리가 모자랄 때 일어난다.\n`, { path: "s.md" });
      expect(dressed.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[1, "스와핑에 대해 설명해 주세요."]]);
    }
  });
});
