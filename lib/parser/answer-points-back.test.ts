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

describe("what the pointing answer names", () => {
  const fold = (q: string, a: string) => `<details>\n<summary>${q}</summary>\n\n${a}\n\n</details>\n`;
  const shape = (note: string) => {
    const { cards } = parseDeck(note, { path: "os.md" });
    return cards.map((c) => [c.lineStart, c.kind, c.parentId ? cards.find((p) => p.id === c.parentId)!.lineStart : null]);
  };

  it("must be in the question before it or its answer: one that names an earlier question's subject stays a main question", () => {
    const note = ["# 운영체제", "", "## 동기화", "", fold("뮤텍스란 무엇인가요?", "한 번에 한 스레드만 들어가게 하는 잠금입니다."), fold("교착 상태는 왜 생기나요?", "서로의 자원을 기다리며 양보하지 않을 때 생깁니다."), fold("스핀락은 언제 쓰나요?", "앞에서 말한 뮤텍스와 달리 잠들지 않고 돌면서 기다립니다.")].join("\n");
    expect(shape(note).map(([, kind]) => kind)).toEqual(["qa", "qa", "qa"]);
  });

  it("may be set in bold or followed by a comma ('**위에서 말한** …', '앞서 말했듯이, …')", () => {
    const note = ["# 자바", "", "## 컬렉션", "", fold("ArrayList와 LinkedList의 차이는?", "ArrayList는 배열 기반이라 조회가 빠릅니다."), fold("HashMap은 어떻게 동작하나요?", "**위에서 말한** ArrayList처럼 배열을 쓰지만 해시값으로 칸을 정합니다."), fold("ArrayList에 중간 삽입이 잦으면 어떤가요?", "앞서 말했듯이, 배열 기반이라 뒤의 원소를 모두 옮겨야 해서 느립니다.")].join("\n");
    expect(shape(note)).toEqual([
      [5, "qa", null],
      [12, "followup", 5],
      [19, "followup", 5],
    ]);
  });
});
