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
});
