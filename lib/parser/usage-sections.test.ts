/**
 * "## 사용법" under a note's title (notes of our own, written for this test):
 * over parts of its own it is how the note's topic is used, and its parts are
 * read; alone it is how to use the notes, skipped with a warning as before.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

describe("usage sections", () => {
  it("'## 사용법' over parts of its own is how the topic is used: its parts are read, not skipped", () => {
    const note = ["# React", "", "사용자의 입력에 반응해 화면을 다시 그리는 UI 라이브러리.", "", "## 사용법", "", "### 1) 조건부 렌더링", "", "- 삼항 연산자나 && 로 보일지 말지를 정한다.", "", "### 2) 스타일링", "", "- CSS 모듈로 클래스 이름이 겹치지 않게 한다.", "", "## 커스텀 훅", "", "여러 컴포넌트가 쓰는 상태 로직을 함수 하나로 뽑아낸 것."];
    expect(noteCards(note)).toEqual([
      [1, "qa", "React에 대해 설명해 주세요.", null],
      [7, "qa", "조건부 렌더링에 대해 설명해 주세요.", null],
      [11, "qa", "스타일링에 대해 설명해 주세요.", null],
      [15, "qa", "커스텀 훅에 대해 설명해 주세요.", null],
    ]);
    expect(parseNote(note).warnings).toEqual([]);
  });

  it("'## 사용법' with no parts under a study's title is how to use the notes: skipped, named", () => {
    const deck = parseNote(["# 네트워크 스터디", "", "## 사용법", "", "질문을 읽고 답을 말해 본 뒤 펼쳐서 확인하세요.", "", "## TCP와 UDP의 차이는?", "", "TCP는 연결을 맺고 순서를 보장하고, UDP는 그렇지 않다."]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["TCP와 UDP의 차이는?"]);
    expect(deck.warnings.map((w) => w.line)).toContain(3);
  });

  it("'## 사용법' over the steps of using the notes, or under a study's title, is still the notes' guide", () => {
    const steps = parseNote(["# 알고리즘", "", "## 사용법", "", "### 1. 브랜치 만들기", "", "자기 이름으로 브랜치를 만든다.", "", "### 2. 풀이 올리기", "", "풀이 파일을 올리고 PR을 연다.", "", "## 이분 탐색은 언제 쓰나요?", "", "정렬된 배열에서 값을 O(log n)에 찾을 때 쓴다."]);
    expect(steps.cards.map((c) => c.prompt)).toEqual(["이분 탐색은 언제 쓰나요?"]);
    const study = parseNote(["# CS 면접 스터디", "", "## 사용법", "", "### 질문", "", "질문 파일을 먼저 읽는다.", "", "### 답변", "", "답을 말해 본 뒤 펼쳐서 확인한다.", "", "## TCP와 UDP의 차이는?", "", "TCP는 연결을 맺고 순서를 보장하고, UDP는 그렇지 않다."]);
    expect(study.cards.map((c) => c.prompt)).toEqual(["TCP와 UDP의 차이는?"]);
  });
});
