import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { parseDeck } from "@/lib/parser";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { listAttempts, recordAttempt } from "./attempts";

const NOW = new Date("2026-11-24T01:00:00Z");
const at = (min: number) => new Date(NOW.getTime() + min * 60_000);
const tcp = parseDeck(fs.readFileSync(path.resolve(__dirname, "..", "..", "content", "tcp-handshake.md"), "utf8"), { path: "tcp-handshake.md" });
const SPOKEN = "음 먼저 클라이언트가 서버로 접속을 요청하는 신을 보내고 어 SYN_SENT 상태가 됩니다. 그 다음에 이제 클라이언트가 애크를 보내고 ESTABLISHED 상태가 되면서 연결이 이루어집니다.";

async function tcpDeck() {
  const ids = await seedDeck(`builtin-tcp-${Math.random().toString(36).slice(2, 8)}`, tcp);
  const threeWay = tcp.cards.find((c) => c.kind === "steps" && c.prompt.startsWith("TCP 3"))!;
  return ids[threeWay.id]!;
}

describe("recordAttempt", () => {
  it("answers the analysis and stores figures, but not the transcript while saving is off", async () => {
    const user = await seedUser();
    const cardId = await tcpDeck();
    const out = await recordAttempt(user, cardId, { transcript: SPOKEN, durationMs: 20_000, source: "speech" }, NOW);
    expect(out).toMatchObject({
      coverage: 0.667,
      fillers: { count: 4, perMinute: 12 },
      pace: { syllablesPerMinute: 210, earlierMedian: null },
      lengthSeconds: 20,
      suggestedRating: 2,
      transcriptSaved: false,
      source: "speech",
    });
    expect(out.keyPoints.map((k) => k.covered)).toEqual([true, false, true]);
    const row = await prisma.attempt.findUniqueOrThrow({ where: { id: out.id } });
    expect(row).toMatchObject({ userId: user.id, cardId, transcript: null, coverage: 0.667, keyPointCount: 3, coveredCount: 2, syllablesPerMinute: 210, fillerCount: 4 });
    // The stored figures carry no word the user said beyond the fixed filler list.
    expect(row.analysis).not.toContain("애크");
    expect(row.analysis).not.toContain("되면서");
  });

  it("keeps the transcript once the user turned on 답변 기록 저장, and compares pace with earlier spoken attempts", async () => {
    const user = await seedUser();
    const cardId = await tcpDeck();
    await recordAttempt(user, cardId, { transcript: "클라이언트가 신을 보냅니다", durationMs: 3_000, source: "speech" }, at(1)); // 12 syllables / 3 s = 240
    await recordAttempt(user, cardId, { transcript: "클라이언트가 신을 보냅니다", durationMs: 4_000, source: "speech" }, at(2)); // 180
    await recordAttempt(user, cardId, { transcript: "아주 빨리 입력한 답", durationMs: 1_000, source: "typed" }, at(3)); // typed: not a pace
    await prisma.settings.update({ where: { userId: user.id }, data: { saveTranscripts: true } });
    const out = await recordAttempt(user, cardId, { transcript: SPOKEN, durationMs: 20_000, source: "speech" }, at(4));
    expect(out.pace.earlierMedian).toBe(210);
    expect(out.transcriptSaved).toBe(true);
    const list = await listAttempts(user, cardId);
    expect(list.map((a) => [a.source, a.syllablesPerMinute, a.transcript])).toEqual([
      ["speech", 240, null],
      ["speech", 180, null],
      ["typed", 480, null],
      ["speech", 210, SPOKEN],
    ]);
    expect(list[3]!.keyPoints.map((k) => k.covered)).toEqual([true, false, true]);
  });

  it("is 404 for a card the user cannot see, and lists only the user's own attempts", async () => {
    const owner = await seedUser();
    const other = await seedUser();
    const privateIds = await seedDeck(`own-${owner.id}`, undefined, owner.id);
    const privateCard = Object.values(privateIds)[0]!;
    await expect(recordAttempt(other, privateCard, { transcript: "x", durationMs: 1, source: "typed" }, NOW)).rejects.toMatchObject({ status: 404 });
    await expect(listAttempts(other, privateCard)).rejects.toMatchObject({ status: 404 });
    const shared = await tcpDeck();
    await recordAttempt(owner, shared, { transcript: SPOKEN, durationMs: 20_000, source: "speech" }, NOW);
    expect(await listAttempts(other, shared)).toEqual([]);
    expect(await listAttempts(owner, shared)).toHaveLength(1);
  });
});
