/**
 * Questions a writer indented by four spaces under a heading, each with a page
 * they read after it and their answer below (a note of our own, written for
 * this test): Markdown reads the lines as code, the writer meant a list. The
 * questions are asked without their links, the answers keep the links, and
 * code indented the same way stays code.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 면접 준비", // 1
  "",
  "### 프론트엔드", // 3
  "    - 브라우저 렌더링 과정을 설명해주세요. https://example.com/rendering", // 4
  "        HTML을 파싱해 DOM을, CSS를 파싱해 CSSOM을 만들고 합쳐 렌더 트리를 그립니다.",
  "",
  "    - 쿠키와 세션의 차이는 무엇인가요?", // 7
  "        쿠키는 브라우저에, 세션은 서버에 상태를 저장합니다.",
  "",
  "### 코드", // 10
  "",
  "    const total = items.reduce((a, b) => a + b, 0);",
  "    // 합계는 왜 0부터 시작할까?",
];

describe("questions indented like code under a heading", () => {
  it("are read as the list they were written as", () => {
    expect(noteCards(NOTE).map(([line, kind, prompt]) => [line, kind, prompt])).toEqual([
      [4, "qa", "브라우저 렌더링 과정을 설명해주세요."],
      [7, "qa", "쿠키와 세션의 차이는 무엇인가요?"],
    ]);
  });

  it("keeps the link after the answer, and the code as code (named, as code alone always is)", () => {
    const deck = parseNote(NOTE);
    expect(deck.cards[0]!.answer).toBe("HTML을 파싱해 DOM을, CSS를 파싱해 CSSOM을 만들고 합쳐 렌더 트리를 그립니다.\n\nhttps://example.com/rendering");
    expect(deck.warnings.find((w) => w.line === 10)?.message).toContain("코드만 있는 부분");
  });

  it("a list whose every question is followed by its link is read too: a link's \"https://\" is no code comment", () => {
    const linked = ["### 프론트엔드", "    - 브라우저 렌더링 과정을 설명해주세요. https://example.com/rendering", "        HTML을 파싱해 DOM을 만들고 렌더 트리를 그립니다.", "", "    - 이벤트 루프를 설명해주세요. https://example.com/loop", "        콜 스택이 비면 태스크 큐의 콜백을 꺼내 실행합니다."];
    expect(noteCards(linked).map(([line, kind, prompt]) => [line, kind, prompt])).toEqual([
      [2, "qa", "브라우저 렌더링 과정을 설명해주세요."],
      [5, "qa", "이벤트 루프를 설명해주세요."],
    ]);
  });
});

