/**
 * Text of a topic beside the cards its body made (fixtures/text-beside-questions.md):
 * a sentence defining the topic before its question rows is the topic's card, the rows its
 * follow-ups; text beside questions that defines nothing makes a warning, never dropped unseen; a
 * long explanation beside a labelled "과정" list is the topic's answer; a lead-in line
 * beside one stays out, as the seed's does.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

const NAME = "text-beside-questions.md";
const deck = parseFixture(NAME).deck;

describe("text beside a body's cards", () => {
  it("cards: the tree defined and its rows as follow-ups, the heap's explanation and its steps, the stack's steps", () => {
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [3, "qa", "트리에 대해 설명해 주세요.", null],
      [9, "followup", "이진 탐색 트리의 최악 시간 복잡도는?", 3],
      [10, "followup", "균형 트리의 예는?", 3],
      [12, "qa", "힙에 대해 설명해 주세요.", null],
      [20, "steps", "힙의 과정을 단계별로 설명해 주세요.", null],
      [30, "steps", "스택의 과정을 단계별로 설명해 주세요.", null],
    ]);
    expect(deck.cards[0]!.answer).toBe("계층 구조를 표현하는 자료구조입니다.");
    expect(deck.cards[3]!.answer).toMatch(/^완전 이진 트리의 일종\.[\s\S]*성능이 일정함\.$/);
  });

  it("the tree's sentence defines it, so nothing beside its question rows is left out", () => {
    expect(deck.warnings).toEqual([]);
  });

  it("a topic's few words too short for a card, and a section with nothing in it, are named in a warning; a lone link is not", () => {
    const short = parseFixture("short-topic-text.md").deck;
    expect(short.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[11, "qa", "TCP와 UDP의 차이는?"]]);
    expect(short.warnings).toEqual([
      { line: 5, message: '건너뛴 부분: "UDP" (카드로 삼기에 너무 짧은 글: 비연결형 프로토콜.)' },
      { line: 15, message: '건너뛴 부분: "HTTP/3" (내용이 없는 부분)' },
    ]);
  });

  it("a reveal fold written on one line under a topic is the topic's answer, as a fold over several lines is", () => {
    const folds = parseFixture("one-line-reveal.md").deck;
    expect(folds.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [3, "qa", "XSS와 CSRF의 차이에 대해 설명해 주세요.", "XSS는 페이지에 스크립트를 심는 공격이고, CSRF는 사용자의 권한으로 원치 않는 요청을 보내게 하는 공격이다."],
      [7, "qa", "클릭재킹에 대해 설명해 주세요.", "투명한 프레임을 겹쳐 사용자가 모르는 버튼을 누르게 하는 공격이다."],
    ]);
  });

  it("quiz items named as topics, each over a reveal fold, are one card each; a stated sentence over one is not a quiz item and is named in a warning", () => {
    const quiz = parseFixture("quiz-items-over-reveals.md").deck;
    expect(quiz.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.answer])).toEqual([
      [3, "qa", "XSS와 CSRF의 차이에 대해 설명해 주세요.", "XSS는 페이지에 스크립트를 심고, CSRF는 사용자의 권한으로 요청을 보내게 한다."],
      [10, "qa", "SQL Injection을 막는 방법에 대해 설명해 주세요.", "값을 쿼리에 이어 붙이지 않고 바인딩한다."],
    ]);
    expect(quiz.warnings.map((w) => w.line)).toEqual([17]);
  });

  it("terse notes before a topic's spoken explanation, a quoted follow-up between them, are one answer with it, in the note's order (the notes were dropped without a word); so are two spoken parts around a quoted follow-up", () => {
    const { deck, cards } = parseFixture("notes-beside-script.md");
    expect(cards).toEqual([
      [1, "qa", "부하 분산에 대해 설명해 주세요.", null],
      [7, "script", "부하 분산의 종류에 대해 설명해 주세요.", null],
      [13, "followup", "암호 종료?", 7],
      [23, "script", "상태 확인에 대해 설명해 주세요.", null],
      [26, "followup", "확인 주기가 너무 짧으면?", 23],
    ]);
    // (a spoken explanation split by a quoted follow-up had made two cards of one prompt)
    expect(deck.cards[3]!.answer).toMatch(/^부하 분산기는 [^]*보내지 않습니다\.\n\n서버가 다시 [^]*계속됩니다\.$/);
    expect(deck.cards[1]!.answer).toBe("L4\n전송 계층의 주소와 포트를 보고 나눔\n\nL7\n요청 주소와 쿠키까지 보고 나눔\n\nL7\n요청의 내용을 풀어 보고 나누는 방식입니다.\n그래서 L4보다 세밀하게 나눌 수 있습니다.\n다만 내용을 풀어 보는 만큼 부하 분산기에 부담이 큽니다.");
  });

  it("an explanation before the note's first heading that no card reads is named in a warning with its line", () => {
    const { deck, cards } = parseFixture("preamble-explanation.md");
    expect(cards).toEqual([[6, "qa", "쿠키에 대해 설명해 주세요.", null]]);
    expect(deck.warnings).toEqual([{ line: 3, message: "건너뛴 부분: 첫 제목 앞의 글 (쿠키와 세션은 연결이 끊겨도 사용자를 기억하려고 쓴다. 요청마다 연결이…)" }]);
  });

  it("a question list whose other answered items ask nothing: a noun phrase that asks (\"…의 차이점\") is a card too, and each item left out is named in a warning with its line", () => {
    const { deck, cards } = parseFixture("mixed-question-list.md");
    expect(cards).toEqual([
      [5, "qa", "인덱스는 언제 쓰는가?", null],
      [8, "qa", "정규화와 반정규화의 차이점에 대해 설명해 주세요.", null],
      [11, "qa", "트랜잭션을 써 보았는가?", null],
    ]);
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual(
      [[14, "커넥션 풀"], [17, "데이터를 저장하는 방법"], [20, "캐시 무효화"], [23, "손으로 쓰는 쿼리"]].map(([line, name]) => [line, `건너뛴 부분: "기타 질문"의 항목 "${name}" (질문 목록 안의 질문이 아닌 항목)`]),
    );
  });

  it("a comparison answered only by an HTML table is a card (it was dropped without a word); a table of members' linked names is none", () => {
    const { deck, cards } = parseFixture("html-table-answer.md");
    expect(cards).toEqual([
      [3, "qa", "공인과 사설에 대해 설명해 주세요.", null],
      [7, "qa", "공인 주소에 대해 설명해 주세요.", null],
      [11, "qa", "공인 주소와 사설 주소의 차이에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[2]!.answer).toMatch(/^<table>[^]*<td>외부에서 불가능<\/td>[^]*<\/table>$/);
  });

  it("notes between two quoted follow-ups stay where the note puts them in the spoken answer", () => {
    const { deck, cards } = parseFixture("script-notes-order.md");
    expect(cards).toEqual([
      [5, "script", "로드 밸런서에 대해 설명해 주세요.", null],
      [8, "followup", "세션은 어떻게 유지하나요?", 5],
      [13, "followup", "장애 서버는?", 5],
    ]);
    expect(deck.cards[0]!.answer).toBe("로드 밸런서는 여러 서버 앞에서 요청을 나누어 줍니다.\n서버 하나에 일이 몰리지 않게 합니다.\n\nL4: 포트 기반, L7: 내용 기반으로 나누는 두 종류가 있음\n\n서버가 다시 살아나면 요청을 다시 나누어 줍니다.\n그래서 서비스가 끊기지 않습니다.");
  });

  it("a keyword explained under a \"키워드 & 꼬리 질문\" label is no follow-up, and it is named in a warning; a bare keyword is not", () => {
    const { deck, cards } = parseFixture("keyword-followups.md");
    expect(cards).toEqual([
      [3, "qa", "JVM 메모리 구조를 설명해 주세요.", null],
      [11, "followup", "힙이 가득 차면 어떻게 되나요?", 3],
    ]);
    expect(deck.warnings).toEqual([{ line: 9, message: '건너뛴 부분: 키워드 "Stack Area"의 설명 (꼬리 질문이 아닌 키워드)' }]);
  });
});

describe("a topic's explanation over questions it leaves unanswered", () => {
  // Written for this test: sentences explaining the topic, then a question still to answer; and a lead-in over questions.
  const note = (...body: string[]) => parseDeck(["## 롤링 배포", "", ...body].join("\n"), { path: "note.md" });

  it("is the topic's card, the questions listed unanswered (it was dropped without a word)", () => {
    const deck = note("서버를 한 대씩 새 버전으로 바꾼다. 자원이 적게 들지만 두 버전이 잠시 섞인다.", "", "- 왜 호환성이 중요할까?");
    expect(deck.cards.map((c) => [c.lineStart, c.prompt, c.answer])).toEqual([[1, "롤링 배포에 대해 설명해 주세요.", "서버를 한 대씩 새 버전으로 바꾼다. 자원이 적게 들지만 두 버전이 잠시 섞인다."]]);
    expect(deck.unanswered!.map((u) => [u.line, u.prompt])).toEqual([[5, "왜 호환성이 중요할까?"]]);
  });

  it("stays out when it only introduces the questions", () => {
    for (const lead of ["면접에서 이어서 나오는 질문은 다음과 같다:", "아래 질문에 답해 보자."]) {
      const deck = note(lead, "", "- 왜 호환성이 중요할까?", "- 배포가 실패하면 어떻게 되돌리나요?");
      expect(deck.cards).toEqual([]);
      expect(deck.unanswered!.length).toBe(2);
    }
  });

  it("an explanation of 200+ characters before a list of questions answered in their items is the topic's card, the questions its follow-ups", () => {
    // (it was dropped with a warning, "질문 카드 옆의 글", though it explained the topic at length)
    const explained = parseDeck(
      [
        "## 웹소켓", // 1
        "",
        "웹소켓은 브라우저와 서버가 연결 하나를 열어 둔 채 양쪽에서 메시지를 보낼 수 있게 하는 프로토콜이다.",
        "",
        "HTTP는 요청이 있어야 응답이 오므로 실시간 알림을 하려면 폴링을 해야 하고, 요청마다 헤더가 붙어 낭비가 크다.",
        "",
        "웹소켓은 처음 한 번 HTTP로 업그레이드를 요청해 연결을 맺은 뒤에는 작은 프레임으로 양방향 통신을 한다.",
        "",
        "그래서 채팅, 주식 시세, 협업 편집처럼 서버가 먼저 알려야 하는 기능에 많이 쓰인다.",
        "",
        "- 연결이 많아지면 서버는 어떻게 버티나요?", // 11
        "    - 연결마다 스레드를 두지 않고 이벤트 루프로 처리하고, 서버를 늘려 연결을 나눈다.",
        "- 웹소켓 연결이 끊기면 어떻게 하나요?", // 13
        "    - 클라이언트가 지수 백오프로 다시 연결하고, 놓친 메시지는 서버에서 다시 받아 온다.",
      ].join("\n"),
      { path: "websocket.md" },
    );
    const lineOf = new Map(explained.cards.map((c) => [c.id, c.lineStart]));
    expect(explained.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", "웹소켓에 대해 설명해 주세요.", null],
      [11, "followup", "연결이 많아지면 서버는 어떻게 버티나요?", 1],
      [13, "followup", "웹소켓 연결이 끊기면 어떻게 하나요?", 1],
    ]);
    expect(explained.cards[0]!.answer).toMatch(/^웹소켓은 브라우저와[\s\S]*많이 쓰인다\.$/);
    expect(explained.warnings).toEqual([]);
    // (an account of what happened, its sentences in the past tense, is no explanation: the questions stand, the account is named)
    const told = parseDeck(
      [
        "## 카카오 1차 면접",
        "",
        "분위기는 편안했고 면접관 두 분이 번갈아 질문했다. 처음 십 분은 자기소개와 프로젝트 설명이었고, 그 뒤로 CS 질문이 이어졌다. 준비한 내용이 많이 나와서 다행이었다. 마지막에는 궁금한 점을 물어봐서 팀 문화에 대해 질문했다. 전체 시간은 한 시간 정도였고 분위기는 끝까지 좋았다.",
        "",
        "- TCP의 흐름 제어는 어떻게 하나요?",
        "    - 수신 윈도우 크기로 조절한다고 답했다.",
      ].join("\n"),
      { path: "interview.md" },
    );
    expect(told.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[5, "qa", "TCP의 흐름 제어는 어떻게 하나요?"]]);
    expect(told.warnings.map((w) => w.line)).toEqual([3]);
  });

  it("one sentence defining a numbered topic before its answered questions, a noun-ended one too, is the topic's card; a lead-in line is not", () => {
    // (blind labellers, "## 1. 시스템 콜" over one line then "- …?" items answered under them: the topic and its follow-ups, 4 of 4)
    const defined = (definition: string) =>
      parseDeck(
        [
          "## 1. 가상 메모리", // 1
          "",
          definition,
          "",
          "- 페이지 폴트는 언제 일어나나요?", // 5
          "  - 접근한 페이지가 물리 메모리에 없을 때 일어난다.",
          "- 스래싱이란?", // 7
          "  - 페이지 교체가 너무 잦아 실제 작업보다 교체에 시간을 더 쓰는 상태.",
          "",
          "<br>",
          "",
          "## 2. 캐시", // 12
          "",
          "- 캐시 적중률을 높이는 방법은?",
          "  - 지역성을 살려 자주 쓰는 데이터를 가깝게 둔다.",
        ].join("\n"),
        { path: "os.md" },
      );
    const shape = (deck: ReturnType<typeof parseDeck>) => {
      const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
      return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null]);
    };
    for (const definition of ["프로세스마다 실제 메모리보다 큰 주소 공간을 주는 기법", "실제 메모리보다 큰 주소 공간을 프로세스마다 주는 기법이다."]) {
      const deck = defined(definition);
      expect(shape(deck)).toEqual([
        [1, "qa", "가상 메모리에 대해 설명해 주세요.", null],
        [5, "followup", "페이지 폴트는 언제 일어나나요?", 1],
        [7, "followup", "스래싱이란?", 1],
        [14, "qa", "캐시 적중률을 높이는 방법은?", null],
      ]);
      expect(deck.cards[0]!.answer).toBe(definition);
      expect(deck.warnings).toEqual([]);
    }
    // (the questions keep the ids they had as questions of their own, so a re-import keeps their history)
    const undefinedTopic = defined("");
    expect(defined("실제 메모리보다 큰 주소 공간을 프로세스마다 주는 기법이다.").cards.filter((c) => c.kind === "followup").map((c) => c.id)).toEqual(undefinedTopic.cards.slice(0, 2).map((c) => c.id));
    expect(undefinedTopic.cards.slice(0, 2).map((c) => c.kind)).toEqual(["qa", "qa"]);
    // (a line leading into the questions defines nothing: the questions stand, as under any topic)
    const led = defined("자주 나오는 질문은 다음과 같다.");
    expect(shape(led).map((c) => c[1])).toEqual(["qa", "qa", "qa"]);
    expect(led.cards.map((c) => c.answer).join("\n")).not.toContain("다음과 같다");
    // (…nor does a few words' note, too short to answer anything)
    expect(shape(defined("중요!")).map((c) => c[1])).toEqual(["qa", "qa", "qa"]);
  });

  it("a sentence of the note's own under a sources heading is named in a warning, the links kept as sources", () => {
    // (a second reader's note: "### 참고" over a sentence of prose dropped it with no word)
    const noted = parseDeck(["## 클로저란 무엇인가요?", "", "함수가 선언될 때의 렉시컬 환경을 기억하는 것입니다.", "", "### 참고", "클로저는 메모리 누수의 원인이 되기도 합니다.", "", "- [MDN 클로저](https://developer.mozilla.org/ko/docs/Web/JavaScript/Closures)"].join("\n"), { path: "closure.md" });
    expect(noted.cards.map((c) => [c.lineStart, c.prompt, c.sources])).toEqual([[1, "클로저란 무엇인가요?", ["[MDN 클로저](https://developer.mozilla.org/ko/docs/Web/JavaScript/Closures)"]]]);
    expect(noted.warnings).toEqual([{ line: 5, message: '건너뛴 부분: "참고"의 글 (출처 절 속 문장: 클로저는 메모리 누수의 원인이 되기도 합니다.)' }]);
  });
});
