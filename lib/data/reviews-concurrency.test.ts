// Grades racing each other on one database: run on SQLite and, in the
// PostgreSQL run of `npm test`, on PostgreSQL (serializable + retry there).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { recordReview } from "./reviews";

const NOW = new Date("2026-11-24T01:00:00Z");
const uuid = () => crypto.randomUUID();
const settle = <T>(ps: Promise<T>[]) => Promise.allSettled(ps);

describe("concurrent grades", () => {
  it("apply one grade id sent eight times at once exactly once, answering every copy with the same body", async () => {
    const ids = await seedDeck("deck-c1");
    const user = await seedUser();
    const req = { id: uuid(), cardId: ids["topic-a"]!, rating: 3 as const, durationMs: 900 };
    const results = await settle(Array.from({ length: 8 }, () => recordReview(user, req, NOW)));
    const ok = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof recordReview>>>).value);
    expect(ok).toHaveLength(8);
    expect(ok.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(ok.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.studyDay.findMany({ where: { userId: user.id }, select: { reviews: true } })).toEqual([{ reviews: 1 }]);
  });

  it("let one of several grades of the same card version win; the others get 409 and write nothing", async () => {
    const ids = await seedDeck("deck-c2");
    const user = await seedUser();
    const cardId = ids["topic-a"]!;
    const results = await settle(Array.from({ length: 6 }, () => recordReview(user, { id: uuid(), cardId, rating: 3, durationMs: 1, version: 0 }, NOW)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as { status?: number });
    expect(refused.map((e) => e.status)).toEqual([409, 409, 409, 409, 409]);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await prisma.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } } }))?.version).toBe(1);
  });

  it("apply every grade of one card sent without a version, one after another (no lost update)", async () => {
    const ids = await seedDeck("deck-c3");
    const user = await seedUser();
    const cardId = ids["topic-a"]!;
    const results = await settle(Array.from({ length: 6 }, () => recordReview(user, { id: uuid(), cardId, rating: 3, durationMs: 1 }, NOW)));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill("fulfilled"));
    const state = await prisma.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } } });
    expect(state).toMatchObject({ version: 6, reps: 6 });
    expect(await prisma.studyDay.findMany({ where: { userId: user.id }, select: { reviews: true } })).toEqual([{ reviews: 6 }]);
  });

  it("answer each of several grades sent together on its own: a refused one writes nothing, the rest are all stored", async () => {
    const ids = await seedDeck("deck-c4");
    const user = await seedUser();
    const other = await seedUser();
    const reused = uuid();
    await recordReview(other, { id: reused, cardId: ids["topic-b"]!, rating: 3, durationMs: 1 }, NOW);
    const results = await settle([
      recordReview(user, { id: uuid(), cardId: ids["topic-a"]!, rating: 3, durationMs: 1, version: 0 }, NOW),
      recordReview(user, { id: uuid(), cardId: ids["question"]!, rating: 4, durationMs: 1, version: 5 }, NOW), // stale version
      recordReview(user, { id: uuid(), cardId: "no-such-card", rating: 3, durationMs: 1 }, NOW),
      recordReview(user, { id: reused, cardId: ids["topic-b"]!, rating: 3, durationMs: 1 }, NOW), // another user's grade id
      recordReview(user, { id: uuid(), cardId: ids["topic-b-follow"]!, rating: 3, durationMs: 1 }, NOW), // topic not passed
      recordReview(user, { id: uuid(), cardId: ids["topic-b"]!, rating: 1, durationMs: 1 }, NOW),
    ]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.created : ((r as PromiseRejectedResult).reason as { status: number; code?: string }).status))).toEqual([
      true,
      409,
      404,
      409,
      409,
      true,
    ]);
    const logs = await prisma.reviewLog.findMany({ where: { userId: user.id }, select: { cardId: true, rating: true } });
    expect(new Map(logs.map((l) => [l.cardId, l.rating]))).toEqual(new Map([[ids["topic-a"], 3], [ids["topic-b"], 1]]));
    expect(logs).toHaveLength(2);
    expect(await prisma.cardState.count({ where: { userId: user.id } })).toBe(2);
    expect(await prisma.studyDay.findMany({ where: { userId: user.id }, select: { reviews: true } })).toEqual([{ reviews: 2 }]);
  });
});
