/**
 * An ask label ("## 질문 4") over a paragraph that states something first and asks
 * on its last line, answered under "### 모범 답안": the last line is the question,
 * what it states first is shown with it (`given`). Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const note = [
  "## 질문 1 (데이터베이스)",
  "",
  "커버링 인덱스는 쿼리에 필요한 열을 모두 담은 인덱스입니다.",
  "커버링 인덱스가 조회 성능에 주는 영향을 설명해 주세요",
  "",
  "### 모범 답안",
  "",
  "- 테이블을 다시 읽지 않고 인덱스만으로 답할 수 있어 디스크 접근이 줄어듭니다.",
  "",
  "## 꼬리 질문 1",
  "",
  "그렇다면 인덱스에 열을 많이 넣을수록 좋은가요?",
  "",
  "### 모범 답안",
  "",
  "- 인덱스가 커지면 쓰기와 저장 비용이 늘어 오히려 손해일 수 있습니다.",
  "",
  "## 질문 2 (네트워크)",
  "",
  "TCP와 UDP의 차이를 설명해 주세요",
  "",
  "### 모범 답안",
  "",
  "- TCP는 연결을 맺고 순서와 도착을 보장하며, UDP는 보장 없이 빠르게 보냅니다.",
  "",
].join("\n");

describe("an ask label over a statement, then the question", () => {
  const deck = parseDeck(note, { path: "db.md" });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));

  it("asks the last line and shows the statement with it", () => {
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.given ?? null, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [4, "qa", "커버링 인덱스가 조회 성능에 주는 영향을 설명해 주세요", "커버링 인덱스는 쿼리에 필요한 열을 모두 담은 인덱스입니다.", null],
      [12, "followup", "그렇다면 인덱스에 열을 많이 넣을수록 좋은가요?", null, 4],
      [20, "qa", "TCP와 UDP의 차이를 설명해 주세요", null, null],
    ]);
  });

  it("keeps the answer under its label as the answer", () => {
    expect(deck.cards[0]!.answer).toBe("- 테이블을 다시 읽지 않고 인덱스만으로 답할 수 있어 디스크 접근이 줄어듭니다.");
  });
});
