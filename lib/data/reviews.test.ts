import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { gradeCard } from "@/lib/scheduler/scheduler";
import { getSchedulerSettings } from "./settings";
import { recordReview } from "./reviews";
import { undoLastReview, undoReview } from "./undo-review";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";

const NOW = new Date("2026-11-24T01:00:00Z"); // 10:00 in Seoul
const LATER = new Date("2026-11-24T01:20:00Z");
const uuid = () => crypto.randomUUID();

async function stateOf(userId: string, cardId: string) {
  return prisma.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
}

describe("recordReview", () => {
  it("writes the FSRS state exactly as ts-fsrs computes it, with one log and the study-day count", async () => {
    const ids = await seedDeck("deck-r1");
    const user = await seedUser();
    const cardId = ids["topic-a"]!;
    const out = await recordReview(user, { id: uuid(), cardId, rating: 3, durationMs: 4200, version: 0 }, NOW);
    const expected = gradeCard({ state: null, cardId, rating: 3, now: NOW, settings: await getSchedulerSettings(user) });

    expect(out.created).toBe(true);
    const row = await stateOf(user.id, cardId);
    expect(row).toMatchObject({ ...expected.next, version: 1, lastRating: 3, passedAt: NOW });
    expect(out.body).toEqual({
      cardId,
      state: { due: expected.next.due.toISOString(), stability: expected.next.stability, difficulty: expected.next.difficulty, reps: 1, lapses: 0, state: expected.next.state },
    });
    const logs = await prisma.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, durationMs: 4200, studyDay: "2026-11-24", previousState: null });
    expect(await prisma.studyDay.findMany({ where: { userId: user.id } })).toEqual([{ userId: user.id, day: "2026-11-24", reviews: 1 }]);
  });

  it("applies a retried id once and answers with the first body", async () => {
    const ids = await seedDeck("deck-r2");
    const user = await seedUser();
    const req = { id: uuid(), cardId: ids["topic-a"]!, rating: 3 as const, durationMs: 1000, version: 0 };
    const first = await recordReview(user, req, NOW);
    const again = await recordReview(user, req, LATER);
    expect(again).toEqual({ created: false, body: first.body });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await stateOf(user.id, req.cardId))?.version).toBe(1);
  });

  it("refuses an id reused for another card", async () => {
    const ids = await seedDeck("deck-r3");
    const user = await seedUser();
    const id = uuid();
    await recordReview(user, { id, cardId: ids["topic-a"]!, rating: 3, durationMs: 1 }, NOW);
    await expect(recordReview(user, { id, cardId: ids["topic-b"]!, rating: 3, durationMs: 1 }, NOW)).rejects.toMatchObject({ status: 409, code: "id_reused" });
  });

  it("gives the second of two tabs a conflict and applies nothing twice", async () => {
    const ids = await seedDeck("deck-r4");
    const user = await seedUser();
    const cardId = ids["topic-a"]!;
    await recordReview(user, { id: uuid(), cardId, rating: 3, durationMs: 1, version: 0 }, NOW);
    const before = await stateOf(user.id, cardId);
    await expect(recordReview(user, { id: uuid(), cardId, rating: 4, durationMs: 1, version: 0 }, NOW)).rejects.toMatchObject({ status: 409, code: "conflict" });
    expect(await stateOf(user.id, cardId)).toEqual(before);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("treats another user's private card as not found and writes nothing", async () => {
    const owner = await seedUser();
    const ids = await seedDeck("deck-private", undefined, owner.id);
    const intruder = await seedUser();
    await expect(recordReview(intruder, { id: uuid(), cardId: ids["topic-a"]!, rating: 3, durationMs: 1 }, NOW)).rejects.toMatchObject({ status: 404 });
    expect(await prisma.cardState.count({ where: { userId: intruder.id } })).toBe(0);
    expect(await prisma.reviewLog.count({ where: { userId: intruder.id } })).toBe(0);
  });

  it("keeps two users' progress on the same built-in deck apart", async () => {
    const ids = await seedDeck("deck-shared");
    const [a, b] = [await seedUser(), await seedUser()];
    await recordReview(a, { id: uuid(), cardId: ids["topic-a"]!, rating: 1, durationMs: 1 }, NOW);
    expect(await prisma.cardState.count({ where: { userId: b.id } })).toBe(0);
    await recordReview(b, { id: uuid(), cardId: ids["topic-a"]!, rating: 4, durationMs: 1, version: 0 }, NOW);
    expect((await stateOf(a.id, ids["topic-a"]!))?.lastRating).toBe(1);
    expect((await stateOf(b.id, ids["topic-a"]!))?.lastRating).toBe(4);
  });
});

