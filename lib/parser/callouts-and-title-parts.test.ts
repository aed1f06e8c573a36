/** Shapes from a round of unseen study-group notes (sets kept outside the repository). Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards } from "@/test/helpers/parse-fixture";
import { parseDeck } from "@/lib/parser";
import { normalizeQuestion } from "@/lib/parser/question-key";


describe("a callout question inside an answer ('> 💡 **…일까?**' over its answer in the same quote)", () => {
  const note = ["# 브라우저 렌더링", "", "## Repaint", "", "색이나 그림자처럼 배치와 무관한 스타일이 바뀌면 다시 그리는 단계만 일어난다.", "", "> 💡 **display: none도 Repaint를 유발할까?**", ">", "> 아니다. 공간을 차지하지 않게 되어 배치가 바뀌므로 reflow와 repaint가 함께 일어난다.", "", "## Reflow", "", "요소의 크기나 위치가 바뀌면 레이아웃을 다시 계산한다.", ""];

  it("is a follow-up of the answer's question, and leaves its answer", () => {
    expect(cards(note)).toEqual([
      [3, "qa", "Repaint에 대해 설명해 주세요.", null],
      [7, "followup", "display: none도 Repaint를 유발할까?", 3],
      [11, "qa", "Reflow에 대해 설명해 주세요.", null],
    ]);
    expect(parseDeck(note.join("\n"), { path: "note.md" }).cards[0]!.answer).not.toContain("display: none");
  });

  it("a quote that only asks, or a bold line that asks nothing, stays in the answer", () => {
    for (const quote of [["> 💡 **그런데 왜 그럴까?**"], ["> **핵심은 배치가 바뀌느냐이다.**", ">", "> 배치가 바뀌면 reflow, 아니면 repaint만 일어난다."]]) {
      const lines = ["## Repaint", "", "배치와 무관한 스타일이 바뀌면 다시 그리는 단계만 일어난다.", "", ...quote, ""];
      expect(cards(lines).map((c) => c[1])).toEqual(["qa"]);
    }
  });

  it("a callout in code is code", () => {
    expect(cards(["## Repaint", "", "다시 그리는 단계만 일어나는 경우를 말한다.", "", "```md", "> **display: none도 Repaint만 유발할까?**", ">", "> 아니다. 배치가 바뀌므로 reflow와 repaint가 함께 일어난다.", "```", ""]).map((c) => c[1])).toEqual(["qa"]);
  });
});

describe("a note whose title asks, answered in numbered parts", () => {
  it("a question heading under one of its parts follows the title's question up", () => {
    expect(cards(["# CORS가 무엇이며, 해결 방법을 설명해주세요.", "", "## 1. SOP", "", "다른 출처의 리소스 사용을 막는 보안 정책이다.", "", "### 출처란?", "", "프로토콜, 호스트, 포트를 합친 것이다.", "", "## 2. 해결 방법", "", "서버가 Access-Control-Allow-Origin 헤더를 보낸다.", ""])).toEqual([
      [1, "qa", "CORS가 무엇이며, 해결 방법을 설명해주세요.", null],
      [7, "followup", "출처란?", 1],
    ]);
  });

  it("under a title that names a topic, the part is a topic of its own, and the heading follows it", () => {
    expect(cards(["# CORS 정리", "", "## 1. SOP", "", "다른 출처의 리소스 사용을 막는 보안 정책이다.", "", "### 출처란?", "", "프로토콜, 호스트, 포트를 합친 것이다.", ""])).toEqual([
      [3, "qa", "SOP에 대해 설명해 주세요.", null],
      [7, "followup", "출처란?", 3],
    ]);
  });
});

describe("a field's tag before a question ('[JS] …', '[Network] …')", () => {
  it("is no part of the question's identity, as it is no part of its prompt", () => {
    expect(cards(["### 1. [Network] CORS란 무엇이며 왜 쓰나요?", "", "다른 출처의 자원을 쓰도록 허락하는 규약이다.", ""])[0]![2]).toBe("CORS란 무엇이며 왜 쓰나요?");
    expect(normalizeQuestion("### 1. [Network] CORS란 무엇이며 왜 쓰나요?")).toBe(normalizeQuestion("CORS란 무엇이며 왜 쓰나요?"));
    // (a topic keeps it: "[Network] 라우팅" names the field it belongs to)
    expect(normalizeQuestion("[Network] 라우팅")).not.toBe(normalizeQuestion("라우팅"));
  });
});

describe("a note about one topic whose sections are only the facets of explaining it", () => {
  const note = ["# 버블 정렬", "", "## 개념", "", "인접한 두 원소를 비교해 자리를 바꾸는 정렬이다.", "", "## 원리", "", "1. 앞에서부터 두 원소를 비교한다.", "2. 큰 값을 뒤로 보낸다.", "", "## 장점", "", "구현이 쉽다.", "", "## 단점", "", "느리다.", "", "## Reference", "", "- https://example.com/bubble", ""];

  it("is one card asking the topic, its facets the answer (short facets were dropped before)", () => {
    const deck = parseDeck(note.join("\n"), { path: "note.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[1, "qa", "버블 정렬에 대해 설명해 주세요."]]);
    expect(deck.cards[0]!.answer).toContain("## 단점");
    expect(deck.deck.title).toBe("버블 정렬");
  });

  it("a title over sub-topics of their own keeps them as cards", () => {
    const deck = parseDeck(["# 정렬", "", "## 버블 정렬", "", "인접한 두 원소를 비교해 자리를 바꾸며 큰 값을 뒤로 보낸다.", "", "## 퀵 정렬", "", "피벗을 기준으로 작은 값과 큰 값을 나눈 뒤 양쪽을 다시 정렬한다.", ""].join("\n"), { path: "note.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["버블 정렬에 대해 설명해 주세요.", "퀵 정렬에 대해 설명해 주세요."]);
  });
});

describe("'그럼 …?' in the interviewer's quotes, answered by a quote of several paragraphs", () => {
  it("follows the question up, a picture between them or not", () => {
    for (const picture of [[], ["![loop](images/loop.png)"]]) {
      const lines = ["### List와 Set 중 무엇을 쓸까?", "Set이 꼭 필요한 상황이 아니라면 대부분 List를 쓴다고 봐도 무리가 없습니다.", "", "\"그럼 데이터에 중복이 없고 순회 목적으로만 저장한다면, 아무거나 써도 괜찮나요?\"", ...picture, "> 이 경우에도 List가 메모리를 적게 쓰고 순회가 빨라서 List를 추천합니다.", ">", "> HashSet은 빈 버킷까지 훑어야 해서 순회에 오버헤드가 있습니다.", ""];
      expect(cards(lines).map((c) => [c[1], c[3]])).toEqual([["qa", null], ["followup", 1]]);
    }
  });
});
