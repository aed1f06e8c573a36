/** A second reader's notes against this round's rules (followup-chains.test.ts, fold-dress.test.ts): where each must not fire. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards, parseNote as parse } from "@/test/helpers/parse-fixture";


describe("a marked follow-up after an empty unmarked question", () => {
  it("follows a question answered under the next heading ('## A.'), not the marked one before it", () => {
    const note = ["## 🎯 공통 질문: 데드락이 생기는 조건은?", "", "상호 배제, 점유 대기, 비선점, 순환 대기가 모두 성립할 때입니다.", "", "## Q. 데드락을 예방하는 방법은?", "", "## A.", "", "네 조건 중 하나를 깨면 됩니다. 자원에 순서를 정하는 방법이 흔합니다.", "", "## 🔗 꼬리질문: 자원 순서를 정하면 어떤 단점이 있나요?", "", "당장 필요 없는 자원까지 미리 잡아 두게 되어 활용률이 떨어집니다.", ""];
    expect(cards(note).map((c) => [c[0], c[1], c[3]])).toEqual([
      [1, "qa", null],
      [5, "qa", null],
      [11, "followup", 5],
    ]);
  });

  it("never follows a marked main question written after it", () => {
    const note = ["## 해시 테이블의 시간 복잡도는?", "", "## 🔗 꼬리질문: 해시 충돌은 어떻게 해결하나요?", "", "체이닝이나 오픈 어드레싱으로 해결합니다.", "", "## 🎯 공통 질문: 퀵 정렬의 최악 시간 복잡도는?", "", "피벗이 매번 끝 값이면 O(n²)입니다.", ""];
    expect(cards(note).map((c) => [c[0], c[1], c[3]])).toEqual([
      [3, "qa", null],
      [7, "qa", null],
    ]);
  });

  it("that it drills (they share a subject) is not passed over for an unrelated marked question", () => {
    const note = ["## 🎯 공통 질문: 브라우저에 URL을 입력하면 어떤 일이 일어나나요?", "", "DNS로 IP를 찾고, TCP로 연결한 뒤 HTTP 요청을 보냅니다.", "", "## 로드 밸런서는 어떻게 서버를 고르나요?", "", "## 🔗 꼬리질문: L4 로드 밸런서와 L7 로드 밸런서의 차이는?", "", "L4는 IP와 포트만 보고 나누고, L7은 URL이나 헤더까지 봅니다.", ""];
    expect(cards(note).map((c) => [c[0], c[1], c[3]])).toEqual([
      [1, "qa", null],
      [7, "qa", null],
    ]);
  });
});

describe("a heading written as a sentence over follow-ups", () => {
  it("that only introduces them is no part of the answer", () => {
    const note = ["## REST API란 무엇인가요?", "", "자원을 URI로 나타내고 HTTP 메서드로 행위를 표현하는 API입니다.", "", "### 면접에서 이어서 받았던 질문들입니다.", "", "#### PUT과 PATCH의 차이는?", "", "PUT은 자원 전체를 바꾸고, PATCH는 일부만 바꿉니다.", ""];
    const deck = parse(note);
    expect(deck.cards[0]!.answer).toBe("자원을 URI로 나타내고 HTTP 메서드로 행위를 표현하는 API입니다.");
    expect(cards(note).map((c) => [c[0], c[1], c[3]])).toEqual([
      [1, "qa", null],
      [7, "followup", 1],
    ]);
  });
});

describe("a list before a labelled part that names things rather than explaining", () => {
  it("keywords or a log of edits are no answer of the topic's own", () => {
    for (const list of [["관련 키워드", "- 페이지 테이블", "- TLB", "- 내부 단편화"], ["- 3/12 처음 정리", "- 3/20 L4/L7 내용 추가"]]) {
      const note = ["# 운영체제", "", "## 페이징", "", ...list, "", "**이유**", "- 외부 단편화를 없애려고 메모리를 같은 크기로 잘라서 관리", ""];
      expect(parse(note).cards.map((c) => c.prompt)).toEqual(["페이징이 필요한 이유는?"]);
    }
  });
});

describe("whether something can be done, as an item of a list", () => {
  it("is a criterion to check, not a question: the topic keeps its answer", () => {
    const note = ["## 인덱스 설계 시 고려사항", "", "- 카디널리티가 높은 컬럼인지", "- 커버링 인덱스로 만들 수 있는지", "- 정렬에도 활용 가능한지", ""];
    const deck = parse(note);
    expect(deck.cards.map((c) => c.prompt)).toEqual(["인덱스 설계 시 고려사항에 대해 설명해 주세요."]);
    expect(deck.unanswered ?? []).toEqual([]);
  });
});

describe("a level after a name", () => {
  it("is the thing named ('RAID (Lv 5)'): kept, so two levels are two prompts", () => {
    const note = ["## RAID (Lv 1)", "", "같은 데이터를 두 디스크에 똑같이 써서 하나가 고장 나도 버팁니다.", "", "## RAID (Lv 5)", "", "데이터와 패리티를 여러 디스크에 나눠 써서 한 디스크 고장을 복구합니다.", ""];
    expect(parse(note).cards.map((c) => c.prompt)).toEqual(["RAID (Lv 1)에 대해 설명해 주세요.", "RAID (Lv 5)에 대해 설명해 주세요."]);
  });
});

describe("more dresses of a signed or chained question", () => {
  it("'도윤's 질문:' and '꼬리질문의 꼬리질문:' are markers, not words of the question", () => {
    const note = ["## HTTP/1.1과 HTTP/2의 차이는?", "", "HTTP/2는 한 연결에서 여러 요청을 동시에 주고받습니다.", "", "### 도윤's 질문: HOL 블로킹이란 무엇인가요?", "", "앞의 요청이 늦어지면 뒤의 요청이 모두 기다리는 현상입니다.", "", "#### 꼬리질문의 꼬리질문: HTTP/2에서도 HOL 블로킹이 생기나요?", "", "TCP 수준에서는 여전히 생깁니다.", ""];
    expect(cards(note)).toEqual([
      [1, "qa", "HTTP/1.1과 HTTP/2의 차이는?", null],
      [5, "followup", "HOL 블로킹이란 무엇인가요?", 1],
      [9, "followup", "HTTP/2에서도 HOL 블로킹이 생기나요?", 5],
    ]);
  });
});
