/**
 * The knowledge-card template: no title heading, the subject named by the front
 * matter, top-level facets of it ("# 한 줄 정의", "# 핵심 개념", "# 헷갈리는 점 /
 * 함정") beside its questions. The subject is one card; no facet asks for itself.
 * Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const NOTE = [
  "---", // 1
  "title: 가비지 컬렉션",
  "tags: [java, gc]",
  "---",
  "",
  "# 한 줄 정의", // 6
  "",
  "더 이상 참조되지 않는 객체의 메모리를 런타임이 스스로 회수하는 기능이다.",
  "",
  "# 핵심 개념", // 10
  "",
  "- 도달할 수 없는 객체가 회수 대상이다.",
  "- 회수하는 동안 애플리케이션 스레드가 멈출 수 있다(Stop-the-world).",
  "",
  "## 세대별 수집", // 15
  "",
  "대부분의 객체는 금방 쓸모없어진다는 가정으로 Young과 Old 영역을 나누어 따로 수집한다.",
  "",
  "# 면접 단골 질문", // 19
  "",
  "- GC가 일어나면 왜 애플리케이션이 멈추나요?", // 21
  "  - 객체 그래프가 바뀌지 않게 한 뒤 살아 있는 객체를 표시해야 하기 때문이다.",
  "",
  "# 헷갈리는 점 / 함정", // 24
  "",
  "- System.gc()를 불러도 수집이 바로 일어난다는 보장은 없다.",
].join("\n");

describe("a note of facets of one subject, titled by its front matter", () => {
  const deck = parseDeck(NOTE, { path: "gc.md" });

  it("takes the deck title from the front matter, not from the first facet", () => {
    expect(deck.deck.title).toBe("가비지 컬렉션");
  });

  it("makes the subject one card, the explaining facets its answer and the cautions its tips", () => {
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.headingPath])).toEqual([
      [6, "qa", "가비지 컬렉션에 대해 설명해 주세요.", ["가비지 컬렉션"]],
      [15, "qa", "세대별 수집에 대해 설명해 주세요.", ["핵심 개념", "세대별 수집"]],
      [21, "qa", "GC가 일어나면 왜 애플리케이션이 멈추나요?", ["면접 단골 질문"]],
    ]);
    expect(deck.cards[0]!.answer).toBe(
      "**한 줄 정의**\n\n더 이상 참조되지 않는 객체의 메모리를 런타임이 스스로 회수하는 기능이다.\n\n**핵심 개념**\n\n- 도달할 수 없는 객체가 회수 대상이다.\n- 회수하는 동안 애플리케이션 스레드가 멈출 수 있다(Stop-the-world).",
    );
    expect(deck.cards[0]!.tips).toEqual(["**헷갈리는 점 / 함정**\n\n- System.gc()를 불러도 수집이 바로 일어난다는 보장은 없다."]);
  });

  it("keeps the id the first facet's card had", () => {
    // (the same slug with no subject to name: README.md names none, so each facet is its own card)
    const plain = parseDeck(NOTE.replace("title: 가비지 컬렉션", "title: ''\nslug: gc"), { path: "README.md" });
    expect(plain.cards[0]!.prompt).toBe("한 줄 정의에 대해 설명해 주세요.");
    expect(deck.cards[0]!.id).toBe(plain.cards[0]!.id);
  });

  it("leaves a note with one facet, or a facet holding a question of its own, as it was", () => {
    const oneFacet = ["---", "title: 캐시", "---", "", "# 한 줄 정의", "", "자주 쓰는 데이터를 가까운 곳에 두어 빨리 읽게 하는 저장소이다.", "", "# 캐시 적중률", "", "요청 가운데 캐시에서 바로 답한 비율이다. 높을수록 원본 저장소를 덜 읽는다."].join("\n");
    expect(parseDeck(oneFacet, { path: "cache.md" }).cards.map((c) => c.prompt)).toEqual(["한 줄 정의에 대해 설명해 주세요.", "캐시 적중률에 대해 설명해 주세요."]);
    const asking = NOTE.replace("# 핵심 개념\n\n- 도달할", "# 핵심 개념\n\n- 루트란 무엇인가요?\n  - 스택의 지역 변수나 static 변수처럼 항상 살아 있는 참조이다.\n- 도달할");
    expect(parseDeck(asking, { path: "gc.md" }).cards.map((c) => c.prompt)).toContain("루트란 무엇인가요?");
  });

  it("needs the front matter to name the subject: a file's name may be a week's", () => {
    const untitled = NOTE.replace("title: 가비지 컬렉션\n", "");
    expect(parseDeck(untitled, { path: "3주차.md" }).cards[0]!.prompt).toBe("한 줄 정의에 대해 설명해 주세요.");
  });
});
