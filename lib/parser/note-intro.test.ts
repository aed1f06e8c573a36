/**
 * A note's introduction about itself (lib/parser/note-intro.ts) on a fixture
 * note written for this test, and the check on its own.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import { isAboutTheNote } from "./note-intro";

describe("a note introducing itself", () => {
  it("a byline, what the material is made from and the reader's goals under the title make no card; the topics do", () => {
    const deck = parseDeck(readFileSync(path.join(__dirname, "fixtures", "note-intro.md"), "utf8"), { path: "note-intro.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([
      [10, "벡터에 대해 설명해 주세요."],
      [14, "리스트에 대해 설명해 주세요."],
    ]);
  });

  it("tells such text from an answer", () => {
    expect(isAboutTheNote("본 자료는 책을 바탕으로 작성되었습니다.\n\n- 스레드가 무엇인지 이해하기\n- 직접 만들어 보기")).toBe(true);
    expect(isAboutTheNote("먼저 스레드에 대해 알아보자")).toBe(true);
    expect(isAboutTheNote("스레드는 프로세스 안의 실행 흐름입니다.\n\n- 스택을 따로 가집니다")).toBe(false);
    // a procedure's steps end like goals only when they are about studying
    expect(isAboutTheNote("1. 요청을 받기\n2. 응답을 보내기")).toBe(false);
  });

  it("tells how to use a question sheet (answer it yourself, the answers are elsewhere) from an answer", () => {
    expect(isAboutTheNote("> 질문을 읽고 먼저 직접 답해 보세요. 모범 답안은 answers.md에서 확인할 수 있습니다.")).toBe(true);
    expect(isAboutTheNote("정답은 아래 접힌 부분에서 확인하세요.")).toBe(true);
    // (an answer that tells the interviewer to check something is still an answer)
    expect(isAboutTheNote("응답 코드를 보고 캐시 적중 여부를 확인할 수 있습니다.")).toBe(false);
  });
});
