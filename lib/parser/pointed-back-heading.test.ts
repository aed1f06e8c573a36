/**
 * A follow-up heading that points back ("### 그럼 …?") follows up the question
 * heading just before it; the other follow-up headings stay under the topic.
 * Fixture: lib/parser/fixtures/pointed-back-heading.md (written for this test).
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { cardId } from "@/lib/parser/ids";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("a pointed-back follow-up heading", () => {
  const { cards } = parseFixture("pointed-back-heading.md");

  it("follows up the question heading before it", () => {
    expect(cards).toEqual([
      [1, "qa", "프로세스와 스레드의 차이를 설명해 주세요", null],
      [7, "followup", "JVM은 작업을 어떻게 동시에 처리하나요?", 1],
      [11, "followup", "그럼 가상 스레드는 단점만 있나요?", 7],
      [15, "followup", "스레드마다 스택을 따로 두는 이유는?", 1],
    ]);
  });
});

describe("a question heading pointing back to the explained note title", () => {
  const { deck, cards } = parseFixture("title-pointed-back.md");

  it("follows the title's topic up when no question comes before it, or when it names that topic ('이런 캐시 서버')", () => {
    expect(cards).toEqual([
      [1, "qa", "캐시 서버의 설계에 대해 설명해 주세요.", null],
      [6, "followup", "그럼 언제 쓰게 될까?", 1],
      [11, "followup", "이런 캐시 서버를 두면 어떤 위험이 있는가?", 1],
      [15, "followup", "그럼 만료 시간은 어떻게 정할까?", 11],
      [19, "qa", "캐시 교체 정책에 대해 설명해 주세요.", null],
      [23, "qa", "LRU에 대해 설명해 주세요.", null],
    ]);
  });

  it("a heading asking before '아래의 예시를 살펴보자' keeps the id it had when it was read as a topic", () => {
    expect(deck.cards[1]!.id).toBe(cardId("title-pointed-back", ["캐시 서버의 설계", "그럼 언제 쓰게 될까? 아래의 예시를 살펴보자"], "qa", "explain"));
  });

  it("under a title that explains nothing a pointing question stays the note's own", () => {
    const note = "# 캐시 서버\n\n### 그럼 언제 쓰게 될까?\n\n같은 페이지를 많은 사용자가 반복해서 볼 때 쓴다.\n\n## 교체 정책\n\n공간이 가득 차면 어떤 항목을 먼저 버릴지 정하는 규칙이다.\n";
    expect(parseDeck(note, { path: "cache.md" }).cards.map((c) => [c.lineStart, c.kind])).toEqual([[3, "qa"], [7, "qa"]]);
  });
});

describe("a question heading that asks for more of the answer before it", () => {
  // ("더 추가적인 …은 없나요?", "그 외에 …?", "또 다른 …?": the interviewer asks on from that answer)
  const note = [
    "# 큐 면접 질문",
    "",
    "## Q. 큐가 제공하는 기본 연산은 무엇인가요?",
    "",
    "enqueue와 dequeue가 있습니다.",
    "",
    "## Q. 더 추가적인 연산은 없나요?",
    "",
    "맨 앞 원소를 꺼내지 않고 보는 front가 있습니다.",
    "",
    "## Q. 그 외에 알아 두면 좋은 연산은요?",
    "",
    "비어 있는지 묻는 isEmpty가 있습니다.",
    "",
    "## Q. 덱은 큐와 무엇이 다른가요?",
    "",
    "양쪽 끝에서 넣고 뺄 수 있습니다.",
    "",
  ].join("\n");
  const { cards } = parseDeck(note, { path: "queue.md" });
  const at = (line: number) => cards.find((c) => c.lineStart === line)!;

  it("follows the question just before it up, as '그럼 …?' does; a question of its own stays a main question", () => {
    expect(cards.map((c) => [c.lineStart, c.kind, c.parentId ? cards.find((p) => p.id === c.parentId)!.lineStart : null])).toEqual([
      [3, "qa", null],
      [7, "followup", 3],
      [11, "followup", 7],
      [15, "qa", null],
    ]);
    expect(at(7).prompt).toBe("더 추가적인 연산은 없나요?");
  });

  it("'추가적인 …', '추가로 …' or '또 다른 …' opening a question of its own points back at nothing", () => {
    const own = note.replace("더 추가적인 연산은 없나요?", "추가적인 메모리 없이 큐를 뒤집으려면?").replace("그 외에 알아 두면 좋은 연산은요?", "또 다른 자료구조인 스택은 어떻게 동작하나요?");
    const parsed = parseDeck(own, { path: "queue.md" }).cards;
    expect(parsed.map((c) => c.kind)).toEqual(["qa", "qa", "qa", "qa"]);
  });
});

describe("a question heading naming the question before it ('앞 꼬리질문에 대해, 그렇다면 …?', '앞 질문에서 …?')", () => {
  const note = [
    "# 캐시란? 언제 쓰나요?",
    "",
    "자주 읽는 데이터를 가까운 곳에 두어 빠르게 읽는 저장소입니다.",
    "",
    "### 1) 쓰기가 잦은 데이터는 캐시하지 않기를 권합니다. 왜 그럴까요?",
    "",
    "쓸 때마다 캐시를 비우거나 고쳐야 해서 얻는 것보다 드는 비용이 큽니다.",
    "",
    "### 2) 앞 꼬리질문에 대해, 캐시하지 않기로 한 데이터는 어디서 읽나요?",
    "",
    "원본 저장소에서 바로 읽습니다.",
    "",
    "### 3) 캐시의 만료 시간은 어떻게 정하나요?",
    "",
    "데이터가 바뀌는 주기와 오래된 값을 견딜 수 있는 정도로 정합니다.",
    "",
    "### 4) 앞 질문에서 정한 시간보다 먼저 값이 바뀌면요?",
    "",
    "바뀌는 쪽에서 캐시를 지우도록 합니다.",
    "",
  ].join("\n");

  it("follows up that question, not the title's", () => {
    const deck = parseDeck(note, { path: "cache.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", null],
      [5, "followup", 1],
      [9, "followup", 5],
      [13, "followup", 1],
      [17, "followup", 13],
    ]);
  });
});

describe("a \"그렇다면 …?\" fold nested after another in a question's answer", () => {
  const note = [
    "## 트랜잭션",
    "<details>",
    "  <summary>@Transactional은 어떤 기능을 하나요?</summary>",
    "",
    "  메서드를 하나의 트랜잭션으로 묶어 실패하면 되돌립니다.",
    "",
    "  <details>",
    "    <summary>읽기 전용 옵션은 어떤 효과가 있나요?</summary>",
    "",
    "    변경 감지를 건너뛰어 조회가 가벼워집니다.",
    "",
    "  </details>",
    "  <details>",
    "    <summary>조회 메서드에는 어노테이션을 안 붙여도 되지 않을까요?</summary>",
    "",
    "    붙이지 않으면 조회마다 연결을 따로 잡아 일관된 읽기를 보장하지 못합니다.",
    "",
    "  </details>",
    "  <details>",
    "    <summary>그렇다면, 무조건 붙이는 것이 좋을까요?</summary>",
    "",
    "    쓰기가 없는 짧은 조회는 붙이지 않아도 됩니다. 연결을 오래 쥐는 비용이 있습니다.",
    "",
    "  </details>",
    "</details>",
    "",
  ].join("\n");

  it("drills the fold just before it; the others follow the question they sit in", () => {
    const deck = parseDeck(note, { path: "tx.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [2, "qa", null],
      [7, "followup", 2],
      [13, "followup", 2],
      [19, "followup", 13],
    ]);
  });
});
