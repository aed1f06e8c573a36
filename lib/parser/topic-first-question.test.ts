/**
 * A topic explained, then its own question and more questions at the same
 * level: the first asks the topic, the others follow it up. A heading that
 * only groups questions, or a first question that asks one facet, keeps every
 * question a main question. Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

function shape(note: string): [number, string, number | null][] {
  const { cards } = parseDeck(note, { path: "note.md" });
  return cards.map((c) => [c.lineStart, c.kind, c.parentId ? cards.find((p) => p.id === c.parentId)!.lineStart : null]);
}

const explained = [
  "### 캐시 교체 정책의 종류", // 1
  "",
  "#### 💬 LRU와 LFU",
  "",
  "캐시가 가득 찼을 때 무엇을 내보낼지 정하는 규칙으로 LRU, LFU, FIFO가 있다.",
  "",
  "#### Q. 캐시 교체 정책의 종류에 대해 설명해주세요.", // 7
  "",
  "#### A: LRU는 가장 오래 쓰이지 않은 항목을, LFU는 가장 적게 쓰인 항목을 내보냅니다.",
  "",
  "#### Q. LRU를 구현하려면 어떤 자료구조가 필요한가요?", // 11
  "",
  "#### A: 해시 맵과 이중 연결 리스트를 함께 씁니다.",
  "",
  "#### Q. 스캔이 많은 작업에서 LRU가 약한 이유는?", // 15
  "",
  "#### A: 한 번만 읽히는 항목이 자주 쓰이는 항목을 밀어내기 때문입니다.",
  "",
].join("\n");

describe("questions after a topic is explained", () => {
  it("the first asks the topic itself; the ones after it follow it up", () => {
    expect(shape(explained)).toEqual([
      [3, "qa", null],
      [7, "qa", null],
      [11, "followup", 7],
      [15, "followup", 7],
    ]);
  });

  it("keeps the ids the questions had as main questions", () => {
    const before = parseDeck(explained.replace("캐시 교체 정책의 종류에 대해", "교체 규칙에 대해"), { path: "note.md" }).cards;
    const after = parseDeck(explained, { path: "note.md" }).cards;
    expect(before.find((c) => c.lineStart === 11)!.kind).toBe("qa");
    expect(after.find((c) => c.lineStart === 11)!.id).toBe(before.find((c) => c.lineStart === 11)!.id);
  });

  it("a heading that groups questions and explains nothing before them keeps them main questions", () => {
    const grouped = ["## 캐시 교체 정책", "", "### 캐시 교체 정책에 대해 설명해주세요", "", "가득 찼을 때 내보낼 항목을 고르는 규칙입니다.", "", "### LRU는 어떻게 구현하나요?", "", "해시 맵과 이중 연결 리스트로 구현합니다.", ""].join("\n");
    expect(shape(grouped)).toEqual([
      [3, "qa", null],
      [7, "qa", null],
    ]);
  });

  it("a topic explained only by a line of its own over a run of questions keeps them main questions", () => {
    const run = ["# 자료구조 정리", "", "## 해시 테이블", "", "키를 해시 함수에 넣어 얻은 자리에 값을 두는 자료구조이다.", "", "### 해시 테이블이란 무엇인가요?", "", "키를 해시해 값을 둘 자리를 정하는 구조입니다.", "", "### 트리와 그래프의 차이는 무엇인가요?", "", "트리는 사이클이 없는 연결 그래프입니다.", "", "### 힙이란 무엇인가요?", "", "부모가 자식보다 항상 큰 완전 이진 트리입니다.", ""].join("\n");
    expect(shape(run).filter(([, kind]) => kind === "followup")).toEqual([]);
  });

  it("a first question that asks one facet of the topic keeps the next ones main questions", () => {
    const facet = explained.replace("캐시 교체 정책의 종류에 대해 설명해주세요.", "캐시 교체 정책의 종류를 고를 때 가장 먼저 따지는 기준은?");
    expect(shape(facet).filter(([, kind]) => kind === "followup")).toEqual([]);
    const why = explained.replace("캐시 교체 정책의 종류에 대해 설명해주세요.", "캐시 교체 정책의 종류가 필요한 이유는?");
    expect(shape(why).filter(([, kind]) => kind === "followup")).toEqual([]);
  });
});
