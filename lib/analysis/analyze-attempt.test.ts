import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { analyzeAttempt, suggestRating } from "./analyze-attempt";
import type { AnalysisCard } from "./key-points";

const CONTENT = path.resolve(__dirname, "..", "..", "content");
const tcp = parseDeck(fs.readFileSync(path.join(CONTENT, "tcp-handshake.md"), "utf8"), { path: "tcp-handshake.md" }).cards;
const threeWay = tcp.find((c) => c.kind === "steps" && c.prompt.startsWith("TCP 3"))!;
const fourWay = tcp.find((c) => c.kind === "steps" && c.prompt.startsWith("TCP 4"))!;

// Spoken-style answers written for these tests: fillers, Hangul spellings of
// English terms (신, 애크), recognition slips, missing steps.
const THREE_WAY_TWO_STEPS =
  "음 먼저 클라이언트가 서버로 접속을 요청하는 신을 보내고 어 SYN_SENT 상태가 됩니다. 그 다음에 이제 클라이언트가 애크를 보내고 ESTABLISHED 상태가 되면서 연결이 이루어집니다.";

describe("analyzeAttempt: required facts", () => {
  it("a transcript identical to the model answer covers every key point, on every built-in card", () => {
    const files = fs.readdirSync(CONTENT).filter((f) => f.endsWith(".md") && f !== "README.md");
    let cards = 0;
    for (const file of files) {
      for (const card of parseDeck(fs.readFileSync(path.join(CONTENT, file), "utf8"), { path: file }).cards) {
        const a = analyzeAttempt({ card, transcript: card.answer, durationMs: 30_000, targetSeconds: 60 });
        expect(a.keyPoints.length, `${file}: ${card.prompt}`).toBeGreaterThan(0);
        expect(a.coverage, `${file}: ${card.prompt}`).toBe(1);
        cards++;
      }
    }
    expect(cards).toBeGreaterThan(50);
  });

  it("an empty transcript covers nothing", () => {
    const a = analyzeAttempt({ card: threeWay, transcript: "", durationMs: 0, targetSeconds: 30 });
    expect(a.coverage).toBe(0);
    expect(a.keyPoints.map((k) => k.covered)).toEqual([false, false, false]);
    expect(a.fillers).toEqual({ count: 0, perMinute: 0, words: [] });
    expect(a.pace.syllablesPerMinute).toBe(0);
    expect(a.suggestedRating).toBe(1);
  });

  it("the 4-way handshake without its third step scores the three steps it has", () => {
    const transcript = [0, 1, 3].map((i) => fourWay.steps![i]).join(" ");
    const a = analyzeAttempt({ card: fourWay, transcript, durationMs: 30_000, targetSeconds: 40 });
    expect(a.keyPoints.map((k) => k.covered)).toEqual([true, true, false, true]);
    expect(a.coverage).toBe(0.75);
    expect(a.suggestedRating).toBe(3);
  });

  it("the 4-way handshake spoken loosely with one step left out", () => {
    const transcript =
      "어 클라이언트가 먼저 연결을 종료하겠다고 핀을 전송해요. 그러면 음 서버는 핀을 수신하고 확인했다는 애크를 보내고 CLOSE_WAIT 상태가 되고요, " +
      "클라이언트는 FIN_WAIT 상태에서 기다립니다. 마지막으로 클라이언트가 애크를 보내고 타임 웨이트 상태로 잠깐 있다가 클로즈드 상태가 돼요.";
    const a = analyzeAttempt({ card: fourWay, transcript, durationMs: 40_000, targetSeconds: 40 });
    expect(a.keyPoints.map((k) => k.covered)).toEqual([true, true, false, true]);
    expect(a.coverage).toBe(0.75);
  });
});

describe("analyzeAttempt: a spoken 3-way handshake with two of three steps", () => {
  const a = analyzeAttempt({ card: threeWay, transcript: THREE_WAY_TWO_STEPS, durationMs: 20_000, targetSeconds: 30, earlierPaces: [240, 180, 300, 200] });

  it("covers steps 1 and 3, misses the SYN+ACK step", () => {
    expect(a.keyPoints.map((k) => k.covered)).toEqual([true, false, true]);
    expect(a.keyPoints[1]!.text).toContain("SYN+ACK");
    expect(a.coverage).toBe(0.667);
    expect(a.suggestedRating).toBe(2);
  });

  it("marks the words that covered a step", () => {
    const said = a.keyPoints[0]!.spans.map(([s, e]) => THREE_WAY_TWO_STEPS.slice(s, e));
    expect(said).toEqual(["클라이언트가", "서버로", "접속을", "요청하는", "신을", "보내고", "SYN_SENT"]);
    expect(a.keyPoints[1]!.spans).toEqual([]);
  });

  it("counts fillers, pace against the earlier median, length and repeats", () => {
    expect(a.fillers).toEqual({
      count: 4,
      perMinute: 12,
      words: [
        { word: "음", count: 1 },
        { word: "어", count: 1 },
        { word: "그", count: 1 },
        { word: "이제", count: 1 },
      ],
    });
    expect(a.pace).toEqual({ syllablesPerMinute: 210, syllables: 70, earlierMedian: 220, target: 300 });
    expect(a.lengthSeconds).toBe(20);
    expect(a.withinTarget).toBe(true);
    expect(a.repeatedWords).toEqual([
      { word: "클라이언트", count: 2 },
      { word: "보내", count: 2 },
    ]);
  });
});

