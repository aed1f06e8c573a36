/**
 * Facet words that name no subject of their own (fixture note written for
 * this test, in our own words): a sub-heading "조건", "핵심 아이디어", "동작",
 * "이점", "방법", "해결법", "원칙" or one made of such words only ("기본 개요",
 * "특징 요약", "구성 요소") under an explained topic is asked about that
 * topic, never as a bare "조건에 대해 설명해 주세요." that a learner drilling
 * a mixed deck could not place. Pins the whole deck: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseFixture } from "@/test/helpers/parse-fixture";
import { isGenericPart, namesNoSubject } from "./generic-part";

describe("facet words that name no subject", () => {
  it("a facet sub-heading is asked about the topic above it", () => {
    const { cards, unanswered } = parseFixture("generic-facet-words.md");
    expect(cards).toEqual([
      [3, "qa", "그리디 알고리즘에 대해 설명해 주세요.", null],
      [7, "qa", "그리디 알고리즘의 조건에 대해 설명해 주세요.", null],
      [11, "qa", "그리디 알고리즘의 핵심 아이디어에 대해 설명해 주세요.", null],
      [15, "qa", "제너레이터에 대해 설명해 주세요.", null],
      [19, "qa", "제너레이터의 동작에 대해 설명해 주세요.", null],
      [23, "qa", "제너레이터의 이점에 대해 설명해 주세요.", null],
      [27, "qa", "공유 메모리에 대해 설명해 주세요.", null],
      [31, "qa", "공유 메모리의 방법에 대해 설명해 주세요.", null],
      [35, "qa", "공유 메모리의 해결법에 대해 설명해 주세요.", null],
      [39, "qa", "메시지 큐에 대해 설명해 주세요.", null],
      [43, "qa", "메시지 큐의 구성 요소에 대해 설명해 주세요.", null],
      [47, "qa", "메시지 큐의 기본 개요에 대해 설명해 주세요.", null],
      [51, "qa", "메시지 큐의 원칙에 대해 설명해 주세요.", null],
      // (under "### 특징, 장단점 및 고려사항", a list of facets that adds nothing to the topic's name)
      [57, "qa", "메시지 큐의 특징 요약에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("the words count run together and never when they name a subject of their own", () => {
    expect(["조건", "핵심아이디어", "해결법", "이점", "동작", "방법", "문법", "구성요소", "원칙"].map(isGenericPart)).toEqual([true, true, true, true, true, true, true, true, true]);
    expect(["탐욕 조건 검사", "동작 원리 분석기", "방법론"].map(isGenericPart)).toEqual([false, false, false]);
  });

  it("a heading of facet words only names no subject; one word of a subject among them names one", () => {
    expect(["기본 개요", "특징 요약", "핵심 원리", "주요 개념", "특징, 장단점 및 고려사항", "구성 요소"].map(namesNoSubject)).toEqual([true, true, true, true, true, true]);
    expect(["카프카 구성 요소", "기본 키", "요약", "TCP 특징 요약", "기본 개념 정리 및 예시 코드 모음"].map(namesNoSubject)).toEqual([false, false, false, false, false]);
  });

  it("facet-word headings that gather topics of their own are categories: the note keeps its topics as cards", () => {
    expect(
      noteCards([
        "# 리액트",
        "",
        "## 기본 개념",
        "",
        "### 컴포넌트",
        "",
        "화면을 다시 쓸 수 있는 조각으로 나눈 단위다.",
        "",
        "## 주요 개념",
        "",
        "### 훅",
        "",
        "함수 컴포넌트가 상태와 생명주기를 다루게 한다.",
      ]),
    ).toEqual([
      [5, "qa", "컴포넌트에 대해 설명해 주세요.", null],
      [11, "qa", "훅에 대해 설명해 주세요.", null],
    ]);
  });

  it("the topic's name joins the facet without repeating a word: '정규표현식의 기본 문법', '압수수색의 기본 개념'", () => {
    const prompts = (lines: string[]) => noteCards(lines).map((c) => c[2]);
    expect(prompts(["# 정규표현식 문법", "", "## 기본 문법", "", "점은 아무 문자 하나, 별표는 0회 이상 반복을 뜻한다."])).toEqual(["정규표현식의 기본 문법에 대해 설명해 주세요."]);
    expect(prompts(["# 법률 노트", "", "## 압수수색의 기본", "", "### 개념", "", "수사기관이 증거물을 찾아 강제로 확보하는 처분이다."])).toContain("압수수색의 기본 개념에 대해 설명해 주세요.");
  });
});
