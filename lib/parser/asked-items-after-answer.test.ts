/**
 * A question answered in its own words, then a list whose every item asks: those items
 * are its follow-ups (answered under themselves, or left for later), whether the question
 * is a heading or a bold line of a headingless note. Fixture notes in fixtures/asked-items/.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

const parsed = (name: string) => parseFixture(`asked-items/${name}`);

describe("questions listed after a question's own answer", () => {
  it("are the follow-ups of a bold question line, each with the answer under it; one without an answer waits", () => {
    const { deck, cards, unanswered } = parsed("bold-lines.md");
    expect(cards).toEqual([
      [1, "qa", "캐시가 무엇인지 설명해 주세요.", null],
      [5, "followup", "캐시 적중률은 어떻게 높이나요?", 1],
      [8, "followup", "캐시 일관성 문제는 왜 생기나요?", 1],
      [13, "qa", "가상 메모리가 무엇인지 설명해 주세요.", null],
      [17, "followup", "페이지 폴트는 언제 일어나나요?", 13],
    ]);
    expect(unanswered).toEqual([[7, "캐시 교체 정책의 예를 들어 주세요.", 1]]);
    // (the question keeps its own answer, without the follow-ups cut out of it)
    expect(deck.cards[0]!.answer).toBe("자주 쓰는 데이터를 가까운 곳에 복사해 두어 접근 시간을 줄이는 저장 공간입니다.");
    expect(deck.cards[2]!.answer).toBe("여러 코어가 같은 데이터의 복사본을 따로 들고 있기 때문입니다.");
  });

  it("are the follow-ups of a question heading; a list before any answer of its own, after a sentence leading into it or after code alone, with an item that does not ask or asks a bare facet, stays the answer", () => {
    const { deck, cards } = parsed("heading-lists.md");
    expect(cards).toEqual([
      [3, "qa", "데드락이 무엇인가요?", null],
      [7, "followup", "데드락의 네 가지 조건은 무엇인가요?", 3],
      [9, "followup", "데드락을 어떻게 예방하나요?", 3],
      [12, "qa", "스케줄링 알고리즘을 설명해 주세요.", null],
      [19, "qa", "컨텍스트 스위칭이 무엇인가요?", null],
      // (the list stays the answer, "- 비용이 크다" and all, but its one item that asks with an answer under it is a
      // question the notes raise on the way: raised-questions.ts)
      [23, "followup", "언제 일어나나요?", 19],
      [28, "qa", "페이지 교체 알고리즘을 설명해 주세요.", null],
      [37, "qa", "캐시란 무엇인가요?", null],
      [46, "qa", "힙 영역은 어떻게 생겼나요?", null],
    ]);
    expect(deck.cards[3]!.answer).toContain("FCFS는 무엇인가요?");
    expect(deck.cards[4]!.answer).toContain("비용이 크다");
  });

  it("take an answer written on the item's own line after a colon or an arrow, and a \"그렇다면 …?\" nested in a follow-up's answer follows that follow-up; a line counting the questions below is no card", () => {
    const { deck, cards, unanswered } = parsed("inline-and-nested.md");
    expect(cards).toEqual([
      [5, "qa", "프로세스와 스레드의 차이를 설명해 주세요.", null],
      [11, "followup", "스레드는 몇 개의 스택을 가지는가?", 5],
      [12, "followup", "프로세스 사이의 통신 방법은 무엇인가?", 5],
      [13, "followup", "멀티 스레드의 단점은 무엇인가?", 5],
      [16, "followup", "그렇다면 동기화 없이 공유 변수를 쓰면 어떤 일이 생기는가?", 13],
    ]);
    expect(unanswered).toEqual([]);
    expect(deck.cards[1]!.answer).toBe("1");
    expect(deck.cards[2]!.answer).toBe("파이프, 공유 메모리, 소켓");
    // (the follow-up keeps its own points, tab-indented in the note, as one flat list without the nested question)
    expect(deck.cards[3]!.answer).toBe("- 하나의 스레드가 죽으면 프로세스 전체가 죽을 수 있다\n- 공유 자원에 접근할 때 동기화가 필요하다");
    expect(deck.cards[4]!.answer).toBe("- 두 스레드가 같은 값을 읽고 따로 써서 한쪽의 갱신이 사라진다\n- 이를 경쟁 상태라고 부른다");
  });

  it("under a follow-up label too, an answer after the question's colon is that follow-up's answer", () => {
    const deck = parseNote([
      "## TCP와 UDP의 차이를 설명해 주세요.",
      "",
      "TCP는 연결을 맺고 순서와 도착을 보장하고, UDP는 연결 없이 빠르게 보냅니다.",
      "",
      "### 꼬리 질문",
      "",
      "- DNS는 주로 어느 쪽을 쓰는가? : UDP",
      "- 화상 통화는 어느 쪽이 알맞은가?",
      "  - 늦게 온 화면은 쓸모가 없으니 UDP가 알맞다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [1, "qa", "TCP와 UDP의 차이를 설명해 주세요.", "TCP는 연결을 맺고 순서와 도착을 보장하고, UDP는 연결 없이 빠르게 보냅니다."],
      [7, "followup", "DNS는 주로 어느 쪽을 쓰는가?", "UDP"],
      [8, "followup", "화상 통화는 어느 쪽이 알맞은가?", "- 늦게 온 화면은 쓸모가 없으니 UDP가 알맞다."],
    ]);
    expect(deck.unanswered).toEqual([]);
  });

  it("split no code at its '?:', take a full-width colon typed without a space, and leave nested steps that do not follow on inside the answer", () => {
    const deck = parseNote([
      "## 코틀린은 널 안정성을 어떻게 보장하나요?",
      "",
      "널이 될 수 있는 타입과 없는 타입을 나누어, 널이 될 수 있는 값은 검사 없이 쓰지 못하게 한다.",
      "",
      "### 꼬리 질문",
      "",
      "- 엘비스 연산자 ?: 는 언제 쓰나요?",
      "- 그럼 `b?: Int` 와 `b: Int?` 중 무엇을 쓰나요?",
      "- 널이 아님을 단언하는 연산자의 이름은?：느낌표 두 개(!!) 연산자",
      "- 스마트 캐스트는 어떻게 동작하나요?",
      "  - 컴파일러가 널 검사를 본 뒤 그 블록 안에서는 널이 아닌 타입으로 다룬다",
      "  - 그 다음은?",
      "    - 블록을 벗어나면 다시 널이 될 수 있는 타입으로 돌아간다",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [1, "qa", "코틀린은 널 안정성을 어떻게 보장하나요?", "널이 될 수 있는 타입과 없는 타입을 나누어, 널이 될 수 있는 값은 검사 없이 쓰지 못하게 한다."],
      [9, "followup", "널이 아님을 단언하는 연산자의 이름은?", "느낌표 두 개(!!) 연산자"],
      [10, "followup", "스마트 캐스트는 어떻게 동작하나요?", "- 컴파일러가 널 검사를 본 뒤 그 블록 안에서는 널이 아닌 타입으로 다룬다\n- 그 다음은?\n  - 블록을 벗어나면 다시 널이 될 수 있는 타입으로 돌아간다"],
    ]);
    expect((deck.unanswered ?? []).map((u) => [u.line, u.prompt])).toEqual([
      [7, "엘비스 연산자 ?: 는 언제 쓰나요?"],
      [8, "그럼 b?: Int 와 b: Int? 중 무엇을 쓰나요?"],
    ]);
  });

  it("keep an answer that starts by counting questions it goes on to give", () => {
    const deck = parseNote([
      "## 면접 끝에 궁금한 점을 물으면 어떻게 답하나요?",
      "",
      "아래 3가지 질문 중 하나를 준비해 가는 게 좋다. 팀의 코드 리뷰 문화, 배포 주기, 온보딩 방식을 묻는다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([
      [1, "면접 끝에 궁금한 점을 물으면 어떻게 답하나요?", "아래 3가지 질문 중 하나를 준비해 가는 게 좋다. 팀의 코드 리뷰 문화, 배포 주기, 온보딩 방식을 묻는다."],
    ]);
  });

  it("let a \"그렇다면 …?\" follow up a follow-up answered in one word, under it or on its line", () => {
    const deck = parseNote([
      "## 커넥션 풀은 왜 쓰나요?",
      "",
      "요청마다 데이터베이스 연결을 새로 맺으면 시간이 오래 걸려서, 미리 맺어 둔 연결을 빌려 쓰고 돌려준다.",
      "",
      "- 스프링 부트의 기본 커넥션 풀은 무엇인가요?",
      "  - HikariCP",
      "  - 그렇다면 풀 크기는 어떻게 정하나요?",
      "    - 동시에 처리할 요청 수와 데이터베이스가 버틸 연결 수를 함께 본다",
      "- 연결을 다 쓰면 어떻게 되나요? : 대기",
      "  - 그럼 얼마나 기다리나요?",
      "    - 설정한 시간만큼 기다리고, 넘으면 예외가 난다",
    ]);
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null, c.answer])).toEqual([
      [1, "qa", "커넥션 풀은 왜 쓰나요?", null, "요청마다 데이터베이스 연결을 새로 맺으면 시간이 오래 걸려서, 미리 맺어 둔 연결을 빌려 쓰고 돌려준다."],
      [5, "followup", "스프링 부트의 기본 커넥션 풀은 무엇인가요?", 1, "- HikariCP"],
      [7, "followup", "그렇다면 풀 크기는 어떻게 정하나요?", 5, "- 동시에 처리할 요청 수와 데이터베이스가 버틸 연결 수를 함께 본다"],
      [9, "followup", "연결을 다 쓰면 어떻게 되나요?", 1, "대기"],
      [10, "followup", "그럼 얼마나 기다리나요?", 9, "- 설정한 시간만큼 기다리고, 넘으면 예외가 난다"],
    ]);
  });
});
