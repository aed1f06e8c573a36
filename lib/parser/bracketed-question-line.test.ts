/**
 * A bold line framed in square brackets inside a topic's notes (our own words):
 * "**[연결 과정]**" captions a part of the answer, "**[Q. 왜 …일까?]**" asks the
 * next question and the paragraph under it answers: a follow-up of the topic.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "@/test/helpers/parse-fixture";

describe("a bracketed bold question line", () => {
  it("follows the topic up, while bracketed captions stay in its answer", () => {
    const deck = parseNote([
      "## 3 way handshake",
      "",
      "TCP 연결을 맺는 과정이다.",
      "",
      "**[연결 과정]**",
      "",
      "1) 클라이언트가 SYN을 보낸다.",
      "2) 서버가 SYN과 ACK를 보낸다.",
      "",
      "**[Q. 왜 2 way로는 부족할까?]**",
      "",
      "서버도 자기가 보낼 수 있다는 것을 클라이언트에게 확인받아야 하기 때문이다.",
      "",
      "**[참고]**",
      "",
      "첫 시퀀스 번호는 난수로 정한다.",
    ]);
    const byId = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? byId.get(c.parentId) : null])).toEqual([
      [1, "qa", "3 way handshake에 대해 설명해 주세요.", null],
      [10, "followup", "왜 2 way로는 부족할까?", 1],
    ]);
    expect(deck.cards[0]!.answer).toContain("**[연결 과정]**");
    expect(deck.cards[0]!.answer).toContain("첫 시퀀스 번호는 난수로 정한다.");
    expect(deck.cards[1]!.answer).toBe("서버도 자기가 보낼 수 있다는 것을 클라이언트에게 확인받아야 하기 때문이다.");
  });
});
