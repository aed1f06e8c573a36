/** A team's note that opens with the questions it set, then answers them member by member. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards, parseNote as parse } from "@/test/helpers/parse-fixture";

const TEAM_NOTE = [
  "# ❔ 질문", // 1
  "1. 힙과 스택 메모리의 차이를 설명하시오.", // 2
  "2. 가비지 컬렉션이 필요한 이유는?", // 3
  "",
  "# ✏️ 작성자", // 5
  "- [민수, 지은](#민수-지은)",
  "- [하늘](#하늘)",
  "",
  "# 민수, 지은", // 9
  "## 힙과 스택 메모리의 차이를 설명하시오.", // 10
  "- 스택은 함수 호출마다 쌓이고 끝나면 사라지며, 힙은 동적으로 할당해 참조가 남는 동안 살아 있습니다.",
  "",
  "## 스택 오버플로는 언제 일어나나요?", // 13
  "- 재귀가 끝나지 않아 호출이 스택의 한도를 넘을 때 일어납니다.",
  "",
  "## 힙에 할당하는 비용이 더 큰 이유는 무엇인가요?", // 16
  "- 빈 공간을 찾고 관리하는 일이 들기 때문입니다.",
  "",
  "## 가비지 컬렉션이 필요한 이유를 설명하시오.", // 19
  "- 쓰지 않는 객체의 메모리를 사람이 일일이 풀지 않아도 되도록 런타임이 회수합니다.",
  "",
  "## 세대별 수집은 무엇인가요?", // 22
  "- 새로 만든 객체는 대부분 금방 버려진다는 관찰에 기대어 젊은 영역을 자주 수집합니다.",
  "",
  "# 하늘", // 25
  "## 메모리 누수는 왜 생기나요?", // 26
  "- 필요 없는 객체를 참조가 계속 붙잡고 있으면 수집되지 않습니다.",
  "",
  "## 힙과 스택의 차이를 설명하시오.", // 29
  "- 스택은 호출 단위로 자동 정리되고 힙은 수집기가 정리합니다.",
  "",
  "## 약한 참조를 만드는 방법", // 32
  "- WeakReference로 감싸면 수집을 막지 않는 참조가 됩니다.",
  "",
  "## 약한 참조는 언제 쓰나요?", // 35
  "- 캐시처럼 없어져도 다시 만들 수 있는 값을 들고 있을 때 씁니다.",
];

describe("a note opening with the questions it set", () => {
  it("a question heading the list does not name follows the listed one before it, under the same member", () => {
    expect(cards(TEAM_NOTE).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [10, "qa", null],
      [13, "followup", 10],
      [16, "followup", 10],
      [19, "qa", null],
      [22, "followup", 19],
      // (a member's own question before any listed one is a question of its own)
      [26, "qa", null],
      [29, "qa", null],
      // (a topic of the member's own ends the run: the question after it is asked of that topic, not of 29)
      [32, "qa", null],
      [35, "qa", null],
    ]);
  });

  it("a listed question answered under other words is not listed as unanswered", () => {
    expect(parse(TEAM_NOTE).unanswered).toEqual([]);
  });

  it("keeps each card's id: a question only retyped as a follow-up is the same card to a re-import", () => {
    const plain = parse(TEAM_NOTE.map((l, i) => (i < 3 ? "" : l)));
    const indexed = parse(TEAM_NOTE);
    expect(indexed.cards.map((c) => c.id)).toEqual(plain.cards.map((c) => c.id));
  });
});

describe("what is not an opening list", () => {
  it("question headings in a note without a list stay questions of their own", () => {
    const bare = TEAM_NOTE.slice(8);
    expect(cards(bare).every(([, kind]) => kind === "qa")).toBe(true);
  });

  it("a list whose questions no heading answers leaves every heading a question and every listed question unanswered", () => {
    const unrelated = ["# 질문", "1. 해시 충돌은 어떻게 해결하나요?", "", ...TEAM_NOTE.slice(8)];
    const deck = parse(unrelated);
    expect(deck.cards.every((c) => c.kind === "qa")).toBe(true);
    expect(deck.unanswered!.map((u) => u.prompt)).toEqual(["해시 충돌은 어떻게 해결하나요?"]);
  });

  it("the words every request shares name nothing: two topics asked the same way are not the same question", () => {
    const requests = ["# 면접 질문", "1. 옮기려는 이유에 대해 설명해 주세요.", "2. 자신의 장점에 대해 설명해 주세요.", "", "## 이직 사유에 대해 설명해 주세요.", "더 큰 서비스를 운영하며 트래픽을 다루는 경험을 쌓고 싶습니다."];
    expect(parse(requests).unanswered!.map((u) => u.line)).toEqual([2, 3]);
  });

  it("how a question asks names nothing either: \"…에 대하여 설명하시오\" asked of two things are two questions", () => {
    const asked = ["# 질문", "1. Context에 대하여 설명하시오", "", "## Intent에 대하여 설명하시오", "다른 컴포넌트에 작업을 요청할 때 쓰는 메시지 객체다.", "", "## 브로드캐스트는 언제 쓰나요?", "시스템 전체에 알릴 일이 생겼을 때 여러 앱이 받게 합니다."];
    const deck = parse(asked);
    expect(deck.cards.map((c) => c.kind)).toEqual(["qa", "qa"]);
    expect(deck.unanswered!.map((u) => u.line)).toEqual([2]);
  });

  it("a question heading left unanswered above the first answer is no list", () => {
    const headings = ["# Context에 대하여 설명하시오", "", "## Application Context", "", "## Activity Context", "", "# Context를 설명하시오", "", "애플리케이션 전체의 정보에 접근하는 창구다.", "", "# 브로드캐스트는 언제 쓰나요?", "", "시스템 전체에 알릴 일이 생겼을 때 여러 앱이 받게 합니다."];
    expect(cards(headings).map(([line, kind]) => [line, kind])).toEqual([
      [7, "qa"],
      [11, "qa"],
    ]);
  });
});


describe("second reader's notes on the opening list", () => {
  it("a question bank under one title whose contents list is out of date keeps its extra questions as questions", () => {
    const bank = [
      "# Spring 질문 은행", // 1
      "", "## 질문 리스트", "- IoC란 무엇인가요?", "- DI의 장점은 무엇인가요?", "",
      "## IoC란 무엇인가요?", // 7
      "객체의 생성과 연결을 컨테이너가 맡는 것입니다.", "",
      "## Bean의 스코프에는 무엇이 있나요?", // 10
      "싱글톤과 프로토타입, 요청과 세션 스코프가 있습니다.", "",
      "## 의존성 주입을 하면 무엇이 좋은가요?", // 13
      "객체가 협력자를 직접 만들지 않아 바꾸기 쉽고 시험하기 쉽습니다.",
    ];
    expect(cards(bank).map(([line, kind]) => [line, kind])).toEqual([
      [7, "qa"],
      [10, "qa"],
      [13, "qa"],
    ]);
  });

  it("questions sharing how they ask but not what they ask about are two questions, and short ones are told apart by all their letters", () => {
    const listed = ["# 질문", "1. 스레드 풀을 사용하는 이유는?", "2. HTTPS란?", "", "# 지은", "## 커넥션 풀을 사용하는 이유는?", "연결을 맺는 비용을 줄이려고 미리 만들어 둔 연결을 빌려 씁니다.", "", "## HTTP란?", "웹에서 문서를 주고받는 규약입니다.", "", "# 하늘", "## 커넥션 풀의 크기는 어떻게 정하나요?", "동시에 처리할 요청 수와 데이터베이스가 버틸 연결 수를 함께 봅니다."];
    const deck = parse(listed);
    expect(deck.unanswered!.map((u) => u.line)).toEqual([2, 3]);
    expect(deck.cards.every((c) => c.kind === "qa")).toBe(true);
  });
});
