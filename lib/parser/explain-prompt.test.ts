/** The prompt generated for a topic that does not ask: it reads as one request, never "…설명에 대해 설명해 주세요"; a jotted "X 설명" is asked as written. */
import { describe, expect, it } from "vitest";
import { explainPrompt } from "./context";

describe("explainPrompt", () => {
  it.each([
    ["Shared Memory", "Shared Memory에 대해 설명해 주세요."],
    ["JWT 설명", "JWT 설명"],
    ["교착 상태 회피 방법 설명", "교착 상태 회피 방법 설명"],
    ["프로세스 생성 과정에 대한 설명", "프로세스 생성 과정에 대한 설명"],
    ["가상 메모리에 관한 설명", "가상 메모리에 관한 설명"],
    ["상세 설명", "상세 설명에 대해 설명해 주세요."],
    ["비유를 통한 쉬운 설명", "비유를 통한 쉬운 설명에 대해 설명해 주세요."],
    ["각 역할에 대한 자세한 설명", "각 역할에 대한 자세한 설명에 대해 설명해 주세요."],
    ["CAP 정리", "CAP 정리에 대해 설명해 주세요."],
    ["Explain context switching.", "Explain context switching."],
    ["Describe the JVM memory model", "Describe the JVM memory model"],
    ["인덱스에 대해", "인덱스에 대해 설명해 주세요."],
    ["TCP의 특징을 설명해주세요", "TCP의 특징을 설명해주세요"],
    // a heading's own full stop is not part of the topic; a claim is put as a saying to explain (a one-word name ending in 다 is no claim);
    // a "what if" and an English sentence are asked as written
    ["평문 통신은 엿볼 수 있다.", "“평문 통신은 엿볼 수 있다”라는 말을 설명해 주세요."],
    ["판다", "판다에 대해 설명해 주세요."],
    ["정규화가 필요하다", "“정규화가 필요하다”라는 말을 설명해 주세요."],
    ["설정은 한 곳에 둔다", "“설정은 한 곳에 둔다”라는 말을 설명해 주세요."],
    ["자바 람다", "자바 람다에 대해 설명해 주세요."],
    ["쿼리 튜닝 어젠다", "쿼리 튜닝 어젠다에 대해 설명해 주세요."],
    ["인덱스를 많이 만들면,", "인덱스를 많이 만들면?"],
    ["부동 소수점의 사용 사례.", "부동 소수점의 사용 사례에 대해 설명해 주세요."],
    ["만약 데이터가 디스크에만 있다면,", "만약 데이터가 디스크에만 있다면?"],
    ["I'd love to hear how you picked your team.", "I'd love to hear how you picked your team."],
    ["관련 문제를 떠올려 보십시오.", "관련 문제를 떠올려 보십시오."],
  ])("%s → %s", (title, prompt) => {
    expect(explainPrompt(title)).toBe(prompt);
  });
});

describe("a topic named by a container or a generic word with a note", () => {
  it("'## 내용' with words of its own explains what the note is about; '종류 (중요도 순서)' names whose kinds", async () => {
    const { parseDeck } = await import("./index");
    const note = "## 내용\n\n- 스레드 수는 시스템이 관리한다.\n- 스레드보다 높은 수준에서 일한다.\n\n## 큐의 종류\n\n### 메인 큐\n\n메인 스레드에서 도는 직렬 큐다.\n\n### 종류 (중요도 순서)\n\n- userInteractive\n- userInitiated\n- utility\n";
    const deck = parseDeck(note, { path: "iOS/GCD.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["GCD에 대해 설명해 주세요.", "큐의 종류 (중요도 순서)에 대해 설명해 주세요."]);
  });

  it("'## 내용' under a topic explained above it is more of that explanation: one card, never two asking the same", async () => {
    const { parseDeck } = await import("./index");
    const note = "# TCP 3-way Handshake\n\n연결을 맺으려고 클라이언트와 서버가 세 번 신호를 주고받는 과정이다.\n\n## 내용\n\n1. 클라이언트가 SYN을 보낸다.\n2. 서버가 SYN+ACK로 답한다.\n3. 클라이언트가 ACK를 보낸다.\n\n## 4-way Handshake와의 차이\n\n종료할 때는 양쪽이 따로 FIN을 보내 네 번 주고받는다.\n";
    const deck = parseDeck(note, { path: "tcp.md" });
    expect(deck.cards.map((c) => c.prompt)).toEqual(["TCP 3-way Handshake에 대해 설명해 주세요.", "4-way Handshake와의 차이에 대해 설명해 주세요."]);
    expect(deck.cards[0]!.answer).toContain("클라이언트가 ACK를 보낸다.");
  });
});

describe("a note whose only topic heading is a container", () => {
  it("is named by its file, so its answer card asks about what the file is about", async () => {
    const { parseDeck } = await import("./index");
    const note = "## 1. 답변\n\n프로세스는 실행 중인 프로그램이고, 스레드는 프로세스 안에서 실행되는 흐름의 단위입니다.\n\n## 2. 내용\n\n### 프로세스의 상태\n\n준비, 실행, 대기 상태를 오간다.\n";
    const deck = parseDeck(note, { path: "os/ProcessThread.md" });
    expect(deck.deck.title).toBe("ProcessThread");
    expect(deck.cards[0]!.prompt).toBe("ProcessThread에 대해 설명해 주세요.");
  });
});
