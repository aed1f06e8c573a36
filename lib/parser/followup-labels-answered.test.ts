/**
 * Follow-up labels written like asked labels — "꼬리 질문 1" or an unnumbered "꼬리 질문" over
 * the follow-up asked in a paragraph or a list, answered under an answer heading of its own
 * (nested, or beside it) — on a fixture note written for this test: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("answered follow-up labels", () => {
  const { deck, cards, unanswered } = parseFixture("followup-labels-answered.md");

  it("follows up the question each label sits under or after, nested, flat or under a topic", () => {
    expect(cards).toEqual([
      [5, "qa", "캐시를 쓰는 이유를 설명해 주세요.", null],
      [13, "followup", "캐시와 DB의 값이 달라지면 어떻게 맞추나요?", 5],
      [21, "qa", "커넥션 풀이 무엇인지 말해 주세요.", null],
      [29, "followup", "풀 크기를 너무 크게 잡으면 어떤 문제가 있나요?", 21],
      [36, "qa", "트랜잭션 격리 수준에 대해 설명해 주세요.", null],
      [42, "followup", "아래 쿼리 두 개가 동시에 실행되면 어떤 현상이 생기나요?", 36],
    ]);
  });

  it("answers each follow-up from its own answer heading, never the note's title", () => {
    expect(deck.cards[1]!.answer).toBe("쓰기 시점에 캐시를 지우거나 갱신하고, 만료 시간을 짧게 두어 오래된 값이 남는 시간을 줄입니다.");
    expect(deck.cards[2]!.answer).toBe("미리 만들어 둔 DB 연결을 재사용해 연결 비용을 아끼는 장치입니다.");
    expect(deck.cards.some((c) => c.prompt.includes("백엔드 면접 연습"))).toBe(false);
  });

  it("shows the code a follow-up points at before its answer", () => {
    expect(deck.cards[5]!.given).toBe("```sql\nUPDATE account SET balance = balance - 100 WHERE id = 1;\nUPDATE account SET balance = balance + 100 WHERE id = 1;\n```");
    expect(deck.cards[5]!.answer).toBe("격리 수준이 낮으면 한쪽의 변경이 덮어써지는 갱신 손실이 생길 수 있습니다.");
  });

  it("lists a second follow-up sharing one answer as unanswered, under the same question", () => {
    expect(unanswered).toEqual([[30, "풀이 고갈되면 요청은 어떻게 되나요?", 21]]);
  });

  it("follows up the question before it, past a topic section written between them (a retrospective)", () => {
    const note = "## 질문 1\n\nDNS가 무엇인지 설명해 주세요.\n\n## 답변\n\n도메인 이름을 IP 주소로 바꿔 주는 분산 시스템입니다.\n\n## 내가 헷갈린 부분\n\n재귀 질의와 반복 질의를 반대로 말했다.\n\n## 꼬리 질문\n\nDNS는 왜 주로 UDP를 쓰나요?\n\n## 답변\n\n질의와 응답이 작아 연결 없이 한 번에 주고받는 편이 빠르기 때문입니다.\n";
    const deck = parseDeck(note, { path: "dns.md" });
    const line = (id?: string) => deck.cards.find((c) => c.id === id)?.lineStart ?? null;
    expect(deck.cards.map((c) => [c.lineStart, c.kind, line(c.parentId)])).toEqual([
      [3, "qa", null],
      [9, "qa", null],
      [15, "followup", 3],
    ]);
  });
});
