/**
 * A study session's write-up (notes of our own, written for this test): its
 * title carries the session's particulars as "key: value" lines, and after
 * the topics come the homework and the history of the note's corrections.
 * None of those is a question to rehearse: the title makes no card, the two
 * sections are skipped with a warning, and the topics stay cards.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const TOPIC = ["## 1. 해시 테이블", "", "키를 해시 함수로 버킷 위치에 대응시켜 평균 O(1)에 찾는 자료구조다.", ""];

const SESSION = [
  "# 2주차 세션 — 해시 · 트리",
  "",
  "> 진행일: 2026-03-02",
  "> 범위: 대질문 2개 + 꼬리질문 5개",
  "> 기준: Java 17",
  "",
  ...TOPIC,
  "## 과제",
  "",
  "- [ ] 1번 답변을 보지 않고 다시 써 보기",
  "- [ ] **손코딩**: 체이닝 방식 해시맵을 20분 안에 구현",
  "",
  "## 수정 이력 (2026-03-03)",
  "",
  "초안에서 틀린 두 곳을 고쳤다.",
  "",
  "| 초안 | 정정 |",
  "|---|---|",
  "| 적재율 0.5 | 자바의 기본 적재율은 0.75 |",
];

describe("a study session's particulars, homework and corrections", () => {
  it("are no cards; the session's topic is", () => {
    expect(noteCards(SESSION)).toEqual([[7, "qa", "해시 테이블에 대해 설명해 주세요.", null]]);
    expect(parseNote(SESSION).warnings.map((w) => [w.line, w.message])).toEqual([
      [11, '건너뛴 부분: "과제" (질문이 아닌 스터디·저장소 안내)'],
      [16, '건너뛴 부분: "수정 이력 (2026-03-03)" (질문이 아닌 스터디·저장소 안내)'],
    ]);
  });

  it("a definition set as key and value, or a heading that only starts like one, still answers", () => {
    const pros = ["# 배열", "", "> 장점: 인덱스로 O(1) 접근", "> 단점: 크기가 고정됨"];
    expect(noteCards(pros)).toEqual([[1, "qa", "배열에 대해 설명해 주세요.", null]]);
    const sentence = ["# 해시 충돌", "", "> 출처: 자료구조 강의", "> 정의: 서로 다른 키가 같은 버킷에 대응되는 일이다."];
    expect(noteCards(sentence)).toEqual([[1, "qa", "해시 충돌에 대해 설명해 주세요.", null]]);
    // (homework that asks is a question still to answer, listed as such)
    const asked = ["## 과제", "", "- 체이닝과 개방 주소법의 차이는 무엇인가?", "- 적재율이 오르면 무엇이 느려지는가?"];
    expect((parseNote(asked).unanswered ?? []).map((u) => u.line)).toEqual([3, 4]);
    expect(noteCards(["## 변경 이력 관리", "", "행을 덮어쓰지 않고 이력 테이블에 버전을 쌓아 두면 언제든 되돌릴 수 있다."])).toEqual([[1, "qa", "변경 이력 관리에 대해 설명해 주세요.", null]]);
  });
});
