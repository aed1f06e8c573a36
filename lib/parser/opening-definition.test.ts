/**
 * A topic that says nothing itself and opens on its definition (fixture note
 * written for this test, in our own words): "# 블룸 필터" then "## 정의" asks
 * about the topic, the definition its answer, and the parts after it stay
 * cards of their own (it asked "블룸 필터의 정의에 대해 설명해 주세요." and the
 * topic had no card); a topic with words of its own, and "…의 기본" over
 * "### 개념", read as before.
 * Pins the whole deck: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseFixture, parseNote } from "@/test/helpers/parse-fixture";
import type { Section } from "./sections";
import { opensWithDefinition } from "./defined-before-followups";

/** A note's cards as noteCards gives them, with its warnings as [line, message]. */
function parseNoteWarnings(lines: string[]) {
  return { cards: noteCards(lines), warnings: parseNote(lines).warnings.map((w) => [w.line, w.message]) };
}

describe("a topic opening on its definition", () => {
  it("the definition answers the topic, the title included", () => {
    const { cards, unanswered } = parseFixture("opening-definition.md");
    expect(cards).toEqual([
      // (the title's card sits on its definition, the first words that answer it)
      [3, "script", "블룸 필터에 대해 설명해 주세요.", null],
      [9, "steps", "동작 과정을 단계별로 설명해 주세요.", null],
      [15, "script", "거짓 양성을 줄이는 방법에 대해 설명해 주세요.", null],
      // (a topic with words of its own keeps them as its answer, its "개념" read with them)
      [19, "script", "스킵 리스트에 대해 설명해 주세요.", null],
      // ("…의 기본" over "### 개념" is read as before: the two say one name together)
      [27, "script", "복제 로그의 기본에 대해 설명해 주세요.", null],
      [33, "script", "장애 뒤 따라잡기에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("only a definition opening a topic, never one qualified by the topic's last word", () => {
    const topic = (title: string) => ({ role: "topic", title }) as Section;
    const parent = topic("이진탐색트리");
    const first = topic("정의");
    const reads = (s: Section, p: Section, bare: string) => opensWithDefinition(s, p, [s, topic("시간 복잡도")], bare);
    expect(["정의", "개념", "개요", "핵심 정의", "기본 개념", "Definition", "Overview"].map((b) => reads(first, parent, b))).toEqual([true, true, true, true, true, true, true]);
    expect(["정의와 특징", "개념 정리", "동작 원리"].map((b) => reads(first, parent, b))).toEqual([false, false, false]);
    // ("## 압수수색의 기본" over "### 개념": together they name "압수수색의 기본 개념")
    expect(reads(first, topic("압수수색의 기본"), "개념")).toBe(false);
    // (second among its siblings, or under a question: a part like any other)
    expect(opensWithDefinition(first, parent, [topic("역사"), first], "정의")).toBe(false);
    expect(reads(first, { role: "question", title: "이진탐색트리란?" } as Section, "정의")).toBe(false);
  });

  // (a second reader's notes: each read as before the rule)
  it("an opening that describes the document, links or a picture alone, a named answer beside it, or a later 정의", () => {
    const withBody = (first: string, body: string, rest: string[]) => ["# 메시지 큐", "", `## ${first}`, "", body, "", ...rest];
    const topicAfter = ["## 전달 보장", "", "최소 한 번, 최대 한 번, 정확히 한 번 가운데 무엇을 보장하는지에 따라 재시도와 중복 제거 방식이 달라진다."];
    // "이 문서는 …": about the note, no answer; the topic after it keeps its card and the title makes none
    expect(noteCards(withBody("개요", "이 문서는 메시지 큐가 무엇인지와 언제 쓰는지를 차례로 정리한다.", topicAfter))).toEqual([
      [7, "qa", "전달 보장에 대해 설명해 주세요.", null],
    ]);
    // links alone, or a picture alone: skipped with a warning naming "개념", as before
    const linked = parseNoteWarnings(withBody("개념", "- [공식 문서](https://example.com/mq)\n- [소개 글](https://example.com/mq-intro)", topicAfter));
    expect(linked.cards).toEqual([[8, "qa", "전달 보장에 대해 설명해 주세요.", null]]);
    expect(linked.warnings).toEqual([[3, expect.stringContaining("개념")]]);
    // "## 면접 답변" beside it: the written answer stays the topic's, never a card asking "면접 답변에 대해 …"
    const answered = noteCards(withBody("정의", "생산자와 소비자 사이에서 메시지를 맡아 두는 중간 저장소다.", ["## 면접 답변", "", "메시지 큐는 생산자와 소비자를 떼어 놓아, 한쪽이 느려도 다른 쪽이 기다리지 않게 해 주는 중간 저장소입니다."]));
    expect(answered).toEqual([[7, "qa", "메시지 큐에 대해 설명해 주세요.", null]]);
    // "## 개요" of its history before "## 정의": both facets, as before
    expect(noteCards(withBody("개요", "대형 서비스들이 시스템 사이의 결합을 줄이려고 쓰기 시작하면서 널리 퍼졌다.", ["## 정의", "", "생산자와 소비자 사이에서 메시지를 맡아 두는 중간 저장소다.", "", ...topicAfter]))).toEqual([
      [3, "qa", "메시지 큐의 개요에 대해 설명해 주세요.", null],
      [7, "qa", "메시지 큐의 정의에 대해 설명해 주세요.", null],
      [11, "qa", "전달 보장에 대해 설명해 주세요.", null],
    ]);
    // (…while "## 정의" first and "## 개요" after it is the definition opening the topic)
    expect(noteCards(withBody("정의", "생산자와 소비자 사이에서 메시지를 맡아 두는 중간 저장소다.", ["## 개요", "", "대형 서비스들이 시스템 사이의 결합을 줄이려고 쓰기 시작하면서 널리 퍼졌다.", "", ...topicAfter]))[0]).toEqual([1, "qa", "메시지 큐에 대해 설명해 주세요.", null]);
  });

  it("a title naming a week, a day or numbered notes is no topic to ask: its 개요 stays a facet, as before", () => {
    const first = (title: string) => noteCards([`# ${title}`, "", "## 개요", "", "라우팅은 패킷이 목적지까지 갈 경로를 고르는 일이고, 라우터가 테이블을 보고 다음 홉을 정한다.", "", "## 라우팅 테이블", "", "목적지 네트워크마다 다음 홉과 인터페이스를 적어 둔 표로, 정적으로 넣거나 프로토콜로 배운다."])[0];
    expect(["3주차 네트워크", "2024-03-12 TIL", "네트워크 정리 (1)", "Week 2 - Routing", "CS 스터디 - 네트워크"].map(first)).toEqual([
      [3, "qa", "3주차 네트워크의 개요에 대해 설명해 주세요.", null],
      [3, "qa", "2024-03-12 TIL의 개요에 대해 설명해 주세요.", null],
      [3, "qa", "네트워크 정리 (1)의 개요에 대해 설명해 주세요.", null],
      [3, "qa", "Week 2 - Routing의 개요에 대해 설명해 주세요.", null],
      [3, "qa", "CS 스터디 - 네트워크의 개요에 대해 설명해 주세요.", null],
    ]);
    expect(first("라우팅")).toEqual([1, "qa", "라우팅에 대해 설명해 주세요.", null]);
  });
});
