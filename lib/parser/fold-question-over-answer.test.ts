/**
 * A question opening a paragraph of a fold's answer, answered right under it
 * (folded-followups.ts, asksOverAnswer in pointed-back.ts), on a fixture note
 * written for this test: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { namesItsSubject } from "./own-question";

describe("a question over its answer inside a fold", () => {
  const { deck, cards } = parseFixture("fold-question-over-answer.md");

  it("follows the fold's question up when it names its subject: set apart by emphasis, or plainly with its whole answer in one paragraph", () => {
    expect(cards).toEqual([
      // (a procedure answered by a numbered list: a steps card, asked in a fold as under a heading)
      [3, "steps", "브라우저가 화면을 그리는 과정을 설명해 주세요", null],
      [10, "followup", "리플로우와 리페인트가 무엇인가요?", 3],
      // a musing that names nothing ("무엇이 다를까요?", "어떻게 활용할까?") stays part of the answer
      [16, "qa", "프로세스와 스레드의 차이는?", null],
      [26, "qa", "캐시 지역성이란 무엇인가요?", null],
      [36, "qa", "가상 메모리란 무엇인가요?", null],
      [41, "followup", "페이지 폴트와 스와핑은 어떻게 다른가요?", 36],
      // the writer's own narration: a plain question the explanation goes on after, or one leaning on what was said ("이런 정책")
      [46, "qa", "JVM의 GC는 어떻게 동작하나요?", null],
      [58, "qa", "CORS란 무엇인가요?", null],
    ]);
    expect(deck.cards.slice(0, 4).map((c) => c.answer)).toEqual([
      "1. HTML을 파싱해 DOM 트리를 만듭니다.<br>\n2. CSS를 파싱해 CSSOM 트리를 만들고 둘을 합쳐 렌더 트리를 만듭니다.<br>\n3. 레이아웃으로 위치와 크기를 계산하고 페인트로 픽셀을 채웁니다.",
      "요소의 크기나 위치가 바뀌면 레이아웃부터 다시 계산하는 것이 리플로우입니다.\n색처럼 배치와 무관한 스타일만 바뀌면 페인트만 다시 하는 것이 리페인트입니다.",
      "프로세스는 운영체제에게서 독립된 메모리를 할당받아 실행되는 프로그램입니다.\n\n무엇이 다를까요?\n스레드는 한 프로세스 안에서 코드와 힙을 나눠 쓰며 실행되는 흐름이라는 점이 다릅니다.",
      "최근에 쓴 데이터나 그 근처의 데이터를 다시 쓸 가능성이 높다는 성질입니다.\n\n어떻게 활용할까?\n배열을 행 순서대로 훑으면 한 번 읽어 온 캐시 라인을 끝까지 쓸 수 있습니다.",
    ]);
  });

  it("a question names its subject with a particle on a word of its own", () => {
    expect(["리플로우와 리페인트가 무엇인가요?", "Context Switching 비용은 왜 클까요?", "TCP가 느린 이유는?"].map(namesItsSubject)).toEqual([true, true, true]);
    expect(["무엇이 다를까요?", "어떻게 동작할까?", "이게 무슨 뜻일까요?", "그건 무엇일까요?", "왜 그럴까요?"].map(namesItsSubject)).toEqual([false, false, false, false, false]);
  });
});