describe("undoLastReview", () => {
  it("restores the exact previous state and removes the log", async () => {
    const ids = await seedDeck("deck-u1");
    const user = await seedUser();
    const cardId = ids["topic-a"]!;
    await recordReview(user, { id: uuid(), cardId, rating: 3, durationMs: 1 }, NOW);
    const before = await stateOf(user.id, cardId);
    await recordReview(user, { id: uuid(), cardId, rating: 1, durationMs: 1 }, LATER);

    const undone = await undoLastReview(user, LATER);
    const after = await stateOf(user.id, cardId);
    const strip = (r: typeof before) => {
      const { version, updatedAt, ...rest } = r!;
      return rest;
    };
    expect(strip(after)).toEqual(strip(before));
    expect(after!.version).toBe(3); // moves forward: a tab showing the undone grade is stale
    expect(undone).toEqual({ cardId, state: { due: before!.due.toISOString(), stability: before!.stability, difficulty: before!.difficulty, reps: 1, lapses: 0, state: before!.state } });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await prisma.studyDay.findFirst({ where: { userId: user.id } }))?.reviews).toBe(1);
  });

  it("returns a first grade's card to new, then reports nothing to undo", async () => {
    const ids = await seedDeck("deck-u2");
    const user = await seedUser();
    await recordReview(user, { id: uuid(), cardId: ids["question"]!, rating: 2, durationMs: 1 }, NOW);
    const undone = await undoLastReview(user, NOW);
    expect(undone.state).toEqual({ due: NOW.toISOString(), stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 0 });
    expect(await stateOf(user.id, ids["question"]!)).toBeNull();
    expect(await prisma.studyDay.count({ where: { userId: user.id } })).toBe(0);
    await expect(undoLastReview(user, NOW)).rejects.toMatchObject({ status: 409, code: "nothing_to_undo" });
  });
});

describe("undo is per user", () => {
  it("never touches another user's grades", async () => {
    const ids = await seedDeck("deck-u3");
    const [a, b] = [await seedUser(), await seedUser()];
    await recordReview(a, { id: uuid(), cardId: ids["topic-a"]!, rating: 3, durationMs: 1 }, NOW);
    await expect(undoLastReview(b, NOW)).rejects.toMatchObject({ status: 409, code: "nothing_to_undo" });
    expect(await prisma.reviewLog.count({ where: { userId: a.id } })).toBe(1);
  });

  it("restores a card whose state row was removed by a reset", async () => {
    const ids = await seedDeck("deck-u4");
    const user = await seedUser();
    const cardId = ids["topic-a"]!;
    await recordReview(user, { id: uuid(), cardId, rating: 3, durationMs: 1 }, NOW);
    const before = await stateOf(user.id, cardId);
    await recordReview(user, { id: uuid(), cardId, rating: 4, durationMs: 1 }, LATER);
    await prisma.cardState.delete({ where: { userId_cardId: { userId: user.id, cardId } } }); // "reset to new"
    await undoLastReview(user, LATER);
    expect(await stateOf(user.id, cardId)).toMatchObject({ due: before!.due, stability: before!.stability, reps: 1, lastRating: 3 });
  });
});

describe("undoReview (names the grade it takes back)", () => {
  it("a repeated or concurrent request for the same review is a no-op; an older review is 409", async () => {
    const ids = await seedDeck("deck-u-named");
    const user = await seedUser();
    const [first, second] = [uuid(), uuid()];
    await recordReview(user, { id: first, cardId: ids["topic-a"]!, rating: 3, durationMs: 1 }, NOW);
    await recordReview(user, { id: second, cardId: ids["question"]!, rating: 3, durationMs: 1 }, LATER);
    await expect(undoReview(user, first, LATER)).rejects.toMatchObject({ status: 409, code: "not_latest" });
    const both = await Promise.all([undoReview(user, second, LATER), undoReview(user, second, LATER)]);
    expect(both.map((o) => [o.reviewId, o.cardId, o.undone]).sort()).toEqual([
      [second, ids["question"], false],
      [second, ids["question"], true],
    ]);
    // Only the named grade went; the first one is still there.
    expect((await prisma.reviewLog.findMany({ where: { userId: user.id }, select: { id: true } })).map((l) => l.id)).toEqual([first]);
    expect((await undoReview(user, second, LATER)).undone).toBe(false);
    await expect(undoReview(user, uuid(), LATER)).rejects.toMatchObject({ status: 404 });
  });
});
