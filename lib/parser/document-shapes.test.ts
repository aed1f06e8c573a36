/**
 * Document shapes (fixture notes in lib/parser/fixtures, written for these
 * tests): headings written inside quotes or as raw HTML, whole notes that
 * hold no questions (templates, reverse-interview lists), advice headings
 * and notes about the repository.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";
import type { ParsedDeck } from "./types";

const parse = (name: string) => parseDeck(readFileSync(path.join(__dirname, "fixtures", name), "utf8"), { path: name });

/** [line, kind, prompt, parent's line] per card. */
function outline(deck: ParsedDeck): [number, string, string, number | null][] {
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null]);
}

describe("parseDeck on document shapes", () => {
  it("reads headings inside a quote and <h4> headings as sections, unquoting their answers", () => {
    const deck = parse("quoted-headings.md");
    expect(outline(deck)).toEqual([
      [7, "script", "검색 비용에 대해 설명해 주세요.", null],
      [10, "qa", "정렬 비용에 대해 설명해 주세요.", null],
      [13, "qa", "B-Tree 인덱스에 대해 설명해 주세요.", null],
      [17, "qa", "해시 인덱스에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards.map((c) => c.answer)).toEqual([
      "- 인덱스가 없으면 테이블 전체를 읽어야 합니다.\n- 행이 많을수록 느려집니다.",
      "정렬된 구조를 유지하려면 쓰기마다 비용이 듭니다.",
      "균형 트리라서 어느 키를 찾든 같은 깊이만큼 내려갑니다.",
      "같음 비교만 빠르고 범위 검색에는 쓸 수 없습니다.",
    ]);
  });

  it("skips a reverse-interview list and a note template as a whole, with a warning", () => {
    const deck = parse("reverse-interview.md");
    expect(deck.cards).toEqual([]);
    expect(deck.skipped).toEqual([{ line: 1, heading: "역질문 리스트" }]);
    expect(deck.warnings.map((w) => w.line)).toEqual([1]);
    const template = parseDeck("# 제목을 입력해 주세요\n\n## 소제목\n\n- 소제목은 샵 두 개로 씁니다.\n", { path: "notes/template.md" });
    expect(template.cards).toEqual([]);
    expect(template.skipped).toEqual([{ line: 1, heading: "제목을 입력해 주세요" }]);
  });

  it("leaves out advice headings and answers that only describe the repository", () => {
    const deck = parse("advice-and-notices.md");
    expect(outline(deck)).toEqual([[15, "qa", "교착 상태란?", null]]);
    expect(deck.skipped).toEqual([{ line: 7, heading: "1. 먼저 목차에서 주제를 골라 확인해 보세요." }]);
    expect(deck.unanswered).toEqual([{ line: 11, prompt: "이 노트는 무엇인가요?" }]);
  });

  it("cards a question nested in a topic's notes with the items under it as its answer, and keeps the topic's own card", () => {
    const deck = parse("nested-note-questions.md");
    expect(outline(deck)).toEqual([
      [3, "qa", "좋은 개발자의 습관에 대해 설명해 주세요.", null],
      [6, "qa", "운영체제는 왜 배울까요?", null],
      [8, "qa", "네트워크는 왜 배울까요?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("- 락 경합으로 처리량이 막힐 때 원인을 짚을 수 있다.");
  });

  it("asks an English question written without a question mark as written", () => {
    const deck = parseDeck("# Notes\n\n## What are behavioral interviews\n\nInterviews about how you worked with people in the past.\n", { path: "notes.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["What are behavioral interviews"]);
  });

  it("keeps sub-headings that name a side (…장점), a step the question lists, an explained part of a question put politely (…쓰나요?) or a side of a bare comparison as its answer", () => {
    const deck = parse("answer-parts.md");
    expect(outline(deck)).toEqual([
      [3, "qa", "관계형과 문서형 중 무엇을 고를까요?", null],
      [15, "qa", "면접을 준비하는 방법은?", null],
      [28, "qa", "캐시는 왜 쓰나요?", null],
      [38, "script", "프로세스 vs 스레드에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("### 문서형 장점");
    expect(deck.cards[1]!.answer).toContain("### 2. 프로젝트 돌아보기\n\n맡은 역할과 어려웠던 결정을 세 가지씩 적어 둡니다.");
    // (a question put as a polite question or request is answered by all its parts: four blind held-out
    // labellers folded such parts 10 times out of 14; "X란?" keeps its explained facets as cards, below)
    expect(deck.cards[2]!.answer).toContain("### 로컬 캐시\n\n프로세스 메모리에 두는 캐시라서 가장 빠르지만 서버끼리 값이 어긋날 수 있습니다.");
    // a comparison with no text of its own: its sides are its answer
    expect(deck.cards[3]!.answer).toBe("### 프로세스\n\n운영체제가 자원을 나눠 주는 단위로, 주소 공간을 따로 가집니다.\n\n### 스레드\n\n한 프로세스 안에서 실행되는 흐름으로, 주소 공간을 함께 씁니다.");
  });

  it("folds the explained parts of a question put as a request, or named in the question, into its answer, and keeps those of a definition ('X란?') as cards", () => {
    const deck = parse("polite-question-parts.md");
    expect(outline(deck)).toEqual([
      [3, "qa", "캐시 메모리에 대해 설명해 주세요.", null],
      [15, "qa", "JWT란?", null],
      [19, "qa", "JWT 구조에 대해 설명해 주세요.", null],
      [23, "qa", "JWT 사용 이유에 대해 설명해 주세요.", null],
      [27, "qa", "프로세스와 스레드의 역할은?", null],
      [39, "qa", "토큰을 둘로 나누는 이유를 설명해주세요", null],
    ]);
    // (…and so is one followed by sibling headings numbered from 1: "## …이유를 설명해주세요" then "## 1. 보안 강화", "## 2. …")
    expect(deck.cards[5]!.answer).toContain("## 2. 사용자 경험\n\n다시 로그인하지 않아도");
    // (a question that names its parts is answered by them: "프로세스와 스레드의 역할은?" over "### 프로세스", "### 스레드")
    expect(deck.cards[4]!.answer).toContain("### 스레드\n\n프로세스 안에서");
    expect(deck.cards[0]!.answer).toContain("### 지역성");
    expect(deck.cards[0]!.answer).toContain("### 매핑 방식");
    expect(deck.cards[1]!.answer).toBe("서명된 JSON 토큰으로, 서버가 세션을 저장하지 않고도 사용자를 확인할 수 있게 해 줍니다.");
  });

  it("a bare 'X VS Y' heading (a picture of its own at most) over two sides named in other words is one card, and an '예상 질문' beside the sides keeps its questions", () => {
    const deck = parse("comparison-with-questions.md");
    expect(outline(deck)).toEqual([
      [5, "script", "Multi Process VS Multi Thread에 대해 설명해 주세요.", null],
      [15, "qa", "멀티 프로세스와 멀티 스레드 중 무엇을 고르겠어요?", null],
    ]);
    expect(deck.cards[0]!.answer).toContain("### 멀티 스레드");
    expect(deck.cards[0]!.answer).not.toContain("무엇을 고르겠어요");
  });

  it("follows up a question with a quoted noun-phrase question (…의 의미) and a problem with its 보완 방법; a quoted restatement stays in the answer", () => {
    const deck = parse("quoted-subtopics.md");
    expect(outline(deck)).toEqual([
      [3, "qa", "표본 평균의 분포는 무엇인가요?", null],
      [7, "followup", "머신러닝에서 이 성질의 의미에 대해 설명해 주세요.", 3],
      [11, "qa", "중앙값을 사용하는 이유를 설명해주세요.", null],
      [19, "qa", "“평문 통신은 엿볼 수 있다”라는 말을 설명해 주세요.", null],
      [23, "followup", "보완 방법에 대해 설명해 주세요.", 19],
    ]);
    expect(deck.cards[2]!.answer).toBe("이상치가 있을 때 평균보다 덜 흔들립니다.\n\n- 한쪽으로 치우친 분포에서도 가운데를 잘 나타냅니다.");
  });

  it("keeps a request with a rider as asked, and names a generic heading under a generic heading by its grandparent", () => {
    const deck = parseDeck(
      "# 노트\n\n### 엔트로피에 대해 설명해주세요. 가능하면 정보 이득도요.\n\n확률 분포가 얼마나 불확실한지를 비트 단위로 잰 값입니다.\n\n## 프록시\n\n클라이언트와 서버 사이에서 요청을 대신 전달하는 서버입니다.\n\n### 종류\n\n#### 차이점\n\n포워드는 클라이언트 쪽에, 리버스는 서버 쪽에 둡니다.\n",
      { path: "notes.md" },
    );
    expect(deck.cards.map((c) => c.prompt)).toEqual(["엔트로피에 대해 설명해주세요. 가능하면 정보 이득도요.", "프록시에 대해 설명해 주세요.", "프록시 종류의 차이점에 대해 설명해 주세요."]);
  });

  it("drops a byline and a figure with only a formula under it, and keeps 추가 설명 in the answer above it", () => {
    const deck = parse("continuations.md");
    expect(outline(deck)).toEqual([
      [5, "qa", "라운드 로빈에 대해 설명해 주세요.", null],
      [17, "script", "의존성 역전 원칙에 대해 설명해 주세요.", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("고수준 모듈이 저수준 모듈의 구체 클래스에 기대지 않고 추상에 기대게 합니다.\n\n### 추가 설명\n\n그래서 저수준 구현을 바꿔도 고수준 모듈의 코드는 그대로 둘 수 있습니다.");
  });

  it("keeps a '추가답안' heading written beside a question heading, at its own depth, in that question's answer", () => {
    // (blind labels: "<h3>2. …얘기해주세요</h3>" then "<h3>추가답안</h3>": more of question 2's answer, no card of its own)
    const note = ["<h3>1. 해시 충돌을 줄이는 방법에 대해 얘기해주세요</h3>", "", "체이닝이나 개방 주소법을 쓴다.", "", "<h3>추가답안</h3>", "", "적재율이 높아지면 테이블을 두 배로 키워 다시 넣는다.", "", "<h3>2. 해시 함수의 조건은?</h3>", "", "빠르고 고르게 퍼져야 한다.", ""].join("\n");
    const deck = parseDeck(note, { path: "hash.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.prompt])).toEqual([[1, "해시 충돌을 줄이는 방법에 대해 얘기해주세요"], [9, "해시 함수의 조건은?"]]);
    expect(deck.cards[0]!.answer).toContain("적재율이 높아지면");
    // (…a topic heading beside a question stays a topic of its own)
    const topic = parseDeck(note.replace("<h3>추가답안</h3>", "<h3>리해싱</h3>"), { path: "hash.md" });
    expect(topic.cards.map((c) => c.lineStart)).toEqual([1, 5, 9]);
  });

  it("reads a note of question lists: questions jotted as noun phrases and a terse topic list are unanswered questions, not cards", () => {
    const deck = parse("question-list-note.md");
    expect(deck.cards).toEqual([]);
    expect(deck.unanswered!.map((u) => [u.line, u.prompt])).toEqual([
      [5, "JVM은 어떻게 동작하나요?"],
      [6, "GC는 언제 일어나나요?"],
      [10, "프로세스와 스레드의 차이에 대해 설명해 주세요."],
      [11, "뮤텍스와 세마포어의 차이에 대해 설명해 주세요."],
      [12, "페이지 교체 알고리즘에 대해 설명해 주세요."],
      [16, "TCP 혼잡 제어란?"],
      [17, "DNS는 어떻게 동작하나요?"],
      [21, "버퍼 오버플로우에 대해 설명해 주세요."],
      [22, "사이트 간 요청 위조에 대해 설명해 주세요."],
    ]);
  });
});
