/**
 * A procedure heading ("## …과정") with nothing of its own over numbered step
 * headings, one of them branching ("#### 1-1 …" under step 1), and a heading
 * set shallower after the run ("### 전체 흐름 그림"). The branch belongs to its
 * step, so the run is still the procedure's steps, one card; the later heading
 * is no step. A blind-set note had made every step a card of its own.
 * Fixture written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("numbered step headings with a branch of one step", () => {
  const { deck, cards } = parseFixture("procedure-steps-with-branches.md");

  it("make one steps card of the procedure", () => {
    expect(cards).toEqual([[3, "steps", "로그인 요청이 처리되는 과정을 단계별로 설명해 주세요.", null]]);
    expect(deck.cards[0]!.steps).toEqual([
      "브라우저가 아이디와 비밀번호를 담아 서버에 POST 요청을 보낸다.",
      "서버가 저장된 해시와 비교해 사용자를 확인한다.",
      "서버가 세션을 만들고 세션 ID를 쿠키로 내려준다.",
    ]);
  });

  it("keep the branch in the answer and leave the later heading out of the steps", () => {
    expect(deck.cards[0]!.answer).toContain("자동 로그인 토큰이 있으면");
    expect(deck.cards[0]!.answer).not.toContain("전체 흐름 그림");
    expect(deck.warnings).toEqual([{ line: 19, message: '건너뛴 부분: "전체 흐름 그림" (내용이 없는 부분)' }]);
  });
});

describe("numbered sub-headings that ask under a procedure", () => {
  it("are questions of their own, and the run stays headings of its own as before", () => {
    const deck = parseNote([
      "## 자바 코드가 실행되는 과정",
      "",
      "### 1. 컴파일",
      "",
      "javac가 소스를 바이트코드로 바꾼다.",
      "",
      "### 1-1. 바이트코드를 쓰는 이유는 무엇인가요?",
      "",
      "한 번 컴파일한 코드를 어느 운영체제의 JVM에서나 돌리기 위해서다.",
      "",
      "### 2. 실행",
      "",
      "실행 엔진이 바이트코드를 해석하거나 JIT으로 컴파일해 실행한다.",
    ]);
    expect(deck.cards.some((c) => c.kind === "steps")).toBe(false);
    expect(deck.cards.map((c) => c.prompt)).toContain("바이트코드를 쓰는 이유는 무엇인가요?");
  });
});

describe("steps numbered with keycaps under a bare '## 과정'", () => {
  it("make one steps card, a quote of the terms before them aside", () => {
    const deck = parseNote([
      "# 💡 TCP 연결 수립",
      "",
      "TCP는 데이터를 보내기 전에 양쪽이 준비되었는지 세 번의 신호로 확인한다.",
      "",
      "## 과정",
      "",
      "> SYN: 연결을 요청하는 신호, ACK: 받았다고 알리는 신호",
      "",
      "### 1️⃣ 클라이언트 → 서버 : SYN",
      "",
      "클라이언트가 임의의 순서 번호를 담아 연결을 요청한다.",
      "",
      "### 2️⃣ 서버 → 클라이언트 : SYN + ACK",
      "",
      "서버가 요청을 받았다고 알리고 자신의 순서 번호를 보낸다.",
      "",
      "### 3️⃣ 클라이언트 → 서버 : ACK",
      "",
      "클라이언트가 응답을 확인하면 연결이 열린다.",
    ]);
    expect(deck.cards.map((c) => [c.lineStart, c.kind])).toEqual([
      [1, "qa"],
      [5, "steps"],
    ]);
    // (a label naming the steps reads each step by what it says, not by its heading)
    expect(deck.cards[1]!.steps).toEqual(["클라이언트가 임의의 순서 번호를 담아 연결을 요청한다.", "서버가 요청을 받았다고 알리고 자신의 순서 번호를 보낸다.", "클라이언트가 응답을 확인하면 연결이 열린다."]);
    expect(deck.cards[1]!.answer).toContain("### 2️⃣ 서버 → 클라이언트 : SYN + ACK");
  });
});
