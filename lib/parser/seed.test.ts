import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeAnswer } from "./dedupe";
import { parseDeck } from "./index";

const SEED = path.resolve(__dirname, "../../../shared/seeds/000_ca9599d932fffa20.txt");
const exists = existsSync(SEED);
if (!exists) console.warn(`[seed.test] skipped: seed note not found at ${SEED}`);

describe.skipIf(!exists)("the seed note (../shared/seeds/000_ca9599d932fffa20.txt)", () => {
  const text = exists ? readFileSync(SEED, "utf8") : "";
  const deck = exists ? parseDeck(text, { path: "000_ca9599d932fffa20.txt" }) : null!;
  const of = (kind: string) => deck.cards.filter((c) => c.kind === kind);
  const LINK1 = "[네트워크 쉽게 이해하기 22편. TCP 3 Way-Handshake & 4 Way-Handshake](https://mindnet.tistory.com/entry/네트워크-쉽게-이해하기-22편-TCP-3-WayHandshake-4-WayHandshake)";
  const LINK2 = "[4-way-handshake에서 마지막 ack가 필요한 이유](https://jaegukim.github.io/posts/4wayHandshakeLastAckLost/)";

  it("produces exactly the expected cards, in order", () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ["steps", "TCP 3 way handshake의 과정을 단계별로 설명해 주세요."],
      ["qa", "TCP 3 way handshake가 필요한 이유는?"],
      ["steps", "TCP 4 way handshake의 과정을 단계별로 설명해 주세요."],
      ["qa", "TCP 4 way handshake가 필요한 이유는?"],
      ["script", "TCP 3 way handshake에 대해 설명해 주세요."],
      ["script", "TCP 4 way handshake에 대해 설명해 주세요."],
      ["followup", "TIME_WAIT 상태가 의미하는 것은?"],
      ["followup", "4 way handshake에서 마지막 ack가 필요한 이유는?"],
    ]);
    expect(deck.warnings).toEqual([]);
    expect(deck.deck.title).toBe("TCP 3 way handshake & 4 way handshake");
  });

  it("script cards: spoken prose (unlabelled and 📝 스크립트) with one tip each", () => {
    const [s3, s4] = of("script");
    expect(s3!.answer.startsWith("- TCP/IP 프로토콜을 이용해서")).toBe(true);
    expect(s3!.answer.endsWith("보장하기 위함입니다.")).toBe(true);
    expect(s3!.tips).toEqual([
      "각각 서버와 클라이언트의 상태명 까지는 중요하지 않은 것 같고 SYN과 ACK플래그를 보낸다는 것, 간략한 handshake 통신 단계와 그 이유에 대해서만 짧게 답하는 것도 좋아보입니다.",
    ]);
    expect([s3!.lineStart, s3!.lineEnd]).toEqual([66, 73]);
    expect(s4!.answer.startsWith("- 다음으로 TCP 4 way handshake에 대해 말씀드리겠습니다.")).toBe(true);
    expect(s4!.answer).not.toContain("스크립트");
    expect(s4!.answer).not.toContain("![](");
    expect(s4!.tips).toHaveLength(1);
    expect(s4!.tips[0]!.startsWith("마찬가지로 handshake의 절차만")).toBe(true);
    expect([s4!.lineStart, s4!.lineEnd]).toEqual([77, 87]);
  });

  it("steps cards: 3 and 4 steps, [STEP n] stripped, nested items joined", () => {
    const [a, b] = of("steps");
    expect(a!.steps).toEqual([
      "클라이언트가 서버로 접속을 요청하는 SYN을 보낸다. 클라이언트는 응답이 올 때까지 SYN_SENT 상태가 된다.",
      "서버는 접속을 원하는 클라이언트로부터 SYN를 수신하고 요청을 수락한다는 SYN+ACK를 응답으로 전송한다. 이때 서버는 SYN_RECEIVED 상태가 된다.",
      "클라이언트는 서버에게 ACK를 보내고 ESTABLISHED 상태가 되어 연결이 이루어진다.",
    ]);
    expect(b!.steps).toHaveLength(4);
    expect(b!.steps![0]).toBe("클라이언트가 연결을 종료하겠다는 FIN을 전송한다.");
    for (const s of [...a!.steps!, ...b!.steps!]) expect(s).not.toMatch(/STEP|!\[/);
  });

  it("follow-ups: prefixes stripped, answers kept, parent = the 4-way script card", () => {
    const [f1, f2] = of("followup");
    const s4 = of("script")[1]!;
    expect(f1!.parentId).toBe(s4.id);
    expect(f2!.parentId).toBe(s4.id);
    expect(f1!.answer).toContain("일정시간(default 240 seconds) 동안 세션을 남겨놓고");
    expect(f2!.answer).toContain("마지막 ACK를 응답으로 보내야만 한다.");
    expect([f1!.lineStart, f1!.lineEnd]).toEqual([90, 93]);
  });

  it("why cards from the '이러한 절차가 필요한 이유' lists", () => {
    const [w3] = of("qa");
    expect(w3!.answer).toBe("- 신뢰성 있는 연결을 생성하기 위함\n- 양쪽 모두 데이터를 전송할 준비가 되었다는 것을 보장하기 위함");
  });

  it("no duplicates: ids and normalised answers are unique (TIME_WAIT explained once)", () => {
    const ids = deck.cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const answers = deck.cards.map((c) => normalizeAnswer(c.answer));
    expect(new Set(answers).size).toBe(answers.length);
    expect(deck.cards.filter((c) => c.answer.includes("잉여 패킷을 기다리는"))).toHaveLength(1);
  });

  it("both 출처 links, deduped, on the deck and on every card", () => {
    expect(deck.deck.sources).toEqual([LINK1, LINK2]);
    for (const c of deck.cards) expect(c.sources).toEqual([LINK1, LINK2]);
  });

  it("ids are stable across runs and ignore body edits", () => {
    const again = parseDeck(text, { path: "000_ca9599d932fffa20.txt" });
    expect(again.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
    const edited = parseDeck(text.replace("SYN_SENT 상태가 됩니다", "SYN_SENT 상태가 되요"), { path: "000_ca9599d932fffa20.txt" });
    expect(edited.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
  });
});
