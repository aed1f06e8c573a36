/**
 * The second reader's findings on the twenty-first round, each on a note the reader wrote to
 * show it (lib/parser/fixtures/review-twenty-one/), pinned as fixed: the round's new rules (brief
 * parts that ask, plain topic lines, question codes, worked calls, wrapped questions, unanswered
 * follow-ups, link-only topics) no longer lose or misplace what the user wrote.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

function parsed(name: string, options: { practicePrompts?: boolean } = {}) {
  const file = `review-twenty-one/${name}`;
  const deck = parseDeck(readFileSync(path.join(__dirname, "fixtures", file), "utf8"), { path: file, ...options });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return {
    deck,
    cards: deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null]),
    answers: deck.cards.map((c) => c.answer),
    unanswered: (deck.unanswered ?? []).map((u) => [u.line, u.prompt, u.parentId ? lineOf.get(u.parentId)! : null]),
  };
}

describe("review of the twenty-first round: nothing lost", () => {
  it("brief parts fold into their topic even when one of them holds a '?'", () => {
    const { cards, answers } = parsed("brief-part-asks.md");
    expect(cards).toEqual([[3, "qa", "TCP 혼잡 제어에 대해 설명해 주세요.", null]]);
    expect(answers[0]).toBe("### Slow Start\n\ncwnd를 1부터 2배씩 늘림\n\n### 혼잡 회피\n\n임계값 넘으면 1씩 증가\n\n### 빠른 회복\n\n중복 ACK 3개면? 절반으로 줄임");
  });

  it("glossary lines, definitions and code captions are no topic lines: the note stays one card holding all of it", () => {
    for (const name of ["plain-glossary.md", "plain-definition-code.md", "plain-lead-in.md"]) {
      const { deck, cards, answers } = parsed(name);
      expect(cards).toHaveLength(1);
      expect(cards[0]![1]).toBe("qa");
      expect(deck.warnings).toEqual([]);
      const note = readFileSync(path.join(__dirname, "fixtures", "review-twenty-one", name), "utf8");
      // every line of the note under its title is in the card
      for (const line of note.split("\n").slice(1).filter((l) => l.trim() && !l.startsWith("```"))) expect(answers[0]).toContain(line.trim().replace(/^- /, ""));
    }
  });

  it("lines inside a fold's answer are never turned into headings", () => {
    const { cards, answers } = parsed("plain-inside-folds.md");
    expect(cards.map((c) => c[2])).toEqual(["프로세스와 스레드의 차이에 대해 설명해 주세요.", "데드락 발생 조건?", "세마포어와 뮤텍스 차이는?"]);
    expect(answers[0]).toBe("프로세스\n- 독립된 메모리 공간 (code, data, heap, stack)\n- 컨텍스트 스위칭 비용 큼\n\n스레드\n- 프로세스 안에서 stack만 따로, 나머지 공유\n- 동기화 필요");
    expect(answers.join("\n")).not.toContain("## ");
  });

  it("a week's preamble labels and a diary's headings make no cards", () => {
    expect(parsed("plain-preamble.md").cards.map((c) => c[2])).toEqual(["트랜잭션에 대해 설명해 주세요.", "격리 수준에 대해 설명해 주세요.", "락에 대해 설명해 주세요."]);
    expect(parsed("plain-til.md").cards).toEqual([]);
  });

  it("a technology named with a number (OAuth-2, SHA-1, ES-6) stays the subject of its card", () => {
    expect(parsed("code-tech-names.md").cards.map((c) => c[2])).toEqual(["OAuth-2가 필요한 이유는?", "SHA-1에 대해 설명해 주세요.", "ES-6에 대해 설명해 주세요."]);
  });

  it("one call alone as a heading is a topic; only a run of calls to one function is a worked example", () => {
    expect(parsed("lone-calls.md").cards.map((c) => c[2])).toEqual([
      "형 변환에 대해 설명해 주세요.",
      "Number('')에 대해 설명해 주세요.",
      "parseInt('08')에 대해 설명해 주세요.",
      "Array(3)에 대해 설명해 주세요.",
      "Math.round(-0.5)에 대해 설명해 주세요.",
    ]);
  });

  it("a topic item whose next line answers (and asks itself something) keeps the answer", () => {
    const first = parsed("wrapped-topic-answer.md");
    expect(first.cards[1]).toEqual([7, "qa", "낙관적 락을 JPA에서 쓰는 방법에 대해 설명해 주세요.", null]);
    expect(first.answers[1]).toBe("@Version 필드를 두면 된다. 충돌나면? OptimisticLockException이 터지고 재시도해야 함.");
    const second = parsed("wrapped-topic-answer-2.md");
    expect(second.cards[1]).toEqual([5, "qa", "GC 튜닝 해 본 경험에 대해 설명해 주세요.", null]);
    expect(second.answers[1]).toBe("없다면? 솔직하게 없다고 하고 GC 로그 보는 법을 말한다.");
  });

  it("follow-ups of a question without an answer follow no earlier, unrelated card", () => {
    const { cards, unanswered } = parsed("unanswered-fold-parent.md");
    expect(cards).toEqual([
      [3, "qa", "인덱스란?", null],
      [23, "qa", "정규화는 왜 하나요?", null],
      [31, "followup", "반정규화는 언제 하나요?", 23],
    ]);
    expect(unanswered).toEqual([
      [10, "클러스터드 인덱스와 논클러스터드 인덱스의 차이는?", null],
      [18, "클러스터드 인덱스는 테이블당 몇 개 만들 수 있나요?", null],
      [19, "PK가 없으면 InnoDB는 뭘 클러스터 키로 쓰나요?", null],
      [33, "3NF와 BCNF의 차이는?", 23],
    ]);
  });

  it("reading sections are no questions, and their links are kept with the deck's sources", () => {
    const { deck, cards, unanswered } = parsed("reading-headings.md");
    expect(cards.map((c) => c[2])).toEqual(["Redis 정리의 개념에 대해 설명해 주세요.", "자료구조에 대해 설명해 주세요."]);
    expect(unanswered).toEqual([]);
    expect(deck.deck.sources).toEqual(["https://example.com/memcached-note", "https://example.com/redis-internals", "[우아한테크 Redis 발표](https://example.com/watch?v=abc)", "https://example.com/docs/redis"]);
  });

  it("a topic written as a link only keeps its link on the listed question and on its practice card", () => {
    const { deck, unanswered } = parsed("link-only-topic.md", { practicePrompts: true });
    expect(unanswered).toEqual([
      [7, "분산 락에 대해 설명해 주세요.", 3],
      [11, "Memcached와 비교해 설명해 주세요.", 3],
    ]);
    expect(deck.unanswered?.[0]?.sources).toEqual(["https://example.com/redlock"]);
    expect(deck.cards.find((c) => c.lineStart === 7)?.sources).toEqual(["https://example.com/redlock"]);
  });
});

describe("review of the twenty-first round: questions typed the usual way", () => {
  it("a numbered heading's question with its answer on the very next line", () => {
    const { cards, answers, unanswered } = parsed("numbered-heading-next-line.md");
    expect(cards).toEqual([
      [3, "qa", "TCP와 UDP의 차이는 무엇인가요?", null],
      [7, "qa", "HTTP와 HTTPS의 차이는?", null],
    ]);
    expect(answers).toEqual(["TCP는 연결 지향이고 순서와 도착을 보장한다. UDP는 비연결이라 빠르지만 보장이 없다.", "HTTPS는 TLS 위에서 HTTP를 주고받아 암호화, 무결성, 서버 인증을 제공한다."]);
    expect(unanswered).toEqual([[11, "CORS가 뭔가요?", null]]);
  });

  it("an ask label's question with its answer on the very next line", () => {
    const { cards, answers } = parsed("ask-label-next-line.md");
    expect(cards).toEqual([[4, "qa", "TCP와 UDP의 차이는 무엇인가요?", null]]);
    expect(answers).toEqual(["TCP는 연결 지향이고 **순서**를 보장한다.\n다음 줄도 답."]);
  });

  it("questions numbered under '## 질문' pair with the answers numbered under '## 답변'; unpaired, none is lost", () => {
    const paired = parsed("ask-label-two-questions.md");
    expect(paired.cards).toEqual([
      [5, "qa", "인덱스는 왜 빠른가요?", null],
      [6, "qa", "인덱스를 많이 만들면 안 되는 이유는?", null],
    ]);
    expect(paired.answers).toEqual(["B+Tree로 정렬되어 있어서 로그 시간에 찾는다.", "쓰기마다 인덱스도 갱신해야 해서 INSERT/UPDATE가 느려지고 공간도 먹는다."]);
    const unpaired = parsed("ask-label-two-one-answer.md");
    expect(unpaired.cards).toEqual([[5, "qa", "인덱스는 왜 빠른가요?", null]]);
    expect(unpaired.unanswered).toEqual([[6, "인덱스를 많이 만들면 안 되는 이유는?", null]]);
  });

  it("a deck is named by its folder when the file's name says nothing, and by its title question when neither does", () => {
    const body = readFileSync(path.join(__dirname, "fixtures", "review-twenty-one", "kafka", "README.md"), "utf8");
    expect(parseDeck(body, { path: "kafka/README.md" }).deck.title).toBe("kafka");
    expect(parseDeck(body, { path: "README.md" }).deck.title).toBe("Kafka는 왜 빠를까? 🤔");
    expect(parseDeck(body, { path: "til/2024-05-03.md" }).deck.title).toBe("Kafka는 왜 빠를까? 🤔");
  });

  it("glyphs that are words (○×) stay, and a glyph run closing a heading goes with the one opening it", () => {
    expect(parsed("glyph-pairs.md").cards.map((c) => c[2])).toEqual(["페이징에 대해 설명해 주세요.", "내부 단편화는 왜 생기나요?", "○× 퀴즈에 대해 설명해 주세요.", "총정리에 대해 설명해 주세요."]);
  });

  it("an empty comparison with one side named is asked as a comparison", () => {
    expect(parsed("empty-compare.md").unanswered.map((u) => u[1])).toContain("RabbitMQ와 비교해 설명해 주세요.");
  });
});
