import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { recordReview } from "./reviews";
import { getTodaySummary } from "./today";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";

const uuid = () => crypto.randomUUID();
// Asia/Seoul, day starts 04:00 local (= 19:00 UTC the day before).
const DAY1_10AM = new Date("2026-11-24T01:00:00Z");
const DAY1_0330_NEXT_MORNING = new Date("2026-11-24T18:30:00Z"); // 03:30 on the 25th: still study day 24
const DAY2_10AM = new Date("2026-11-25T01:00:00Z");
const DAY3_10AM = new Date("2026-11-26T01:00:00Z");

describe("getTodaySummary", () => {
  it("counts due, new, done today and the streak in the user's study day", async () => {
    const ids = await seedDeck("deck-today");
    const user = await seedUser("Asia/Seoul", 10);
    const deck = async (now: Date) => {
      const s = await getTodaySummary(user, now);
      return { s, d: s.decks.find((x) => x.id === "deck-today")! };
    };

    const fresh = await deck(DAY1_10AM);
    expect(fresh.d).toEqual({ id: "deck-today", title: "샘플 덱", due: 0, new: 3, total: 5, tags: [] }); // follow-ups are not new until unlocked
    expect(fresh.s).toMatchObject({ due: 0, doneToday: 0, streak: 0, studyDay: "2026-11-24" });

    await recordReview(user, { id: uuid(), cardId: ids["topic-a"]!, rating: 3, durationMs: 1 }, DAY1_10AM);
    const after = await deck(DAY1_10AM);
    expect(after.d).toMatchObject({ due: 1, new: 3 }); // topic-a is learning; its follow-up unlocked (+1), topic-a no longer new (−1)
    expect(after.s).toMatchObject({ due: 1, doneToday: 1, streak: 1 });
    expect(after.s.new).toBe(after.d.new); // the only deck: the total is its row

    // 03:30 the next calendar morning is still the same study day (day starts at 04:00).
    await recordReview(user, { id: uuid(), cardId: ids["question"]!, rating: 4, durationMs: 1 }, DAY1_0330_NEXT_MORNING);
    expect((await deck(DAY1_0330_NEXT_MORNING)).s).toMatchObject({ doneToday: 2, streak: 1, studyDay: "2026-11-24" });

    const nextDay = await deck(DAY2_10AM);
    expect(nextDay.s).toMatchObject({ doneToday: 0, streak: 1, studyDay: "2026-11-25" }); // yesterday still counts
    await recordReview(user, { id: uuid(), cardId: ids["topic-b"]!, rating: 3, durationMs: 1 }, DAY2_10AM);
    expect((await deck(DAY2_10AM)).s).toMatchObject({ doneToday: 1, streak: 2 });

    expect((await deck(new Date("2026-11-28T01:00:00Z"))).s.streak).toBe(0); // a missed day breaks it
    expect((await deck(DAY3_10AM)).s.streak).toBe(2);
  });

  it("counts from card_state: archived cards are gone, a suspended card is studied but not due, new = topics − studied", async () => {
    const ids = await seedDeck("deck-today-states");
    const user = await seedUser("Asia/Seoul", 10);
    const other = await seedUser("Asia/Seoul", 10);
    const row = async (now: Date) => {
      const s = await getTodaySummary(user, now);
      const d = s.decks.find((x) => x.id === "deck-today-states")!;
      return { due: d.due, new: d.new, total: d.total, doneToday: s.doneToday, cardsToday: s.cardsToday };
    };
    await recordReview(user, { id: uuid(), cardId: ids["topic-a"]!, rating: 3, durationMs: 1 }, DAY1_10AM); // learning, due today; unlocks topic-a-follow
    await recordReview(user, { id: uuid(), cardId: ids["topic-a"]!, rating: 1, durationMs: 1 }, DAY1_10AM); // same card again: one distinct card
    await recordReview(user, { id: uuid(), cardId: ids["question"]!, rating: 4, durationMs: 1 }, DAY1_10AM); // a review days away
    await recordReview(other, { id: uuid(), cardId: ids["topic-b"]!, rating: 3, durationMs: 1 }, DAY1_10AM); // someone else's progress
    // topic-a was failed (Again): its follow-up waits; topic-b is still new.
    expect(await row(DAY1_10AM)).toEqual({ due: 1, new: 1, total: 5, doneToday: 3, cardsToday: 2 });

    await prisma.card.update({ where: { id: ids["topic-b"]! }, data: { archivedAt: DAY1_10AM } });
    expect(await row(DAY1_10AM)).toEqual({ due: 1, new: 0, total: 4, doneToday: 3, cardsToday: 2 });

    await prisma.cardState.update({ where: { userId_cardId: { userId: user.id, cardId: ids["topic-a"]! } }, data: { suspended: true } });
    expect(await row(DAY1_10AM)).toEqual({ due: 0, new: 0, total: 4, doneToday: 3, cardsToday: 2 }); // suspended: not due, and not new either

    await prisma.cardState.update({ where: { userId_cardId: { userId: user.id, cardId: ids["topic-a"]! } }, data: { suspended: false } });
    await recordReview(user, { id: uuid(), cardId: ids["topic-a"]!, rating: 3, durationMs: 1 }, DAY1_0330_NEXT_MORNING);
    // Passing again unlocks its follow-up (new 1); the step it is on is due later that study day.
    expect(await row(DAY1_0330_NEXT_MORNING)).toEqual({ due: 1, new: 1, total: 4, doneToday: 4, cardsToday: 2 });
  });
});
