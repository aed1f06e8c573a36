/**
 * Heading roles (lib/parser/heading-roles.ts) and questions inside
 * explanations (lib/parser/body-followups.ts) on fixture notes written for
 * these tests. Each test pins the whole deck: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { endsWondering, isAskedSentence } from "./asked-sentence";

describe("heading roles", () => {
  it("facets, situations, components, numbered kinds and a bracketed group fold into the topic they explain; TOC links, intros, pointers, the note's summary, its About section and link-only headings make no card", () => {
    const { deck, cards } = parseFixture("answer-structure.md");
    expect(cards).toEqual([
      [12, "script", "캐시에 대해 설명해 주세요.", null],
      [32, "script", "큐에 대해 설명해 주세요.", null],
      [46, "script", "로그 구조 병합 트리의 구조에 대해 설명해 주세요.", null],
      [56, "script", "압축 종류에 대해 설명해 주세요.", null],
      [66, "script", "블룸 필터 설정에 대해 설명해 주세요.", null],
      [76, "qa", "보조 인덱스란 무엇인가요?", null],
    ]);
    const byLine = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    // the facets are in the topic's answer, in order, with their sub-headings
    expect(byLine.get(12)).toContain("### 장점\n\n읽기 지연이 줄고");
    expect(byLine.get(12)).toContain("### Example 1: 조회수 캐시\n\n#### 코드\n\n```ts");
    expect(byLine.get(32)).toBe("### 상황 1. 생산자가 소비자보다 빠를 때\n\n큐에 작업이 쌓이고 소비자가 자기 속도로 꺼내 갑니다.\n\n### 상황 2. 소비자가 멈췄을 때\n\n작업이 유실되지 않도록 큐가 내구성 있게 보관합니다.");
    expect(byLine.get(46)).toBe("#### 멤테이블\n\n쓰기를 먼저 받는 메모리 안의 정렬된 표입니다.\n\n#### SS테이블\n\n멤테이블이 가득 차면 디스크에 내려 쓰는 불변 파일입니다.");
    expect(byLine.get(66)).toContain("### 2. 해시 함수 개수");
    expect(deck.skipped).toEqual([{ line: 86, heading: "요약" }, { line: 90, heading: "About" }, { line: 96, heading: "📖 더 읽을 노트" }]);
    expect(deck.warnings.some((w) => w.line === 86)).toBe(true);
  });

  it("questions inside a topic's explanation follow the topic; a question that points back follows the one before; English sentence headings are asked as written; given code or terms are no answer", () => {
    const { deck, cards } = parseFixture("questions-in-explanations.md");
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [54, "다음 상태 코드들에 대해 설명해주세요."],
      [59, "아래 코드의 출력값은 무엇인가요?"],
    ]);
    expect(cards).toEqual([
      [5, "script", "페이지 교체에 대해 설명해 주세요.", null],
      [7, "followup", "LRU는 어떻게 구현하나요?", 5],
      [14, "followup", "그럼 LRU의 비용을 줄이는 근사 방법은 무엇인가요?", 5],
      [23, "script", "스래싱에 대해 설명해 주세요.", null],
      [25, "followup", "작업 집합 크기는 어떻게 추정할까", 23],
      [29, "followup", "페이지 부재율로 막을 수 있을까?", 23],
      [32, "qa", "Could you walk me through how you debugged your hardest production incident", null],
      [38, "qa", "가상 메모리를 쓰는 이유는 무엇인가요?", null],
      [45, "followup", "이러한 격리가 깨지면 어떤 일이 생기나요?", 38],
    ]);
  });

  it("recognises asked sentences and -ㄹ까 endings, and only those", () => {
    expect(isAskedSentence("Do I stand a good chance with a non-CS degree")).toBe(true);
    expect(isAskedSentence("What are the roles? Any tips for each")).toBe(true);
    expect(isAskedSentence("How to prepare")).toBe(false);
    expect(isAskedSentence("Glossary of terms used below")).toBe(false);
    expect(isAskedSentence("스레드란 무엇인가")).toBe(false);
    expect(endsWondering("어떻게 정렬될까")).toBe(true);
    expect(endsWondering("왜 쓸까")).toBe(true);
    expect(endsWondering("까치")).toBe(false);
    expect(endsWondering("하나까")).toBe(false);
  });
});
