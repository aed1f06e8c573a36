/** Shapes a new user's notes showed (a helper's probe, notes of our own written for these tests). */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { normalizeQuestion } from "@/lib/parser/question-key";

const parsed = (lines: string[]) => parseDeck(lines.join("\n"), { path: "note.md" }).cards;
const rows = (lines: string[]) => parsed(lines).map((c) => [c.lineStart, c.kind, c.prompt, c.answer]);

describe("'Q. …' / 'A. …' pairs written with no blank line between them", () => {
  it("are one card each, not one card holding the rest", () => {
    expect(rows(["Q. DMA란 무엇인가요?", "A. CPU를 거치지 않고 메모리에 직접 접근한다.", "Q. 시스템 콜이란?", "A. 커널의 기능을 요청하는 인터페이스다.", "Q: 인터럽트란?", "A: 장치가 CPU에 보내는 신호다.", ""])).toEqual([
      [1, "qa", "DMA란 무엇인가요?", "CPU를 거치지 않고 메모리에 직접 접근한다."],
      [3, "qa", "시스템 콜이란?", "커널의 기능을 요청하는 인터페이스다."],
      [5, "qa", "인터럽트란?", "장치가 CPU에 보내는 신호다."],
    ]);
  });

  it("a paragraph whose later lines only mention a Q, or whose answers are unmarked, is left as written", () => {
    // (no answer line is marked "A.": the lines may be one answer that quotes a question)
    expect(parsed(["Q. 면접에서 받은 질문은?", "첫 질문은 자기소개였다.", "Q. 그다음은? 하고 물어서 프로젝트를 설명했다.", "마지막은 역질문이었다.", ""]).length).toBe(1);
  });
});

describe("an answer's label on the line after a blank line", () => {
  it("is no part of the answer, in any common dress", () => {
    const lines = ["Q. 퀵 정렬의 최악 시간 복잡도는?", "", "**A.** O(n²)이다.", "", "Q. 병합 정렬이란?", "", "**답변**: 분할 정복으로 나눠 합치는 정렬이다.", "", "Q. 계수 정렬이란?", "", "👉 A. 값의 개수를 세어 정렬한다.", "", "Q. 기수 정렬이란?", "", "Answer: 자릿수별로 정렬한다.", ""];
    expect(parsed(lines).map((c) => c.answer)).toEqual(["O(n²)이다.", "분할 정복으로 나눠 합치는 정렬이다.", "값의 개수를 세어 정렬한다.", "자릿수별로 정렬한다."]);
  });
});

describe("a procedure asked in a line of its own and answered by numbered steps", () => {
  const steps = ["1. 로그인한다.", "2. 서버가 토큰을 발급한다.", "3. 요청마다 토큰을 보낸다.", ""];
  it("is a steps card, asked in a Q. line, in bold or in a fold's summary, and keeps the id it had as a question", () => {
    for (const asked of [["Q. JWT 인증 과정을 설명해 주세요.", ""], ["**JWT 인증 과정을 설명해 주세요.**", ""], ["<details>", "<summary>JWT 인증 과정을 설명해 주세요</summary>", ""]]) {
      const lines = [...asked, ...steps, ...(asked[0] === "<details>" ? ["</details>", ""] : [])];
      const [card] = parsed(lines);
      expect(card).toMatchObject({ kind: "steps", steps: ["로그인한다.", "서버가 토큰을 발급한다.", "요청마다 토큰을 보낸다."] });
    }
    // (the same question answered in prose: a qa card, with the same id)
    const prose = parsed(["Q. JWT 인증 과정을 설명해 주세요.", "", "로그인하면 서버가 토큰을 주고, 요청마다 그 토큰을 보낸다.", ""])[0]!;
    expect([prose.kind, prose.id]).toEqual(["qa", parsed(["Q. JWT 인증 과정을 설명해 주세요.", "", ...steps])[0]!.id]);
  });
  it("a question about an order that is no procedure, answered in prose, stays a question", () => {
    expect(parsed(["Q. 복합 인덱스의 컬럼 순서는 어떻게 정하나요?", "", "자주 같은 값으로 거르는 컬럼을 앞에 둔다.", ""])[0]!.kind).toBe("qa");
  });
});

