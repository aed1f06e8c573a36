/**
 * A second reader's notes against the fifty-second round's rules (its own words): where a topic's
 * short text, a drilled point, a "Q1-1." chain, an English level or a "추가 …" heading could misfire.
 * Each reads as it did before those rules.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";

const shape = (lines: string[]) => {
  const deck = parseDeck(lines.join("\n"), { path: "note.md" });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null]);
};

describe("a topic's short text over its answered questions that defines nothing", () => {
  it("a study log line, a note to self, or a remark under a heading naming the study's material is no definition", () => {
    const over = (heading: string, line: string) => shape([heading, "", line, "", "- ACID가 무엇인가요?", "  - 원자성, 일관성, 격리성, 지속성을 말한다.", "- 격리 수준은 왜 나누나요?", "  - 정합성과 동시성을 맞바꾸기 때문이다.", ""]);
    const asked = [[5, "qa", "ACID가 무엇인가요?", null], [7, "qa", "격리 수준은 왜 나누나요?", null]];
    expect(over("## 트랜잭션", "2024.03.12 강의 3강까지 듣고 정리함")).toEqual(asked);
    expect(over("## 트랜잭션", "면접에서 거의 매번 나왔던 주제라서 이번엔 확실히 외워두자")).toEqual(asked);
    expect(over("## 트랜잭션", "See also the official docs for the isolation levels.")).toEqual(asked);
    expect(over("## DB 답변 정리", "팀원 답변을 모아서 제가 다듬은 버전입니다")).toEqual(asked);
    // (…while a sentence defining it makes the topic's card, the questions its follow-ups)
    expect(over("## 트랜잭션", "데이터베이스의 상태를 바꾸는 작업의 논리적인 묶음을 말한다.").map((c) => c[1])).toEqual(["qa", "followup", "followup"]);
    // (…a noun phrase too, its head noun after a genitive: "…한꺼번에 처리되는 작업의 단위")
    expect(over("## 트랜잭션", "여러 쿼리를 묶어 한꺼번에 처리되는 작업의 단위").map((c) => c[1])).toEqual(["qa", "followup", "followup"]);
  });
});

describe("points of an answer that are its facets", () => {
  it("'장점' and '단점' under a question are no points to ask of: the question under one follows the question up", () => {
    expect(shape(["- **MSA를 설명해 주세요.**", "", "  - **장점**", "", "    > 서비스마다 따로 배포하고 확장할 수 있다.", "", "    - **독립 배포가 가능한 이유**", "", "      > 서비스끼리 DB와 코드를 공유하지 않기 때문이다.", "", "  - **단점**", "", "    > 서비스 간 통신 비용과 분산 트랜잭션 문제가 생긴다.", ""])).toEqual([
      [1, "qa", "MSA를 설명해 주세요.", null],
      [7, "followup", "독립 배포가 가능한 이유에 대해 설명해 주세요.", 1],
    ]);
  });
});

describe("an English word in brackets inside a question, and a '추가 내용' heading with questions of its own", () => {
  it("'(Basic)' inside the question is a name, kept", () => {
    expect(shape(["## Authorization 헤더에 (Basic) 대신 토큰을 넣는 이유는?", "", "비밀번호를 매 요청에 보내지 않으려고.", ""])).toEqual([[1, "qa", "Authorization 헤더에 (Basic) 대신 토큰을 넣는 이유는?", null]]);
  });

  it("'## 추가 내용' over question headings after a question is no more of its answer: its questions stay cards", () => {
    expect(shape(["## 1. 클로저란 무엇인가요?", "", "함수가 선언될 때의 렉시컬 환경을 기억하는 것이다.", "", "## 추가 내용", "", "### 리플로우와 리페인트의 차이는?", "", "리플로우는 배치를 다시 계산하고, 리페인트는 모양만 다시 그린다.", ""]).map((c) => c[2])).toEqual(["클로저란 무엇인가요?", "리플로우와 리페인트의 차이는?"]);
  });
});
