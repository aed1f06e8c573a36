/**
 * Follow-up and question shapes in the dresses real notes use, on fixture
 * notes written for these tests (lib/parser/fixtures). Each test pins the
 * whole deck: [line, kind, prompt, parent's line] per card, and the
 * unanswered questions as [line, prompt, parent's line].
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

function parsed(name: string) {
  const deck = parseDeck(readFileSync(path.join(__dirname, "fixtures", name), "utf8"), { path: name });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return {
    deck,
    cards: deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null]),
    unanswered: (deck.unanswered ?? []).map((u) => [u.line, u.prompt, u.parentId ? lineOf.get(u.parentId)! : null]),
  };
}

describe("follow-up and question shapes", () => {
  it("follow-up lists: answers in sub-bullets or in the paragraph after a numbered question; unanswered ones keep their topic", () => {
    const { cards, unanswered } = parsed("followup-lists.md");
    expect(cards).toEqual([
      [3, "qa", "TCP 연결 수립에 대해 설명해 주세요.", null],
      [9, "followup", "왜 두 번이 아니라 세 번인가요?", 3],
      [11, "followup", "SYN flooding은 무엇인가요?", 3],
      [16, "script", "UDP에 대해 설명해 주세요.", null],
      [20, "followup", "UDP로 신뢰성을 얻으려면 어떻게 하나요?", 16],
      [24, "followup", "스트리밍에서 UDP를 쓰는 이유는?", 16],
      [28, "qa", "흐름 제어에 대해 설명해 주세요.", null],
      [34, "followup", "흐름 제어와 혼잡 제어는 어떻게 다른가요?", 28],
      [38, "followup", "슬라이딩 윈도는 어떻게 동작하나요?", 28],
      [44, "qa", "HTTP 버전에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([[42, "윈도 크기가 0이 되면 어떻게 되나요?", 28], [50, "HTTP/2의 헤더 압축은 어떻게 이루어지나요?", 44], [51, "HTTP/3가 TCP를 버린 이유는?", 44]]);
  });

  it("follow-up headings after an empty label, a <summary> label, bold questions under 'Deep한 꼬리 질문', a numbered '4-1. 꼬리 질문' table", () => {
    const { cards, unanswered } = parsed("followup-headings.md");
    expect(cards).toEqual([
      [3, "qa", "교착 상태란 무엇인가요?", null],
      [9, "followup", "교착 상태의 네 가지 조건은?", 3],
      [13, "followup", "예방과 회피는 어떻게 다른가요?", 3],
      [17, "qa", "세마포어와 뮤텍스의 차이는?", null],
      [24, "followup", "이진 세마포어는 뮤텍스와 같나요?", 17],
      [29, "steps", "컨텍스트 스위칭 과정을 설명해주세요", null],
      [37, "followup", "스레드 전환이 프로세스 전환보다 싼 이유는?", 29],
      [45, "script", "가상 메모리에 대해 설명해 주세요.", null],
      [51, "followup", "페이지 크기가 크면 무엇이 좋아지나요?", 45],
      [52, "followup", "스래싱은 왜 일어나나요?", 45],
    ]);
    expect(unanswered).toEqual([[41, "컨텍스트 스위칭이 너무 잦으면 어떤 문제가 생기나요?", 29]]);
  });

  it("question sub-headings, Q./A. and 질문/답변 headings, reveal labels after list items and Q3) lines, '추가 질문 N' with a plain question paragraph, a title question over question lists, '그렇다면 …?' items", () => {
    const { cards, unanswered } = parsed("question-dresses.md");
    expect(cards).toEqual([
      [5, "script", "해시 테이블에 대해 설명해 주세요.", null],
      [9, "followup", "충돌은 어떻게 해결하나요?", 5],
      [13, "followup", "체이닝의 단점은 무엇인가요?", 5],
      [21, "qa", "이진 탐색 트리의 시간 복잡도는?", null],
      [29, "qa", "균형 트리가 필요한 이유를 설명하시오.", null],
      [37, "qa", "힙에서 최댓값을 꺼내는 데 걸리는 시간은?", null],
      [45, "qa", "힙 정렬은 안정 정렬인가요?", null],
      [57, "qa", "DFS와 BFS 중 최단 경로에 쓰는 것은?", null],
      [63, "qa", "위상 정렬은 어떤 그래프에서 가능한가요?", null],
      [71, "qa", "퀵 정렬은 왜 빠른가요?", null],
      [73, "followup", "그렇다면 최악의 경우는 언제인가요?", 71],
    ]);
    expect(unanswered).toEqual([[17, "적재율이 높아지면 어떻게 하나요?", 5]]);
  });

  it("quoted 'Q:' follow-ups, '“…?” → answer' items, a follow-up section inside a reveal <details>, **A.** answers, '질문:' lines", () => {
    const { deck, cards, unanswered } = parsed("followup-quotes-arrows.md");
    const answerAt = (line: number) => deck.cards.find((c) => c.lineStart === line)!.answer;
    expect(answerAt(9)).toBe("핵심: 서버가 상태를 들고 있지 않아서 만료 전까지 유효하기 때문이다.");
    expect(answerAt(15)).not.toContain("preflight");
    expect(answerAt(24)).toBe("단순 요청이 아닌 메서드나 헤더를 쓸 때 OPTIONS로 먼저 묻습니다.");
    expect(answerAt(31)).toBe("다른 사이트에서 시작된 요청에 쿠키가 따라가는 것을 막아 CSRF 위험을 줄입니다.");
    expect(answerAt(46)).toBe("역할이 늘어나면 조합이 폭발합니다.");
    expect(cards).toEqual([
      [3, "qa", "인증 정리의 핵심 개념에 대해 설명해 주세요.", null],
      [9, "followup", "토큰을 서버에서 바로 무효화하기 어려운 이유는?", 3],
      [12, "followup", "리프레시 토큰은 어디에 두나요?", 3],
      [15, "qa", "CORS는 왜 필요한가요?", null],
      [24, "followup", "preflight 요청은 언제 보내나요?", 15],
      // the note writes a follow-up label after each topic: the second label follows the topic right before it (was the deck's first card, by fallback)
      [31, "followup", "쿠키의 SameSite 속성은 무엇을 막나요?", 15],
      [35, "followup", "JWT 서명 키가 유출되면 어떻게 하나요?", 15],
      [39, "qa", "권한 검사는 어느 계층에서 해야 하나요?", null],
      [46, "followup", "역할 기반 접근 제어의 한계는?", 39],
      [47, "followup", "속성 기반 접근 제어는 언제 쓰나요?", 39],
    ]);
    expect(unanswered).toEqual([]);
  });

  it("'질문'/'답변' labels as headings, list items and bold lines; sibling question headings after a follow-up label with an intro line", () => {
    const { cards, unanswered } = parsed("ask-labels.md");
    expect(cards).toEqual([
      [4, "qa", "가비지 컬렉션은 언제 일어나나요?", null],
      [17, "qa", "스트림은 한 번만 쓸 수 있나요?", null],
      [23, "qa", "병렬 스트림은 언제 쓰나요?", null],
      [32, "qa", "체크 예외와 언체크 예외의 차이는?", null],
      [36, "qa", "try-with-resources는 무엇을 해 주나요?", null],
      [40, "qa", "제네릭에 대해 설명해 주세요.", null],
    ]);
    expect(unanswered).toEqual([[10, "스톱 더 월드는 왜 생기나요?", 4], [11, "G1 컬렉터는 무엇이 다른가요?", 4], [45, "타입 소거란 무엇인가요?", 40], [46, "와일드카드는 언제 쓰나요?", 40]]);
  });

  it("an opening italic question over sub-sections, question sub-headings of an explained topic, a quoted bold question inside an answer, nested sub-questions, a resource list, a bold question item among notes, a '의문점들' label, an answer that only points to a post", () => {
    const { deck, cards, unanswered } = parsed("nested-questions.md");
    expect(cards).toEqual([
      [3, "qa", "주소창에 주소를 입력하면 화면이 그려지기까지 어떤 일이 일어나는가?", null],
      [15, "qa", "캐싱에 대해 설명해 주세요.", null],
      [19, "followup", "캐시를 무효화하려면 어떻게 하나요?", 15],
      [23, "followup", "ETag는 무엇인가요?", 15],
      [27, "qa", "쿠키는 어떻게 동작하나요?", null],
      [31, "followup", "HttpOnly 속성은 왜 쓰나요?", 27],
      [48, "script", "인덱스에 대해 설명해 주세요.", null],
      [51, "followup", "인덱스를 많이 만들면 왜 안 좋나요?", 48],
      // (its "### 개념" then only a follow-up label: the definition is the topic's own answer, defined-before-followups.ts)
      [54, "qa", "트랜잭션에 대해 설명해 주세요.", null],
      [62, "followup", "트랜잭션이 길면 무엇이 문제인가요?", 54],
    ]);
    // (the sub-question nested under an unanswered listed question is listed too)
    expect(unanswered).toEqual([[37, "웹 소켓은 언제 쓰나요?", null], [38, "HTTP 폴링과는 무엇이 다른가요?", null], [39, "CORS 오류는 왜 나나요?", null], [66, "정규화란 무엇인가?", null]]);
    expect(deck.cards[0]!.answer).toContain("### 렌더링 단계");
  });

  it("a deck-level Follow-up goes to the topic it names even when the topic is written 'X란 …?' ('캐시란' shares '캐시' with '캐시는')", () => {
    const { cards } = parsed("deck-followups-topic-particle.md");
    expect(cards).toEqual([
      [1, "qa", "교착 상태가 생기는 조건은 무엇인가요?", null],
      [5, "qa", "캐시란 무엇인가요?", null],
      [11, "followup", "브라우저 캐시는 언제 비워지나요?", 5],
    ]);
  });

  it("a deck-level '꼬리 질문' after numbered question headings follows the one just before it, sharing no words with either", () => {
    const { cards } = parsed("followup-label-after-questions.md");
    expect(cards).toEqual([
      [1, "qa", "힙과 스택 메모리의 차이는?", null],
      [5, "qa", "가비지 컬렉션이란?", null],
      [11, "followup", "Stop-the-world는 언제 일어나나요?", 5],
    ]);
  });

  it("under a question-collection title the questions stand side by side, and a later follow-up finds the one it shares words with", () => {
    const { cards } = parsed("followups-under-question-collection.md");
    expect(cards).toEqual([
      [3, "qa", "인덱스란?", null],
      [6, "qa", "트랜잭션 격리 수준의 종류는?", null],
      [11, "followup", "인덱스를 많이 만들면 생기는 문제는?", 3],
    ]);
  });

  it("a '꼬리 질문' fold inside a folded answer is a label: the questions in it follow the question up, each on its own line", () => {
    const { deck, cards } = parsed("followup-label-fold-in-answer.md");
    expect(cards).toEqual([
      [1, "qa", "JPA N+1 문제는 무엇이고 어떻게 푸나요?", null],
      [9, "followup", "fetch join의 한계는?", 1],
      [11, "followup", "배치 크기 설정은 어떻게 동작하나요?", 1],
    ]);
    expect(deck.cards[0]!.answer).toBe("연관 엔티티를 읽을 때 쿼리가 N번 더 나가는 문제다. fetch join으로 한 번에 읽는다.");
  });

  it("a noun sub-heading wearing the mark the note puts on its questions is the next question; a mark on every heading says nothing", () => {
    const marked = parsed("marked-subheadings.md");
    expect(marked.cards).toEqual([
      [3, "qa", "캐시와 버퍼의 차이를 설명해 주세요", null],
      [8, "followup", "캐시 적중률을 높이는 방법에 대해 설명해 주세요.", 3],
      [19, "qa", "DNS 조회 과정에 대해 설명해주세요", null],
    ]);
    // ("#### 정리", unmarked, stays a part of the answer above it)
    expect(marked.deck.cards[0]!.answer).toContain("두 개념 모두 속도 차이를 메우기 위한 장치입니다.");
    // (nor does a bare "#### ✅ 장점": marked or not, it is a part of the answer)
    expect(marked.deck.cards[2]!.answer).toContain("#### ✅ 장점");
    const everywhere = parsed("marked-everywhere.md");
    expect(everywhere.cards).toEqual([
      [3, "qa", "프로세스 스케줄링에 대해 설명해 주세요", null],
      [15, "qa", "교착 상태란 무엇인가요?", null],
      [21, "script", "페이징에 대해 설명해 주세요.", null],
    ]);
    expect(everywhere.deck.cards[0]!.answer).toContain("비선점형 스케줄링");
  });

  it("'그럼 …?' after a follow-up goes back to the main question when it shares more words with it; a chain of '그럼' stays; '+) …?' follows the question before it", () => {
    const { cards } = parsed("so-then-followups.md");
    expect(cards).toEqual([
      [5, "script", "캐시 교체 정책에 대해 설명해 주세요.", null],
      [7, "followup", "LFU와 무슨 차이?", 5],
      [11, "followup", "그럼 교체 정책은 캐시 크기와 상관없이 LRU를 쓰면 되나요?", 5],
      [17, "script", "LRU에 대해 설명해 주세요.", null],
      [19, "followup", "LRU는 어떻게 구현하나요?", 17],
      [23, "followup", "그럼 LRU 갱신 비용은 얼마나 드나요?", 19],
      [27, "followup", "그렇다면 잠금 경합은 어떻게 줄이나요?", 23],
      [33, "qa", "쓰기 정책의 차이를 설명해주세요.", null],
      [37, "followup", "각각의 장단점?", 33],
    ]);
  });

  it("'## (꼬리질문) …?' headings after a title question follow it, a '그럼' one the question before it", () => {
    const { cards } = parsed("bracket-marked-followups.md");
    expect(cards).toEqual([
      [2, "script", "브라우저에 주소를 입력하면 일어나는 일에 대해 설명해 주세요.", null],
      [6, "followup", "DNS란 무엇인가요?", 2],
      [9, "followup", "WAS란 무엇인가요?", 2],
      [12, "followup", "그럼 WAS만 있으면 되나요?", 9],
    ]);
  });

  it("a question heading under a part of a question's answer ('# …설명하시오' > '## Activity' > '### …?') follows that question", () => {
    const { cards, deck } = parsed("question-over-parts.md");
    expect(cards).toEqual([
      [3, "qa", "액티비티 생명주기에 대하여 설명하시오", null],
      [9, "followup", "onRestart는 언제 호출되나요?", 3],
    ]);
    expect(deck.cards[0]!.answer).toContain("## Fragment");
  });
  it("an H1 below other headings is one more topic, not the note's title: a question sub-heading naming it follows it", () => {
    const { cards, deck } = parsed("late-h1-topic.md");
    expect(cards).toEqual([
      [1, "qa", "캐시에 대해 설명해 주세요.", null],
      [8, "qa", "CDN에 대해 설명해 주세요.", null],
      [11, "followup", "CDN은 왜 캐시 무효화가 어려운가?", 8],
      [14, "qa", "CDN 요금 구조에 대해 설명해 주세요.", null],
    ]);
    expect(deck.deck.title).toBe("late-h1-topic");
  });
  it("a note-level '꼬리 질문' after many topics drills the topic each question names; '### 문제 1' over a question line asks that line", () => {
    const { cards } = parsed("study-day-note.md");
    expect(cards).toEqual([
      [1, "qa", "3일차 — 네트워크 기초 정리에 대해 설명해 주세요.", null],
      [5, "qa", "TCP 흐름 제어에 대해 설명해 주세요.", null],
      [8, "qa", "DNS 캐시에 대해 설명해 주세요.", null],
      [12, "followup", "흐름 제어에서 윈도 크기가 0이 되면 어떻게 되나요?", 5],
      [15, "followup", "DNS 캐시의 TTL이 너무 길면 무엇이 문제인가요?", 8],
      [19, "qa", "TCP가 흐름 제어에 쓰는 값은?", null],
    ]);
    // (its choices, before the answer's label, are what it shows: question-material.ts)
    expect(parsed("study-day-note.md").deck.cards.at(-1)).toMatchObject({ given: "- A. TTL\n- B. 윈도 크기", answer: "**정답: B**" });
  });
  it("a fold opened at the margin and closed by an indented '</details>' after a nested fold still closes; an author's 'new String( )' keeps its brackets", () => {
    const { cards, deck } = parsed("indented-fold-closer.md");
    expect(cards).toEqual([
      [3, "qa", "불변 객체가 무엇인지 설명해주세요.", null],
      [10, "followup", "필드가 참조 타입이면 무엇을 더 해야 하나요?", 3],
      [19, "qa", "new String( ) 과 리터럴의 차이를 설명해주세요.", null],
    ]);
    expect(deck.warnings.filter((w) => /닫히지 않은/.test(w.message))).toEqual([]);
  });
  it("'6-1.' under '6. …' is a follow-up of that question, a noun too; two follow-ups pasted the same answer are both kept", () => {
    const { cards } = parsed("numbered-sub-items.md");
    expect(cards).toEqual([
      [3, "qa", "추상 클래스란?", null],
      [7, "followup", "추상 클래스의 용도에 대해 설명해 주세요.", 3],
      [11, "qa", "스레드 풀은 왜 쓰나요?", null],
      [15, "followup", "작업이 몰리면 어떻게 되나요?", 11],
      [19, "followup", "큐가 가득 차면 어떻게 되나요?", 11],
    ]);
  });

  it("two folds that ask apart keep both cards when the author pasted one answer under both", () => {
    const { cards } = parsed("pasted-fold-answers.md");
    expect(cards).toEqual([
      [9, "qa", "호이스팅이 뭔가요?", null],
      [20, "qa", "클로저가 뭔가요?", null],
      [27, "qa", "클로저는 어디에 쓰나요?", null],
    ]);
  });

  it("a question item's nested items that ask with their own answers are its follow-ups; sub-questions that make up the whole answer stay its outline; a tag before a question heading goes", () => {
    const { cards } = parsed("nested-item-followups.md");
    expect(cards).toEqual([
      [5, "qa", "이벤트 루프에 대해 설명해주세요.", null],
      [7, "followup", "마이크로태스크와 매크로태스크는 어떤 순서로 실행되나요?", 5],
      [9, "qa", "제너레이터에 대해 설명해주세요.", null],
      [11, "followup", "제너레이터와 async 함수는 무엇이 다른가요?", 9],
      [17, "qa", "자바스크립트의 실행 모델을 설명해주세요.", null],
      [25, "qa", "Web Worker 는 언제 쓰나요?", null],
      [29, "qa", "Node.js 에서도 이벤트 루프가 같은가요?", null],
    ]);
    const { deck } = parsed("nested-item-followups.md");
    // (the parent keeps the rest of its own answer, around the follow-up cut out of it)
    expect(deck.cards[2]!.answer).toBe("- 실행을 멈췄다가 이어서 할 수 있는 함수로, yield 로 값을 하나씩 내보냅니다.\n- 무한 수열도 필요한 만큼만 만들 수 있습니다.");
  });
});


describe("folds inside folds", () => {
  it("a '답변' fold inside a question's fold is its answer; one under a '<li> 그럼 …?' in a '꼬리 질문' fold answers that follow-up; a topic fold's <h2> questions are its questions", () => {
    const { deck, cards } = parsed("nested-reveal-folds.md");
    expect(cards).toEqual([
      [3, "qa", "가비지 컬렉터는 무엇을 하나요?", null],
      [11, "followup", "그럼 어떤 객체를 치울지 어떻게 아나요?", 3],
      [17, "followup", "Stop-The-World가 무엇인가요?", 3],
      [28, "qa", "인터페이스와 추상 클래스는 어떻게 다른가요?", null],
      [39, "qa", "해시 테이블은 어떻게 값을 찾나요?", null],
      [45, "qa", "충돌은 어떻게 처리하나요?", null],
      [54, "qa", "TCP란 무엇인가요?", null],
      [66, "qa", "Minor GC는 언제 일어나나요?", null],
      [73, "followup", "그럼 Major GC는 언제 일어나나요?", 66],
    ]);
    expect(deck.cards.map((c) => c.answer)).toEqual([
      "더 이상 참조되지 않는 객체를 찾아 힙에서 치워 메모리를 돌려줍니다.",
      "루트에서 닿는 객체를 표시하고, 표시되지 않은 객체를 쓸어 냅니다.",
      "수집하는 동안 애플리케이션 스레드를 모두 멈추는 것입니다.",
      "인터페이스는 구현을 강제하는 약속이고, 추상 클래스는 상태와 일부 구현을 물려줍니다.",
      "<h3>📝 나의 대답</h3>\n\n- 키를 해시 함수에 넣어 나온 버킷 번호로 바로 찾아갑니다.",
      "<h3>📝 나의 대답</h3>\n\n- 체이닝으로 같은 버킷에 목록을 달거나, 개방 주소법으로 빈 칸을 찾아갑니다.",
      // (a statement before "그렇다면 …?" makes that line the answer's, so the fold under it answers the question it is in, in place)
      "연결을 맺고 순서와 도착을 보장하는 프로토콜입니다. 그렇다면 UDP와는 어떻게 다를까요?\n\nUDP는 연결 없이 보내므로 빠르지만 순서와 도착을 보장하지 않습니다.",
      // (the emptied list item leaves nothing behind)
      "Eden 영역이 가득 차면 일어납니다.",
      "Old 영역이 가득 차면 일어납니다.",
    ]);
    expect(deck.warnings).toEqual([]);
  });
});

describe("questions asked only if the answer went there", () => {
  it("'(캐시를 언급했으면) …?' in a numbered mock interview follows up the question before it, not the conditional one", () => {
    const md = [
      "# 모의 면접",
      "",
      "1. 웹 서버는 무엇이고 어떤 것이 있나요?",
      "   HTTP 요청을 받아 정적인 문서를 돌려주는 서버입니다. Apache, Nginx가 있습니다.",
      "",
      "2. (Nginx를 언급했으면) 리버스 프록시는 왜 쓰나요?",
      "   내부 서버를 감추고 부하를 나누며 TLS를 대신 처리하기 위해 씁니다.",
      "",
      "3. (프록시를 설명할 때 캐시를 말했다면) 웹 캐시는 왜 쓰나요?",
      "   같은 응답을 가까이에 두어 서버 부하와 지연을 줄이기 위해 씁니다.",
      "",
      "4. HTTPS는 어떻게 동작하나요?",
      "   인증서로 서버를 확인하고 대칭키를 나눠 가진 뒤 그 키로 암호화해 주고받습니다.",
      "",
    ].join("\n");
    const deck = parseDeck(md, { path: "mock.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [3, "qa", "웹 서버는 무엇이고 어떤 것이 있나요?", null],
      // (the condition stays in the prompt: it says when the interviewer asks)
      [6, "followup", "(Nginx를 언급했으면) 리버스 프록시는 왜 쓰나요?", 3],
      [9, "followup", "(프록시를 설명할 때 캐시를 말했다면) 웹 캐시는 왜 쓰나요?", 3],
      [12, "qa", "HTTPS는 어떻게 동작하나요?", null],
    ]);
  });
});

describe("a note-level follow-up naming a topic as fully as the title does", () => {
  it("follows the topic, the narrower of the two, not the note's own card", () => {
    const md = [
      "# Day 3 — Protocol Oriented Programming & Generics",
      "",
      "오늘은 프로토콜 지향 프로그래밍과 제네릭을 정리한다. 둘 다 Swift 면접에서 자주 나온다.",
      "",
      "## 1. Protocol Oriented Programming이란?",
      "",
      "상속 대신 프로토콜과 기본 구현으로 동작을 조립하는 방식이다.",
      "",
      "## 2. Generics란?",
      "",
      "타입을 매개변수로 받아 하나의 구현을 여러 타입에 쓰는 기능이다.",
      "",
      "## 💬 꼬리 질문",
      "",
      "### Q1. Protocol Oriented Programming이 뭔가요?",
      "",
      "프로토콜로 동작을 나누고 extension으로 기본 구현을 주는 설계입니다.",
      "",
    ].join("\n");
    const deck = parseDeck(md, { path: "day3.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", null],
      [5, "qa", null],
      [9, "qa", null],
      [15, "followup", 5],
    ]);
  });
});

describe("follow-up headings marked '꼬리질문 대비 N —'", () => {
  it("each follows the topic above it, asked as written inside its quotes (a note after them aside), or asked to explain a topic it only names", () => {
    const { cards } = parsed("marked-followup-headings.md");
    expect(cards).toEqual([
      // (the spoken explanation is the topic's card, from its first line)
      [5, "script", "그래프 자료구조와 두 가지 구현 방법에 대해 설명해 주세요.", null],
      [7, "followup", "간선이 아주 많으면 어떤 구현이 효율적일까요?", 5],
      [11, "followup", "트리에서의 최단거리에 대해 설명해 주세요.", 5],
      [15, "followup", "모든 언어에 이 개념이 있나요?", 5],
    ]);
  });
});

describe("follow-ups still to be answered", () => {
  it("a \"꼬리 질문\" fold inside a question's fold or after it lists its unanswered questions under that question (the label is never one), and answers the answered ones", () => {
    const { cards, unanswered } = parsed("unanswered-followup-folds.md");
    expect(cards).toEqual([
      [3, "qa", "TCP와 UDP의 차이는?", null],
      [17, "qa", "HTTP란?", null],
      [34, "qa", "DNS는 어떤 포트를 쓰나요?", null],
      [44, "followup", "응답이 512바이트를 넘으면?", 34],
    ]);
    expect(unanswered).toEqual([
      [11, "UDP로 신뢰성을 보장하려면?", 3],
      [12, "TCP의 흐름 제어는 어떻게 하나요?", 3],
      [24, "HTTP/2에서 바뀐 점은?", 17],
      [30, "keep-alive란?", 17],
      [46, "DNS over HTTPS는 왜 쓰나요?", 34],
    ]);
  });

  it("a \"꼬리 질문\" fold among a follow-up section's questions is a label over more of them, not a card", () => {
    const { cards, unanswered } = parsed("label-fold-among-followups.md");
    expect(cards).toEqual([
      [3, "qa", "HTTP란?", null],
      [14, "followup", "응답이 512바이트를 넘으면?", 3],
    ]);
    expect(unanswered).toEqual([
      [9, "keep-alive란?", 3],
      [16, "DNS over HTTPS는 왜 쓰나요?", 3],
    ]);
  });
});

describe("a follow-up marked '(꼬리질문)' as an item of a fold's answer list", () => {
  it("is a follow-up of the fold's question, answered by the lines under it, and leaves the answer", () => {
    const { deck, cards } = parsed("bracketed-followup-item.md");
    expect(cards).toEqual([
      [5, "qa", "부모가 리렌더링되면 자식도 리렌더링 되나요?", null],
      [9, "followup", "자식 컴포넌트의 리렌더링을 방지하는 방법은 무엇이 있을까요? (최적화)", 5],
      [17, "qa", "React의 주요 특징에 대해 설명해주세요.", null],
      [23, "followup", "라이브러리와 프레임워크의 차이점을 설명해주세요.", 17],
    ]);
    expect(deck.cards[2]!.answer).toBe("- React는 UI를 만들기 위한 JavaScript 라이브러리입니다.\n\n  단방향 데이터 흐름이 있습니다.");
    expect(deck.cards[3]!.answer).toBe("라이브러리와 프레임워크의 차이는 제어 흐름에 대한 주도권이 누구에게 있는가에 있습니다.");
  });
});

describe("a \"질문사항\" section after a note's explanation", () => {
  it("its numbered question headings follow up the topic it closes", () => {
    const deck = parseDeck(
      [
        "# TCP",
        "",
        "연결을 맺고 순서와 도착을 보장하는 전송 계층 프로토콜이다.",
        "",
        "## **질문사항**",
        "",
        "### *Q1. 데이터를 한 번에 보내기도 하나요?*",
        "",
        "받는 쪽이 처리할 수 있는 만큼 윈도우 크기로 나눠 보냅니다.",
        "",
        "### *Q2. 소켓과 TCP는 무엇이 다른가요?*",
        "",
        "소켓은 연결의 끝점이고 TCP는 그 위에서 쓰는 통신 규약입니다.",
      ].join("\n"),
      { path: "tcp.md" },
    );
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", "TCP에 대해 설명해 주세요.", null],
      [7, "followup", "데이터를 한 번에 보내기도 하나요?", 1],
      [11, "followup", "소켓과 TCP는 무엇이 다른가요?", 1],
    ]);
  });
});