const deadlock: AnalysisCard = {
  kind: "script",
  prompt: "교착 상태가 일어나는 조건은?",
  answer: "핵심: 상호 배제, 점유 대기, 비선점, 순환 대기\n\n교착 상태는 네 가지 조건이 모두 성립할 때 일어납니다.",
};

describe("analyzeAttempt: explicit key points, recognition errors, spacing", () => {
  it("uses the note's 핵심 list and tolerates spacing and particles", () => {
    const transcript = "음 그러니까 상호배제가 있고요 점유대기, 그리고 순환 대기를 말할 수 있습니다 약간 약간";
    const a = analyzeAttempt({ card: deadlock, transcript, durationMs: 15_000, targetSeconds: 30 });
    expect(a.keyPoints.map((k) => [k.text, k.covered])).toEqual([
      ["상호 배제", true],
      ["점유 대기", true],
      ["비선점", false],
      ["순환 대기", true],
    ]);
    expect(a.coverage).toBe(0.75);
    expect(a.fillers.count).toBe(4);
    expect(a.fillers.words).toEqual([
      { word: "약간", count: 2 },
      { word: "음", count: 1 },
      { word: "그러니까", count: 1 },
    ]);
    expect(a.fillers.perMinute).toBe(16);
  });

  it("accepts a jamo-near recognition error on a long word but not a different word", () => {
    const card: AnalysisCard = { kind: "qa", prompt: "격리 수준?", answer: "Key points:\n- 트랜잭션\n- 격리 수준\n" };
    const slip = analyzeAttempt({ card, transcript: "트렌잭션 격리 수준", durationMs: 5_000, targetSeconds: 0 });
    expect(slip.keyPoints.map((k) => k.covered)).toEqual([true, true]);
    const other = analyzeAttempt({ card, transcript: "트리거 격리", durationMs: 5_000, targetSeconds: 0 });
    expect(other.keyPoints.map((k) => k.covered)).toEqual([false, true]);
  });

  it("reads English terms spoken in Hangul and split across words", () => {
    const card: AnalysisCard = { kind: "script", prompt: "?", answer: "SYN_SENT, SYN+ACK, TIME_WAIT, TCP/IP" };
    const a = analyzeAttempt({ card, transcript: "신 센트 상태에서 신 애크를 받고 타임 웨이트 그리고 티씨피 아이피", durationMs: 8_000, targetSeconds: 0 });
    expect(a.keyPoints.map((k) => [k.text, k.covered])).toEqual([
      ["SYN_SENT", true],
      ["SYN+ACK", true],
      ["TIME_WAIT", true],
      ["TCP/IP", true],
    ]);
    expect(a.suggestedRating).toBe(4);
  });

  it("falls back to terms: code spans, bold, acronyms and one noun per sentence", () => {
    const card: AnalysisCard = {
      kind: "script",
      prompt: "GC?",
      answer: "**가비지 컬렉션**은 `Stop-the-world` 동안 JVM이 힙을 정리합니다. 객체를 Young 영역에서 Old 영역으로 옮깁니다.",
    };
    const a = analyzeAttempt({ card, transcript: "가비지 컬렉션이 일어나면 JVM이 멈춥니다", durationMs: 6_000, targetSeconds: 20 });
    expect(a.keyPoints.map((k) => [k.text, k.covered])).toEqual([
      ["가비지 컬렉션", true],
      ["Stop-the-world", false],
      ["JVM", true],
      ["Young", false],
      ["Old", false],
      ["객체", false],
    ]);
    expect(a.coverage).toBe(0.333);
    expect(a.suggestedRating).toBe(1);
  });
});

describe("suggestRating", () => {
  it("follows the thresholds", () => {
    expect(suggestRating(0.399, true)).toBe(1);
    expect(suggestRating(0.4, true)).toBe(2);
    expect(suggestRating(0.699, true)).toBe(2);
    expect(suggestRating(0.7, true)).toBe(3);
    expect(suggestRating(0.95, false)).toBe(3);
    expect(suggestRating(0.9, true)).toBe(4);
  });

  it("over the target length, a full answer is 알맞음, not 쉬움", () => {
    const a = analyzeAttempt({ card: threeWay, transcript: threeWay.answer, durationMs: 61_000, targetSeconds: 60 });
    expect(a.coverage).toBe(1);
    expect(a.withinTarget).toBe(false);
    expect(a.suggestedRating).toBe(3);
  });
});
