/**
 * A prompt never asks twice. Questions written with any request ending —
 * including the spellings and typos people use — are kept as written in
 * every place a question can sit, and no generated "…에 대해 설명해 주세요"
 * tail is ever added after them (property check over generated notes).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import { hasDoubledRequest } from "./question-key";
import { isRequest } from "./questions";

const ENDINGS = [
  "설명해 주세요", "설명해주세요", "설명해 주세여", "설명해주세용", "설명 해주세요", "설명해 주십시오", "설명하시오", "설명하세요",
  "설명해줘", "설명해 보세요", "말해 보세요", "말해주세요", "알려주세요", "서술하시오", "비교하시오", "비교해 주세요", "정리해 주세요",
  "설명해 주실 수 있나요", "무엇인가요", "궁금합니다", "설명 바랍니다", "설명해주세요!", "설명해 주세요~", "설명 부탁드립니다",
  "설명해 주시겠어요", "답하시오", "설명하라", "설명해라", "말씀해 주세요", "뭔가요", "인가요?", "왜 필요한가요?", "설명해주세", "고르시오",
];
const TOPICS = ["TCP 혼잡 제어", "가비지 컬렉션", "인덱스", "`volatile` 키워드", "HTTP/2", "프로세스와 스레드의 차이", "정규화"];

/** Where a question can sit in a note: each shape puts `q` there with an answer. */
const SHAPES: ((q: string) => string)[] = [
  (q) => `## ${q}\n\n답은 이렇습니다.\n`,
  (q) => `## 1. ${q}\n\n답은 이렇습니다.\n`,
  (q) => `<details>\n<summary>${q}</summary>\n\n답은 이렇습니다.\n\n</details>\n`,
  (q) => `**Q. ${q}**\n\n답은 이렇습니다.\n`,
  (q) => `## 주제\n\n설명입니다. 길게 적어 둡니다.\n\n### 꼬리 질문\n\n- ${q}\n  - 답은 이렇습니다.\n`,
  (q) => `## 주제\n\n설명입니다. 길게 적어 둡니다.\n\n**꼬리질문**\n\n> Q: ${q}\n> 답은 이렇습니다.\n`,
  (q) => `| 질문 | 답변 |\n| --- | --- |\n| ${q} | 답은 이렇습니다. |\n`,
  (q) => `## 주제\n\n- ${q}\n\n<details><summary>정답 보기</summary>\n\n답은 이렇습니다.\n\n</details>\n`,
];

describe("request endings", () => {
  it("every listed ending is recognised as a request", () => {
    expect(ENDINGS.filter((e) => !isRequest(`TCP를 ${e}`))).toEqual([]);
  });

  it("no prompt contains two request endings, in any shape, with any ending", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOPICS), fc.constantFrom(...ENDINGS), fc.constantFrom(...SHAPES.keys()), (topic, ending, shape) => {
        const question = `${topic}에 대해 ${ending}`;
        const deck = parseDeck(`# 노트\n\n${SHAPES[shape]!(question)}`, { path: "note.md" });
        const prompts = deck.cards.map((c) => c.prompt);
        expect(prompts.filter(hasDoubledRequest)).toEqual([]);
        // the question itself is a card, kept as written (markup and numbering aside)
        expect(prompts).toContain(question.replace(/`/g, ""));
      }),
      { numRuns: 200 },
    );
  });

  it("the doubled-request detector catches a tail after any ending", () => {
    for (const e of ENDINGS) expect(hasDoubledRequest(`TCP를 ${e}에 대해 설명해 주세요.`)).toBe(true);
    expect(hasDoubledRequest("TCP 혼잡 제어에 대해 설명해 주세요.")).toBe(false);
    expect(hasDoubledRequest("정규화의 과정을 단계별로 설명해 주세요.")).toBe(false);
    // a clause asking "whether / why" is one request's topic, as a note writes it
    expect(hasDoubledRequest("CORS가 왜 생겼는지에 대해 설명해주세요.")).toBe(false);
    expect(hasDoubledRequest("인덱스를 언제 쓰면 좋은지에 대해 설명해 주세요.")).toBe(false);
  });

  it("a request jotted without its verb ending asks, a bare label over an explanation does not", () => {
    for (const q of ["블록체인에 대해 간단하게 설명", "힙을 설명", "TCP와 UDP의 차이점 설명", "아래 코드의 실행을 실행 컨텍스트를 통해 설명", "클로저를 예를 들어 설명", "두 방식을 비교해 설명"]) {
      expect(isRequest(q)).toBe(true);
    }
    for (const t of ["상세 설명", "부연 설명", "코드 설명"]) expect(isRequest(t)).toBe(false);
  });
});

describe("the empty bold a Notion export leaves ('****')", () => {
  it("is no part of a question: the request still ends it, listed or carded", () => {
    const note = [
      "- 트랜잭션 격리 수준에 대해서 알려주세요****",
      "- 프로세스****(Process)**** 와 스레드의 차이를 아시나요?",
      "    - 프로세스는 자원을 따로 받고, 스레드는 그 자원을 나눠 씁니다.",
      "",
    ].join("\n");
    const deck = parseDeck(note, { path: "n.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["프로세스(Process) 와 스레드의 차이를 아시나요?"]);
    expect((deck.unanswered ?? []).map((u) => u.prompt)).toEqual(["트랜잭션 격리 수준에 대해서 알려주세요"]);
  });
});
