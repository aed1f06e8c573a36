/**
 * Shapes of interview notes kept as blog posts and question indexes, on fixture notes written
 * for these tests (lib/parser/fixtures): Jekyll front matter with Kramdown attribute lines
 * ("{: .prompt-tip }"), an overview section before "## 예상 질문", `<code>#1</code>` and keycap
 * (1️⃣) numbering, quoted question lines with "꼬리질문N:" follow-ups, link-only and empty answers.
 * Each test pins the whole deck: [line, kind, prompt, parent's line] per card, and the unanswered
 * questions as [line, prompt].
 */
import { describe, expect, it } from "vitest";
import { parseFixtureUnanswered } from "@/test/helpers/parse-fixture";
import { parseDeck } from "./index";

const parsed = parseFixtureUnanswered;

describe("blog and index dresses", () => {
  it("an overview, then '## 예상 질문' of <details> numbered `#1`: the note's own questions; Kramdown attributes and keycap numbers are no text", () => {
    const { deck, cards, unanswered } = parsed("blog-expected-questions.md");
    expect(cards).toEqual([
      [12, "qa", "캐시를 도입할 때 가장 먼저 고민할 점은 무엇인가요?", null],
      [21, "qa", "장애가 나면 무엇부터 확인하나요?", null],
      [27, "qa", "커넥션 풀은 왜 쓰나요?", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[0]!.answer).toBe(
      "> 일관성과 성능 사이의 선택을 묻는 질문입니다.\n\n캐시와 원본이 어긋날 수 있는 시간을 얼마나 허용할지 먼저 정합니다. 그 다음 만료 정책과 무효화 시점을 정합니다.",
    );
    expect(deck.cards[2]!.answer).toBe("연결을 맺는 비용이 크기 때문에 미리 만든 연결을 빌려 쓰고 돌려줍니다.");
  });

  it("quoted question lines: '꼬리질문N:' lines follow the question before them up, with or without an answer", () => {
    const { cards, unanswered } = parsed("quoted-question-lines.md");
    expect(cards).toEqual([
      [3, "qa", "자바의 가비지 컬렉터는 무엇을 하나요?", null],
      [7, "followup", "Stop-the-world는 왜 생기나요?", 3],
      [13, "qa", "제네릭을 쓰는 이유를 설명해주세요.", null],
    ]);
    expect(unanswered).toEqual([[11, "GC 튜닝은 언제 하나요?"]]);
  });

  it("a quote whose first line asks and whose next lines answer follows up its topic; a quote of questions only is no card", () => {
    const { deck, cards, unanswered } = parsed("quoted-asked-answered.md");
    expect(cards).toEqual([
      [5, "script", "L4 로드 밸런서에 대해 설명해 주세요.", null],
      [7, "followup", "커넥션 드레이닝?", 5],
      [10, "qa", "세션 공유에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("서버를 빼기 전에 이미 맺은 연결이 끝날 때까지 새 요청만 막는 방법입니다.");
  });

  it("a question table whose answers are only links, and a <details> with an empty paragraph: unanswered, not cards", () => {
    const { cards, unanswered } = parsed("link-only-answers.md");
    expect(cards).toEqual([[7, "qa", "정규화는 왜 하나요", null]]);
    expect(unanswered).toEqual([
      [5, "인덱스는 언제 만들어야 하나요"],
      [6, "트랜잭션 격리 수준을 설명해주세요"],
      [9, "샤딩은 언제 고려하나요?"],
    ]);
  });

  it("a <summary> question over an HTML list of questions only: it and its listed questions are unanswered", () => {
    const { cards, unanswered } = parsed("html-list-followups.md");
    expect(cards).toEqual([[18, "qa", "CDN은 왜 쓰나요?", null]]);
    expect(unanswered).toEqual([
      [3, "DNS가 무엇인지 설명해 주세요."],
      [6, "DNS 조회는 어떤 순서로 일어나나요?"],
      [7, "DNS 캐시는 어디에 있나요?"],
      [11, "로드 밸런서가 하는 일을 설명해 주세요."],
      [14, "L4와 L7 로드 밸런서는 어떻게 다른가요?"],
    ]);
  });

  it("a note's one-line intro, a category <summary> over nested <details>, and '## 면접 질문 및 답변' over question headings: none is a question", () => {
    const { cards, unanswered } = parsed("category-summaries.md");
    expect(cards).toEqual([
      [9, "qa", "동료와 의견이 다를 때 어떻게 하나요?", null],
      [28, "qa", "왜 이 직무를 골랐나요?", null],
      [31, "qa", "5년 뒤 어떤 개발자가 되고 싶나요?", null],
    ]);
    expect(unanswered).toEqual([[16, "가장 힘들었던 협업 경험은 무엇인가요?"]]);
  });

  it("'## 질문 리스트' over weekly topic headings holds the note's own questions; '[꼬꼬무]' marks a follow-up of the question before it", () => {
    const { cards, unanswered } = parsed("chained-followup-markers.md");
    expect(cards).toEqual([
      [13, "qa", "이진 탐색 트리의 탐색 시간은 얼마인가요?", null],
      [15, "followup", "치우침은 어떻게 막나요?", 13],
    ]);
    expect(unanswered).toEqual([
      [8, "해시 테이블은 어떻게 동작하나요?"],
      [9, "충돌이 나면 어떻게 처리하나요?"],
      [10, "해시 함수는 무엇이 좋은가요?"],
    ]);
  });
});

describe("ordinary notes these rules leave alone", () => {
  const shape = (markdown: string) => {
    const deck = parseDeck(markdown, { path: "note.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    return { deck, cards: deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null]) };
  };

  it("a one-sentence answer that defines a document is an answer, not the note introducing itself", () => {
    const { deck } = shape("# 문서\n\n## 설계 문서란?\n\n시스템의 구조와 결정을 정리한 문서입니다.\n");
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([["설계 문서란?", "시스템의 구조와 결정을 정리한 문서입니다."]]);
  });

  it("answers written only in code are written answers", () => {
    const { deck } = shape("# 웹\n\n## 줄바꿈 태그는?\n\n`<br>`\n\n## 엄격한 비교 연산자는?\n\n`===`\n");
    expect(deck.cards.map((c) => c.answer)).toEqual(["`<br>`", "`===`"]);
  });

  it("a topic that explains itself under '## 면접 질문' stays a card; a title that explains itself keeps '## 예상 질문' as questions of their own", () => {
    const underCollection = shape("# 네트워크\n\n## 면접 질문\n\n### UDP\n\nUDP는 연결 없이 데이터그램을 보내는 전송 계층 프로토콜로, 순서와 도착을 보장하지 않습니다.\n");
    expect(underCollection.cards).toEqual([[5, "qa", "UDP에 대해 설명해 주세요.", null]]);
    const titled = shape("# DNS\n\nDNS는 도메인 이름을 IP 주소로 바꿔 주는 분산 이름 시스템으로, 계층 구조로 질의를 나눕니다.\n\n## 예상 질문\n\n- DNS는 왜 UDP를 쓰나요?\n  - 질의가 작고 빠른 응답이 중요하기 때문입니다.\n");
    // (the interview's expected questions, not follow-ups: every labelled set names them main, and the
    // follow-up dresses are 꼬리 질문, 추가 질문, 관련 질문, Follow-up)
    expect(titled.cards.map((c) => [c[1], c[2], c[3]])).toEqual([
      ["qa", "DNS에 대해 설명해 주세요.", null],
      ["qa", "DNS는 왜 UDP를 쓰나요?", null],
    ]);
  });

  it("an interviewer's remark that asks nothing is no question; Kramdown-looking lines inside code stay", () => {
    const dialogue = shape("# 모의 면접\n\n## 1차\n\n면접관: 좋습니다.\n\n나: 감사합니다.\n\n면접관: 인덱스를 설명해 주세요.\n\n나: 조회를 빠르게 하려고 정렬해 둔 자료구조입니다.\n");
    const prompts = dialogue.cards.map((c) => c[2]);
    expect(prompts).toContain("인덱스를 설명해 주세요.");
    expect(prompts).not.toContain("좋습니다.");
    const code = shape("# Ruby\n\n## 심볼 키 해시는 어떻게 쓰나요?\n\n해시 로켓을 씁니다.\n\n```ruby\n{:id=>1}\n{: .note }\n```\n");
    expect(code.deck.cards[0]!.answer).toBe("해시 로켓을 씁니다.\n\n```ruby\n{:id=>1}\n{: .note }\n```");
  });
});
