/**
 * The parts of a carded topic (fixture notes written for these tests, in our
 * own words): a sub-heading that names nothing folds into the topic's answer,
 * a question written inside the topic follows it up, a named sub-topic
 * explained on its own stays a card. Each test pins the whole deck:
 * [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { parseFixture } from "@/test/helpers/parse-fixture";
import { isUnnamedPart } from "./unnamed-part";

describe("parts of a carded topic", () => {
  it("fragment, bracketed-aside, citation and numbered-instance sub-headings fold into the topic's answer", () => {
    const { deck, cards } = parseFixture("unnamed-parts.md");
    expect(cards).toEqual([
      [3, "qa", "페이지 캐시에 대해 설명해 주세요.", null],
      [19, "qa", "디스크 스케줄링에 대해 설명해 주세요.", null],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(3)).toBe(
      "운영체제는 디스크에서 읽은 블록을 메모리에 남겨 두고 같은 블록을 다시 읽을 때 디스크 대신 메모리에서 돌려준다.\n\n### 그래서 두 번째 읽기는...\n\n디스크를 거치지 않으므로 훨씬 빨리 끝난다.\n\n### (쓰기 -> 디스크)\n\n더티 페이지는 나중에 한꺼번에 디스크로 내려간다.\n\n### 출처: https://example.com/page-cache-notes\n\n위 설명은 이 글을 읽고 정리했다.",
    );
    expect(answer.get(19)).toBe(
      "요청이 쌓이면 헤드를 덜 움직이는 순서로 처리해 전체 대기 시간을 줄인다.\n\n### [ 예시 1 ]\n\n트랙 10, 50, 20 요청이 오면 10, 20, 50 순서로 읽는다.\n\n### [ case 2 ]\n\n한쪽 끝 요청이 계속 밀리면 오래 기다린 요청부터 처리한다.",
    );
  });

  it("a bold question line and a bracketed question sub-heading inside an explained topic are its follow-ups; a quoted bold question over its answer is one too; a named sub-topic explained at length stays a card; a 질의응답 collection's questions stay questions", () => {
    const { deck, cards } = parseFixture("nested-part-questions.md");
    expect(cards).toEqual([
      [3, "qa", "해시 테이블에 대해 설명해 주세요.", null],
      [7, "followup", "충돌이란?", 3],
      [11, "qa", "힙에 대해 설명해 주세요.", null],
      [15, "followup", "힙 정렬은 왜 불안정한가?", 11],
      [19, "qa", "정렬에 대해 설명해 주세요.", null],
      [23, "qa", "퀵 정렬에 대해 설명해 주세요.", null],
      [31, "qa", "스택과 큐의 차이는 무엇인가요?", null],
      [37, "qa", "메인 메모리에 대해 설명해 주세요.", null],
      [41, "followup", "동적 램과 정적 램이란?", 37],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(3)).toBe("키를 해시 함수로 바꾼 위치에 값을 둔다.");
    expect(answer.get(7)).toBe("서로 다른 키가 같은 위치로 가는 일이다. 체이닝이나 개방 주소법으로 푼다.");
    expect(answer.get(15)).toBe("같은 값의 순서가 루트와 마지막 원소를 바꾸는 과정에서 뒤섞이기 때문이다.");
    // a quoted box holds its own answer; the topic's notes after it stay the topic's
    expect(answer.get(41)).toBe("동적 램은 주기적으로 다시 써 주어야 하고 정적 램은 그럴 필요가 없다.");
    expect(answer.get(37)).toBe("프로그램과 데이터를 올려 두는 주기억장치이며 전원이 꺼지면 내용이 사라진다.\n\n- 읽기 전용 메모리는 전원이 꺼져도 내용을 지킨다.");
  });

  it("tells a heading that names nothing from a name, a question or a smiley", () => {
    const unnamed = ["따라서 이 방식은...", "그 결과 응답 시간이…", "(요청 -> 응답)", "비동기 처리)", "출처: https://example.com/a", "[ case 3 ]", "예시 2", "Example 1"];
    const named = ["프로세스(Process)", "Case Study", "예시", "Could I ask about your work? :)", "왜 그럴까...?", "RAID 1", "1. 연결 재사용"];
    expect(unnamed.filter((t) => !isUnnamedPart(t))).toEqual([]);
    expect(named.filter((t) => isUnnamedPart(t))).toEqual([]);
  });
  it("sub-headings that are one call with literal arguments (1. push(7), 2-1. push('a')) are worked examples of the operation before them, and a question among them follows that operation", () => {
    const { deck, cards } = parseFixture("worked-calls.md");
    expect(cards).toEqual([
      [3, "qa", "이진 힙에 대해 설명해 주세요.", null],
      [7, "qa", "삽입 과정에 대해 설명해 주세요.", null],
      [19, "followup", "왜 끝자리에 먼저 넣을까?", 7],
      [27, "qa", "삭제 과정에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[1]!.answer).toContain("### 2-1. push('a')\n\n문자열 키도 같은 비교 규칙으로 올라간다.");
    expect(isUnnamedPart("fork()")).toBe(false);
    expect(isUnnamedPart("3-1. insert(10)", ["3-1. insert(10)", "3-2. insert(20)"])).toBe(true);
    // one call alone among other calls is a gotcha of its own
    expect(isUnnamedPart("parseInt('08')", ["Number('')", "parseInt('08')", "Array(3)"])).toBe(false);
  });
});
