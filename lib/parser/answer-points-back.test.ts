/**
 * A question whose written answer opens by pointing at the answer before it
 * ("위에서 언급한 … 때문입니다") leans on that question: its follow-up. Notes
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

describe("an answer that opens by pointing at the answer before it", () => {
  it("makes its question a follow-up of that one ('위에서 언급한 … 때문입니다')", () => {
    const fold = (q: string, a: string) => `<details>\n<summary>${q}</summary>\n\n${a}\n\n</details>\n`;
    const note = ["# 스레드", "", "## 멀티 스레드", "", fold("멀티 스레드의 장점은 무엇인가요?", "응답성이 좋고 자원을 공유해 생성 비용이 적습니다."), fold("멀티 프로세스 대신 멀티 스레드를 쓰는 이유는 무엇인가요?", "위에서 언급한 장점 때문입니다."), fold("스레드의 단점은 무엇인가요?", "동기화를 고려해야 합니다.")].join("\n");
    const { cards } = parseDeck(note, { path: "thread.md" });
    expect(cards.map((c) => [c.lineStart, c.kind, c.parentId ? cards.find((p) => p.id === c.parentId)!.lineStart : null])).toEqual([
      [5, "qa", null],
      [12, "followup", 5],
      [19, "qa", null],
    ]);
  });
});
