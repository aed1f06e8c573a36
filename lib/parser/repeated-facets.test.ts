/**
 * Facets found by repetition (lib/parser/repeated-facets.ts) on a fixture
 * note written for this test: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("repeated facets", () => {
  it("sub-headings that recur under each item (동작, Weakness) are parts of that item's answer; a recurring heading that holds questions is not folded", () => {
    const { deck, cards } = parseFixture("repeated-facets.md");
    expect(cards).toEqual([
      [5, "script", "FIFO에 대해 설명해 주세요.", null],
      // "더 생각해 보기" recurs too, but it holds questions: they stay cards of their own
      [17, "qa", "FIFO가 단순한데도 쓰이는 이유는?", null],
      [23, "script", "LRU에 대해 설명해 주세요.", null],
      [35, "qa", "LRU를 하드웨어 없이 근사하는 방법은?", null],
    ]);
    const fifo = deck.cards.find((c) => c.lineStart === 5)!;
    expect(fifo.answer).toBe("가장 먼저 들어온 페이지를 내보냅니다.\n\n### 동작\n\n큐 하나로 들어온 순서를 기억합니다.\n\n### Weakness\n\n프레임을 늘려도 부재가 늘 수 있습니다(벨레이디의 역설).");
  });

  it("a heading that recurs under two topics (ACID's and CAP's 일관성) is a facet of each topic, never of the item written before it", () => {
    const { deck, cards } = parseFixture("repeated-listed-item.md");
    expect(cards).toEqual([
      [5, "script", "트랜잭션의 특성에 대해 설명해 주세요.", null],
      [7, "qa", "원자성(Atomicity)에 대해 설명해 주세요.", null],
      [15, "qa", "고립성(Isolation)에 대해 설명해 주세요.", null],
      [21, "script", "CAP 이론에 대해 설명해 주세요.", null],
      [27, "qa", "가용성(Availability)에 대해 설명해 주세요.", null],
    ]);
    const answerAt = (line: number) => deck.cards.find((c) => c.lineStart === line)!.answer;
    expect(answerAt(7)).toBe("트랜잭션의 연산은 모두 반영되거나 하나도 반영되지 않아야 합니다.");
    expect(answerAt(5)).toBe("트랜잭션이 지켜야 하는 네 가지 성질을 ACID라고 부릅니다.\n\n### 일관성(Consistency)\n\n트랜잭션이 끝나면 데이터베이스는 언제나 제약 조건을 만족하는 상태여야 합니다.");
    expect(answerAt(21)).toBe("분산 시스템은 세 가지 성질 가운데 두 가지만 동시에 보장할 수 있다는 이론입니다.\n\n### 일관성(Consistency)\n\n모든 노드가 같은 시점에 같은 데이터를 보여 주는 성질입니다.");
  });
});
