/**
 * Outline shapes seen in notes held out from development (fixture notes
 * written for these tests, in our own words). Each test pins the whole
 * deck: [line, kind, prompt, parent's line].
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseFixture } from "@/test/helpers/parse-fixture";

describe("outline shapes", () => {
  it("a sentence set as a deeper heading under an empty heading is that heading's lead line, not a topic; numbered names stay topics", () => {
    const { deck, cards } = parseFixture("subtitle-headings.md");
    expect(cards).toEqual([
      [1, "qa", "가비지 컬렉션에 대해 설명해 주세요.", null],
      [5, "qa", "마크 앤 스윕에 대해 설명해 주세요.", null],
      [12, "qa", "세대별 수집에 대해 설명해 주세요.", null],
      [18, "qa", "젊은 영역에 대해 설명해 주세요.", null],
      [24, "qa", "슬라이딩 (Sliding Compaction Of Live Objects)에 대해 설명해 주세요.", null],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(5)).toBe("#### 살아 있는 객체에 표시를 남긴 뒤 표시가 없는 객체를 지우는 방식\n\n- 루트에서 닿는 객체를 모두 따라가며 표시한다.\n- 표시되지 않은 객체의 메모리를 돌려준다.");
    expect(answer.get(12)).toBe("#### 대부분의 객체는 만들어진 뒤 곧 쓰이지 않는다는 관찰에서 출발했다.\n\n새 객체는 젊은 영역에 두고 여러 번 살아남은 객체만 늙은 영역으로 옮긴다.");
  });

  it("a quoted line that asks after a topic's explanation is its follow-up; a speaker emoji (🙋 :, 🤷‍♀️ :) opens a question, in a paragraph or a heading; a question sub-heading of a topic defined in a quote follows it up", () => {
    const { deck, cards } = parseFixture("dialogue-questions.md");
    expect(cards).toEqual([
      [3, "qa", "쓰기 정책에 대해 설명해 주세요.", null],
      [7, "followup", "만약 캐시 서버가 반영 전에 꺼지면 어떻게 될까?", 3],
      [13, "qa", "모든 키에 같은 만료 시간을 주면 안 되나요?", null],
      [16, "followup", "그런데 만료 전에 원본이 바뀌면 어떻게 알 수 있을까?", 13],
      [20, "qa", "힙 영역에 대해 설명해 주세요.", null],
      [24, "followup", "힙이 가득 차면 어떻게 되나요?", 20],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(7)).toBe("모아 둔 쓰기는 사라지므로 변경 기록을 먼저 디스크에 남겨 두어야 한다.");
    expect(answer.get(13)).toContain("한꺼번에 만료되어 원본에 요청이 몰리므로");
  });

  it("a bare comparison is one card; when its sides are explained at length they are cards of their own too", () => {
    const { deck, cards } = parseFixture("compared-sides.md");
    expect(cards).toEqual([
      [3, "qa", "행 저장 vs 열 저장에 대해 설명해 주세요.", null],
      [5, "qa", "행 저장에 대해 설명해 주세요.", null],
      [9, "qa", "페이지 안의 배치에 대해 설명해 주세요.", null],
      [13, "qa", "열 저장에 대해 설명해 주세요.", null],
      [17, "qa", "로그 vs 스냅숏에 대해 설명해 주세요.", null],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    // the comparison's answer holds both sides; the short sides are only in it
    expect(answer.get(3)).toContain("### 행 저장\n\n한 레코드의 모든 필드를");
    expect(answer.get(3)).toContain("### 열 저장\n\n같은 열의 값들을");
    expect(answer.get(17)).toBe("### 로그\n\n바뀐 내용을 차례로 덧붙인다.\n\n### 스냅숏\n\n어느 시점의 상태 전체를 찍어 둔다.");
  });

  it("<details> written back to back without a blank line are separate questions; a list of terms defined as checks is an answer, a list of questions is not", () => {
    const { deck, cards } = parseFixture("adjacent-details.md");
    expect(cards).toEqual([
      [3, "qa", "단위 테스트와 통합 테스트는 무엇이 다른가요?", null],
      [11, "qa", "테스트 더블의 종류를 말해 주실 수 있나요?", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("단위 테스트는 함수 하나를 떼어 검사하고, 통합 테스트는 여러 부품을 이어 붙여 함께 검사한다.");
    expect(deck.cards[0]!.lineEnd).toBe(10);
    expect(deck.cards[1]!.answer).toBe("- 스텁 : 정해진 값을 돌려주기만 하는가\n- 목 : 호출이 기대대로 일어났는지 기록하고 확인하는가");
    // the summary over nothing but questions is unanswered too
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [20, "테스트를 먼저 쓰면 무엇이 좋을까요?"],
      [23, "어떤 입력이 경계값인가?"],
      [24, "실패 메시지는 무엇을 알려야 하는가?"],
    ]);
  });

  it("a topic's cost, problems and an example's output, as sub-headings, are facets of its answer", () => {
    const { deck, cards } = parseFixture("facet-headings.md");
    expect(cards).toEqual([
      [3, "qa", "버블 정렬에 대해 설명해 주세요.", null],
      [21, "qa", "삽입 정렬에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("이웃한 두 값을 비교해 큰 값을 뒤로 보내는 일을 배열 끝까지 되풀이한다.\n\n### 시간 복잡도\n\n비교가 n(n-1)/2번 일어나므로 O(n²)이다.\n\n### 문제점\n\n거의 정렬된 입력에서도 마지막까지 비교를 계속한다.\n\n### 출력 결과\n\n```\n[1, 2, 3, 5, 8]\n```");
  });

  it("a one-level-deeper heading that states a definition is a lead line; a 더보기 fold around whole sections is read like the page, and a 자세히 fold without headings is the topic's own answer", () => {
    const { deck, cards } = parseFixture("section-folds.md");
    expect(cards).toEqual([
      [5, "qa", "최소 한 번 전달에 대해 설명해 주세요.", null],
      [14, "qa", "정확히 한 번 전달에 대해 설명해 주세요.", null],
      [21, "qa", "순서 보장에 대해 설명해 주세요.", null],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(5)).toBe("#### 메시지를 잃지 않는 대신 같은 메시지가 두 번 올 수도 있는 보장 방식\n\n소비자가 처리를 마치고 확인을 보내기 전에 죽으면 브로커가 같은 메시지를 다시 보낸다.");
    expect(answer.get(14)).toBe("중복 제거 키와 트랜잭션을 함께 써서 처리 결과가 한 번만 남게 한다.");
    expect(answer.get(21)).toBe("같은 파티션 안에서만 넣은 순서대로 꺼낼 수 있다.");
  });

  it("a quoted byline is noise, so a title whose intro only describes the notes makes no card", () => {
    const { cards } = parseFixture("byline-intro.md");
    expect(cards).toEqual([[7, "qa", "스택에 대해 설명해 주세요.", null]]);
  });

  it("after a topic's explanation, an emphasised question line (or a plain line ending in '?') with its answer on the next line, a '그렇다면 …?' sentence answered in the same paragraph, and a quoted bold noun question ('…의 차이') answered in its quote, follow it up; such a line opening a section stays the topic's own lead", () => {
    const { deck, cards } = parseFixture("inline-questions.md");
    expect(cards).toEqual([
      [3, "qa", "충돌 해결에 대해 설명해 주세요.", null],
      [7, "followup", "리스트가 얼마나 길어야 트리로 바꾸는가?", 3],
      [10, "followup", "그렇다면 여러 스레드가 같은 표를 고치면 어떻게 해야 할까?", 3],
      [12, "followup", "왜 해시 함수는 값을 고르게 퍼뜨려야 할까?", 3],
      [15, "qa", "적재율에 대해 설명해 주세요.", null],
      [20, "qa", "개방 주소법에 대해 설명해 주세요.", null],
      [24, "followup", "선형 탐사와 이차 탐사의 차이에 대해 설명해 주세요.", 20],
    ]);
    const answer = new Map(deck.cards.map((c) => [c.lineStart, c.answer]));
    expect(answer.get(7)).toBe("한 버킷에 매달린 항목이 여덟 개를 넘으면 균형 트리로 바꾸고, 여섯 개 아래로 줄면 다시 리스트로 돌린다.");
    expect(answer.get(10)).toBe("버킷 단위로 잠금을 나누면 서로 다른 버킷을 고치는 스레드는 서로 기다리지 않는다.");
    expect(answer.get(12)).toBe("값이 한 버킷에 몰리면 그 리스트만 길어져 조회가 선형 시간이 된다.");
    expect(answer.get(15)).toBe("_적재율은 왜 중요할까?_\n적재율이 높을수록 충돌이 잦아지므로 일정 값을 넘으면 표를 두 배로 늘린다.");
  });

  it("question sub-headings that name the topic they sit under follow it up; questions about other things under a heading stay a category", () => {
    const { cards } = parseFixture("named-subquestions.md");
    expect(cards).toEqual([
      [3, "qa", "페이지 테이블에 대해 설명해 주세요.", null],
      [7, "followup", "다시 정리하면?", 3],
      [11, "followup", "페이지 테이블은 어디에 저장되나요?", 3],
      [15, "followup", "페이지 테이블이 너무 크면 어떻게 하나요?", 3],
      [19, "qa", "자원 관리에 대해 설명해 주세요.", null],
      [23, "qa", "교착 상태가 생기는 조건은 무엇인가요?", null],
      [27, "qa", "스래싱은 왜 생기나요?", null],
      [31, "qa", "캐시 적중률을 높이려면?", null],
    ]);
  });

  it("sub-headings announced by a line ending in a colon are parts of the answer above them; a numbered run after '다음과 같다' stays topics of its own", () => {
    const { deck, cards } = parseFixture("announced-parts.md");
    expect(cards).toEqual([
      [3, "qa", "리뷰를 왜 할까?", null],
      [19, "qa", "정적 분석기에 대해 설명해 주세요.", null],
      [23, "qa", "차이 보기에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("이런 것을 얻는다:\n\n### 지식 공유\n\n");
    expect(deck.cards[0]!.answer).toContain("### 일관된 스타일\n\n같은 규칙을");
  });

  it("a facet written flat as the next sibling of a topic (접근 방법, 소스코드) explains that topic; terms defined as checks are no unanswered questions; the 설계 기법 heading over the two topics asks for both (category-overview.ts)", () => {
    const { deck, cards } = parseFixture("flat-facets.md");
    expect(cards).toEqual([
      [3, "qa", "설계 기법에 대해 설명해 주세요.", null],
      [5, "qa", "동적 계획법에 대해 설명해 주세요.", null],
      [14, "qa", "탐욕법에 대해 설명해 주세요.", null],
    ]);
    expect(deck.unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toContain("### 접근 방법\n\n1. 먼저 모든 경우를");
    expect(deck.cards[2]!.answer).toContain("- 최적 부분 구조 : 부분 문제의 최적해로");
    expect(deck.cards[2]!.answer).toContain("### 소스코드\n\n```py");
    expect(deck.cards[0]!.answer).toMatch(/^\*\*동적 계획법\*\*\n\n작은 문제의 답을[\s\S]*\n\n\*\*탐욕법\*\*\n\n매 단계에서/);
  });

  it("a checklist of short directives ('…할 것') answers its heading; a list of short noun phrases is an outline", () => {
    const { cards } = parseFixture("checklist-topics.md");
    expect(cards).toEqual([[11, "qa", "요청을 줄이자에 대해 설명해 주세요.", null]]);
  });

  it("a long heading that asks as a noun ('…개선하기 위한 방법') under an empty group heading is a question of its own, never the group's lead line", () => {
    const note = [
      "# HTML",
      "",
      "## 그 외",
      "",
      "### 이미지가 클 때 렌더링 속도를 개선하기 위한 방법", // 5
      "",
      "1. 이미지의 용량을 줄인다.",
      "2. 이미지 스프라이트를 활용한다.",
      "",
      "### SVG란?", // 10
      "",
      "SVG는 확장 가능한 벡터 그래픽이다.",
    ];
    expect(noteCards(note)).toEqual([
      [5, "qa", "이미지가 클 때 렌더링 속도를 개선하기 위한 방법에 대해 설명해 주세요.", null],
      [10, "qa", "SVG란?", null],
    ]);
  });
});

