import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeZip } from "@/lib/export/write-zip";
import { apiRequest, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

/*
 * Issue 13's proof, as behaviour rather than milliseconds (the speed goal is
 * `npm run bench -- --only abuse`): while the worst imports we know run,
 * another user's grades keep completing — several of them before the import
 * or restore finishes. When an import or restore held the request thread
 * (parsing on it, or Prisma compiling a 12 MB statement inside one long
 * transaction), no grade sent after it could finish before it did.
 */
type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, imports: Handler, restore: Handler, grade: Handler;

beforeAll(async () => {
  db = await useAppTestDb();
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  // The parser runs through tsx here, several times slower than in a build: the import must get to its writes.
  process.env.IMPORT_TIME_LIMIT_MS = "600000";
  signup = (await import("@/app/api/v1/auth/signup/route")).POST as Handler;
  imports = (await import("@/app/api/v1/imports/route")).POST as Handler;
  restore = (await import("@/app/api/v1/export/restore/route")).POST as Handler;
  grade = (await import("@/app/api/v1/reviews/route")).POST as Handler;
  const { syncBuiltInDecks } = await import("@/lib/content/sync-built-in-decks");
  await syncBuiltInDecks(db.prisma, new Date());
});
afterAll(() => {
  delete process.env.IMPORT_TIME_LIMIT_MS;
  return db.cleanup();
});

/** A deck's source: the row's Markdown and the pieces a long one is stored in (lib/content/markdown-pieces.ts). */
const markdownSelect = { markdown: true, markdownPieces: { orderBy: { n: "asc" }, select: { text: true } } } as const;
const wholeMarkdown = (d: { markdown: string; markdownPieces: { text: string }[] }) => d.markdown + d.markdownPieces.map((p) => p.text).join("");

let n = 0;
async function newUser() {
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: `abuse${++n}-${Date.now()}@example.com`, password: "abuse-pass-1" } }), undefined);
  expect(res.status).toBe(201);
  return { cookie: sessionCookieFrom(res), id: ((await res.json()) as { user: { id: string } }).user.id };
}

/** The ten-note zip of the issue: ten 1.9 MB notes, 67 KB compressed. */
function tenBigNotes(): { body: string; note: string } {
  const para = "## 같은 주제\n\n" + "같은 문장이 끝없이 이어집니다. ".repeat(40) + "\n\n";
  const note = para.repeat(Math.floor(1.9e6 / Buffer.byteLength(para)));
  const zip = writeZip(Array.from({ length: 10 }, (_, i) => ({ path: `big-${i}.md`, content: note })));
  return { body: JSON.stringify({ files: [{ name: "big.zip", content: Buffer.from(zip).toString("base64"), encoding: "base64" }] }), note };
}

/**
 * Sends `work`, then grades back to back (one at a time, as a user does)
 * until it settles; returns the work's response and the statuses of the
 * grades that completed before it did.
 */
async function gradeWhile(work: () => Promise<Response>, cookie: string, cardIds: string[]) {
  let settled = false;
  const running = work().finally(() => (settled = true));
  const before: number[] = [];
  let i = 0;
  while (!settled) {
    // A browser's grades arrive over the network: give the event loop a turn
    // between them, as a socket read would (the handlers here run on a
    // synchronous driver and would otherwise starve the worker's messages).
    await new Promise((resolve) => setImmediate(resolve));
    const res = await grade(apiRequest("/api/v1/reviews", { cookie, body: { id: crypto.randomUUID(), cardId: cardIds[i++ % cardIds.length], rating: 3, durationMs: 1000 } }), undefined);
    if (!settled) before.push(res.status);
  }
  return { res: await running, before };
}

describe("grades during the worst imports (issue 13)", () => {
  let cardIds: string[];
  beforeAll(async () => {
    cardIds = (await db.prisma.card.findMany({ where: { deck: { builtIn: true }, parentId: null, archivedAt: null }, select: { id: true }, take: 40 })).map((c) => c.id);
    expect(cardIds.length).toBeGreaterThan(10);
  });

  it("keep completing while a zip of ten 1.9 MB notes is parsed and saved", async () => {
    const attacker = await newUser();
    const victim = await newUser();
    const { body, note } = tenBigNotes();
    const { res, before } = await gradeWhile(() => imports(apiRequest("/api/v1/imports", { cookie: attacker.cookie, body }), undefined), victim.cookie, cardIds);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await db.prisma.deck.count({ where: { ownerId: attacker.id } })).toBe(10);
    // Every note arrived whole (written around the query compiler, in pieces).
    const decks = await db.prisma.deck.findMany({ where: { ownerId: attacker.id }, select: markdownSelect });
    expect(decks.map((d) => wholeMarkdown(d) === note)).toEqual(Array(10).fill(true));
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.filter((s) => s !== 201)).toEqual([]); // every grade saved
  }, 900_000);

  it("keep completing while a 12 MB restore with 3,000 review logs is checked and written", async () => {
    const restorer = await newUser();
    const victim = await newUser();
    const at = "2026-11-20T09:00:00.000Z";
    const logs = Array.from({ length: 3000 }, (_, i) => ({
      id: `log-${i}-${Date.now()}`, cardId: cardIds[i % cardIds.length]!, rating: 3, state: 2, due: at, stability: 3, difficulty: 5,
      elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 3, learningSteps: 0, reviewedAt: at, durationMs: 5000,
      previousState: null, nextState: JSON.stringify({ due: at }), studyDay: "2026-11-20", undoneAt: null, createdAt: at,
    }));
    const body = JSON.stringify({
      format: "rehearse-export", version: 1, exportedAt: at, settings: null, cardStates: [], reviewLogs: logs, studyDays: [{ day: "2026-11-20", reviews: 3000 }],
      decks: [{ id: "d_x", slug: "big", title: "큰 덱", description: "", tags: [], sources: [], sourcePath: "big.md", markdown: "가".repeat(4_000_000), contentHash: "x", createdAt: at, cards: [] }],
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(12e6);
    const { res, before } = await gradeWhile(() => restore(apiRequest("/api/v1/export/restore", { cookie: restorer.cookie, body }), undefined), victim.cookie, cardIds);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ decks: 1, cards: 0, cardStates: 0, reviewLogs: 3000, attempts: 0 });
    const deck = await db.prisma.deck.findFirstOrThrow({ where: { ownerId: restorer.id }, select: markdownSelect });
    expect(wholeMarkdown(deck)).toBe("가".repeat(4_000_000));
    expect(await db.prisma.reviewLog.count({ where: { userId: restorer.id } })).toBe(3000);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.filter((s) => s !== 201)).toEqual([]); // every grade saved
  }, 300_000);
});
