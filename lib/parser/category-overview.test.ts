/**
 * A heading that names a category and writes nothing of its own over its members
 * (fixtures/category-overview.md) is asked as a question of its own, answered by its
 * members together, each member keeping its card; so is a comparison whose two members are
 * its two sides ("MMU와 TLB" over "MMU", "TLB"). A category that explains itself, a member that
 * asks, a category of one and two topics that are no sides of its members make no overview
 * (fixtures/category-overview-guards.md).
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { namesCategory } from "./category-overview";
import { parseDeck } from "./index";

const prompts = (md: string) => parseDeck(md, { path: "note.md" }).cards.map((c) => c.prompt);

describe("category overviews", () => {
  it("a category heading over its carded members is one more card, answered by the members in order", () => {
    const { deck, cards } = parseFixture("category-overview.md");
    expect(cards).toEqual([
      [3, "qa", "격리 수준 종류에 대해 설명해 주세요.", null],
      [5, "qa", "Read Uncommitted에 대해 설명해 주세요.", null],
      [9, "qa", "Read Committed에 대해 설명해 주세요.", null],
      [13, "qa", "Serializable에 대해 설명해 주세요.", null],
      [17, "qa", "로드밸런싱에 대해 설명해 주세요.", null],
      [21, "qa", "로드밸런싱 알고리즘에 대해 설명해 주세요.", null],
      [23, "qa", "라운드 로빈에 대해 설명해 주세요.", null],
      [27, "qa", "최소 연결에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[0]!.answer).toBe(
      "**Read Uncommitted**\n\n커밋되지 않은 변경도 다른 트랜잭션이 읽을 수 있다. 가장 빠르지만 더티 리드가 생긴다.\n\n" +
        "**Read Committed**\n\n커밋된 데이터만 읽는다. 같은 행을 두 번 읽으면 값이 달라질 수 있다.\n\n" +
        "**Serializable**\n\n트랜잭션을 차례대로 실행한 것과 같은 결과를 보장한다. 동시성이 가장 낮다.",
    );
    expect([deck.cards[0]!.lineEnd, deck.cards[5]!.lineEnd]).toEqual([15, 29]);
    expect(new Set(deck.cards.map((c) => c.id)).size).toBe(8);
    expect(deck.warnings).toEqual([]);
  });

  it("no overview for a category that explains itself, a member that asks, one member, or two topics that are no sides of its members; two sides named by their two members are compared", () => {
    expect(parseFixture("category-overview-guards.md").cards).toEqual([
      [3, "qa", "페이지 교체 알고리즘에 대해 설명해 주세요.", null],
      [7, "qa", "FIFO에 대해 설명해 주세요.", null],
      [11, "qa", "LRU에 대해 설명해 주세요.", null],
      [15, "qa", "HTTP와 HTTPS에 대해 설명해 주세요.", null],
      [17, "qa", "HTTP에 대해 설명해 주세요.", null],
      [21, "qa", "HTTPS에 대해 설명해 주세요.", null],
      [27, "qa", "선점형이란?", null],
      [31, "qa", "비선점형에 대해 설명해 주세요.", null],
      [37, "qa", "뮤텍스에 대해 설명해 주세요.", null],
      [43, "qa", "ACID에 대해 설명해 주세요.", null],
      [47, "qa", "회복 기법에 대해 설명해 주세요.", null],
    ]);
  });

  it("names a category by the word it ends in, brackets and numbering aside", () => {
    expect(["Isolation level 종류 (4가지)", "2. HTTP Status Code", "HTTP 상태 코드", "페이지 교체 알고리즘", "프로세스 상태:", "Techniques"].map(namesCategory)).toEqual([true, true, true, true, true, true]);
    expect(["HTTP의 특징", "HTTP와 HTTPS", "주소 변환 과정", "Database", "Example Code", "High Level", "현재 상태", "트랜잭션과 교착상태"].map(namesCategory)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it("no overview over a diary's entries, nor for a bare category word under a long title", () => {
    const diary = "# 스터디\n\n## 읽은 알고리즘\n\n### 1주차\n\n프로세스는 실행 중인 프로그램이고 스레드는 그 안에서 도는 실행 흐름이라는 것까지 읽었다.\n\n### 2주차\n\n뮤텍스는 하나만, 세마포어는 정해진 수만큼 임계 구역에 들여보낸다는 것을 읽었다.\n";
    expect(prompts(diary)).toEqual(["1주차에 대해 설명해 주세요.", "2주차에 대해 설명해 주세요."]);
    const bare = "# Tree cheatsheet for coding interviews\n\nIntro to trees and how they are asked about.\n\n## Types\n\n### Binary tree\n\nEach node has at most two children.\n\n### Trie\n\nA tree of prefixes, one character per edge.\n";
    expect(prompts(bare)).toEqual(["Tree cheatsheet for coding interviews에 대해 설명해 주세요.", "Binary tree에 대해 설명해 주세요.", "Trie에 대해 설명해 주세요."]);
  });
});
