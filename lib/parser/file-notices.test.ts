/**
 * A paragraph about the file itself ("이 파일에는 …", "이 문서는 …", "이 페이지에서는 …") under a
 * question bank's title says what the note collects: no card, while the questions stay.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

describe("a paragraph about the file itself", () => {
  it.each(["이 파일에는", "이 문서는", "이 페이지에서는"])("makes no card when it opens with '%s'", (opening) => {
    const deck = parseNote([
      "# 백엔드 면접 문제 모음", // 1
      "",
      `${opening} 신입 백엔드 개발자 면접에서 자주 나오는 질문을 분야별로 모아 두었습니다. 답은 각자 적어 보세요.`,
      "",
      "## 네트워크", // 5
      "",
      "* TCP와 UDP의 차이를 설명해 주세요.", // 7
      "* HTTP 메서드 중 멱등한 것은 무엇인가요?", // 8
    ]);
    expect(deck.cards).toEqual([]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [7, "TCP와 UDP의 차이를 설명해 주세요."],
      [8, "HTTP 메서드 중 멱등한 것은 무엇인가요?"],
    ]);
  });
});