describe("prompts as a user wrote them", () => {
  it("a follow-up mark after an emoji in a fold's summary is no part of the question", () => {
    const cards = parsed(["## 블루/그린 배포란?", "", "두 환경을 번갈아 쓰는 배포 방식이다.", "", "<details><summary>🤔 꼬리질문 - 카나리 배포와의 차이는?</summary>", "", "일부 트래픽만 새 버전으로 보낸다.", "", "</details>", ""]);
    expect(cards.map((c) => [c.kind, c.prompt])).toEqual([["qa", "블루/그린 배포란?"], ["followup", "카나리 배포와의 차이는?"]]);
  });

  it("inline markup in a summary joins the words around it", () => {
    expect(parsed(["<details>", "<summary><code>useMemo</code>와 <code>useCallback</code>의 차이는?</summary>", "", "값을 기억하느냐 함수를 기억하느냐의 차이다.", "", "</details>", ""])[0]!.prompt).toBe("useMemo와 useCallback의 차이는?");
  });

  it("numbering in other dress ('①', '10번.', '문제 3.') is dropped before a question, and from its identity", () => {
    expect(parsed(["## ① 정적 바인딩과 동적 바인딩의 차이는?", "", "컴파일 때 정해지느냐 실행 때 정해지느냐의 차이다.", "", "## 10번. 스트림의 지연 연산이란?", "", "최종 연산이 불릴 때까지 중간 연산을 미루는 것이다.", ""]).map((c) => c.prompt)).toEqual(["정적 바인딩과 동적 바인딩의 차이는?", "스트림의 지연 연산이란?"]);
    expect(normalizeQuestion("문제 3. 제네릭의 타입 소거란?")).toBe(normalizeQuestion("제네릭의 타입 소거란?"));
  });

  it("a 'back to top' link in bold or in HTML is no part of an answer", () => {
    for (const nav of ["**[⬆ back to top](#top)**", '<a href="#top">맨 위로</a>', '<div align="right"><a href="#목차">🔝 목차로 돌아가기</a></div>']) {
      expect(parsed(["## 페이징이란?", "", "메모리를 고정 크기 페이지로 나누는 기법이다.", "", nav, ""])[0]!.answer).toBe("메모리를 고정 크기 페이지로 나누는 기법이다.");
    }
  });
});

describe("questions that went missing without a word", () => {
  it("a question table's answer is the column that names the answer, not its key words", () => {
    const cards = parsed(["| 번호 | 질문 | 키워드 | 답변 |", "|---|---|---|---|", "| 1 | CAS 연산이란? | 원자성, 락프리 | 값이 기대한 값일 때만 새 값으로 바꾸는 원자적 연산이다. |", ""]);
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([["CAS 연산이란?", "값이 기대한 값일 때만 새 값으로 바꾸는 원자적 연산이다."]]);
  });

  it("a listed follow-up answered after '<br>→' is a card; one with nothing after its arrow is still to answer", () => {
    const deck = parseDeck(["## 세션과 JWT의 장단점은?", "", "세션은 서버가 상태를 저장하고, JWT는 상태를 들고 다닌다.", "", "### 꼬리 질문", "", "- Refresh Token은 어디에 저장하나요?<br>→ HttpOnly 쿠키에 저장한다.", "- 토큰을 강제로 만료시키려면? →", ""].join("\n"), { path: "note.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "세션과 JWT의 장단점은?", "세션은 서버가 상태를 저장하고, JWT는 상태를 들고 다닌다."],
      ["followup", "Refresh Token은 어디에 저장하나요?", "HttpOnly 쿠키에 저장한다."],
    ]);
    expect((deck.unanswered ?? []).map((u) => u.prompt)).toEqual(["토큰을 강제로 만료시키려면?"]);
  });

  it("a topic over an empty reveal fold is a question still to answer, not a fold that could not be read", () => {
    const deck = parseDeck(["## CMD와 ENTRYPOINT의 차이", "", "<details>", "<summary>답변 보기</summary>", "</details>", ""].join("\n"), { path: "note.md" });
    expect([deck.cards.length, (deck.unanswered ?? []).map((u) => u.prompt), deck.warnings.some((w) => /펼침 안의 글/.test(w.message))]).toEqual([0, ["CMD와 ENTRYPOINT의 차이에 대해 설명해 주세요."], false]);
  });
});

describe("a topic answered by a picture alone", () => {
  it("is a question still to answer, its fold's label ('그림으로 보기') no question of its own", () => {
    const deck = parseDeck(["# 쿠버네티스", "", "## 파드 생성 흐름", "", "<details>", "<summary>그림으로 보기</summary>", '<img src="./images/pod.png" width="600">', "</details>", ""].join("\n"), { path: "k8s.md" });
    expect([deck.cards.length, (deck.unanswered ?? []).map((u) => [u.line, u.prompt])]).toEqual([0, [[3, "파드 생성 흐름에 대해 설명해 주세요."]]]);
  });
  it("over sub-headings that explain it, the picture only opens them", () => {
    const deck = parseDeck(["## OSI 7 계층", "", "![layers](https://example.com/osi.png)", "", "### 물리 계층", "", "비트를 전기 신호로 바꾸어 케이블로 보낸다.", ""].join("\n"), { path: "osi.md" });
    expect(deck.unanswered).toEqual([]);
  });
});

describe("a follow-up answered after an HTML line break", () => {
  it("is a card; a note in brackets after the break is no answer", () => {
    const deck = parseDeck(["## 프로세스와 스레드의 차이는?", "", "프로세스는 독립된 메모리를 갖고 스레드는 한 프로세스의 메모리를 나눠 쓴다.", "", "### 꼬리 질문", "", "- 렌더 흐름을 설명하면?<br>setState, 스케줄링, 렌더, 커밋 순이다.", "- 스레드 전환이 더 빠른 이유는?<br>(빈출, 3회 나옴)", ""].join("\n"), { path: "os.md" });
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ["qa", "프로세스와 스레드의 차이는?", "프로세스는 독립된 메모리를 갖고 스레드는 한 프로세스의 메모리를 나눠 쓴다."],
      ["followup", "렌더 흐름을 설명하면?", "setState, 스케줄링, 렌더, 커밋 순이다."],
    ]);
    expect((deck.unanswered ?? []).map((u) => u.line)).toEqual([8]);
  });
});
