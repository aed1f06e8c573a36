import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { SAMPLE_DECK, seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { listLibraryDecks } from "./library";
import { recordReview } from "./reviews";
import { getNextCard } from "./study";
import { getTodaySummary } from "./today";
import { undoLastReview } from "./undo-review";

const T0 = new Date("2026-11-24T01:00:00Z"); // 10:00 Seoul, study day 2026-11-24
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
type User = { id: string; email: string };

async function gradeNext(user: User, deckId: string, rating: 1 | 2 | 3 | 4, now: Date) {
  const next = await getNextCard(user, { deckId, now });
  if (!next.card) throw new Error("queue unexpectedly empty");
  await recordReview(user, { id: crypto.randomUUID(), cardId: next.card.id, rating, durationMs: 1, version: next.card.version }, now);
  return next.card;
}

/** What Today's row, the library row and the study bar say about one deck, and whether /study?deck= serves a card. */
async function everyPage(user: User, deckId: string, now: Date) {
  const today = (await getTodaySummary(user, now)).decks.find((d) => d.id === deckId)!;
  const library = (await listLibraryDecks(user, now)).find((d) => d.id === deckId)!;
  const study = await getNextCard(user, { deckId, now });
  return {
    today: { due: today.due, new: today.new },
    library: { due: library.due, new: library.new },
    bar: { due: study.remaining.learning + study.remaining.review, new: study.remaining.new },
    serves: study.card !== null,
  };
}

describe("one count of what a deck has to study today (Today, library, study bar)", () => {
  it("counts a follow-up unlocked by a passed topic, everywhere, and the queue serves it", async () => {
    const ids = await seedDeck("load-1");
    const user = await seedUser("Asia/Seoul", 1); // one new topic a day
    expect(await everyPage(user, "load-1", T0)).toEqual({
      today: { due: 0, new: 1 },
      library: { due: 0, new: 1 },
      bar: { due: 0, new: 1 },
      serves: true,
    });
    const topic = await gradeNext(user, "load-1", 4, T0); // Easy: a review in days, not due today
    expect(topic.id).toBe(ids["topic-a"]);
    // The new-card limit is used up, but the follow-up has its own limit.
    const after = await everyPage(user, "load-1", at(1));
    expect(after).toEqual({ today: { due: 0, new: 1 }, library: { due: 0, new: 1 }, bar: { due: 0, new: 1 }, serves: true });
    expect((await getNextCard(user, { deckId: "load-1", now: at(1) })).card?.id).toBe(ids["topic-a-follow"]);
    await gradeNext(user, "load-1", 4, at(1));
    // Nothing left today: no page offers "새 카드" the queue would not serve.
    expect(await everyPage(user, "load-1", at(2))).toEqual({
      today: { due: 0, new: 0 },
      library: { due: 0, new: 0 },
      bar: { due: 0, new: 0 },
      serves: false,
    });
  });

  it("follow-ups have their own daily limit (settings.followupsPerDay)", async () => {
    await seedDeck("load-2");
    const user = await seedUser("Asia/Seoul", 10);
    await prisma.settings.update({ where: { userId: user.id }, data: { followupsPerDay: 0 } });
    await gradeNext(user, "load-2", 4, T0); // topic-a
    const next = await getNextCard(user, { deckId: "load-2", now: at(1) });
    expect(next.card?.kind).not.toBe("followup");
    expect(next.remaining.new).toBe(2); // topic-b and question; the unlocked follow-up waits for tomorrow
    expect((await getTodaySummary(user, at(1))).decks.find((d) => d.id === "load-2")?.new).toBe(2);
  });
});

describe("grading a follow-up whose topic is no longer passed", () => {
  it("is refused with a clear conflict after another tab undid the topic's pass", async () => {
    const ids = await seedDeck("load-3", SAMPLE_DECK);
    const user = await seedUser();
    await gradeNext(user, "load-3", 3, T0); // tab A passes topic-a
    const shown = await getNextCard(user, { deckId: "load-3", now: at(1) }); // tab A now shows the follow-up
    expect(shown.card?.id).toBe(ids["topic-a-follow"]);
    await undoLastReview(user, at(2)); // tab B undoes the pass
    await expect(
      recordReview(user, { id: crypto.randomUUID(), cardId: ids["topic-a-follow"]!, rating: 3, durationMs: 1, version: 0 }, at(3)),
    ).rejects.toMatchObject({ status: 409, code: "followup_locked", message: expect.stringContaining("주제") });
    expect(await prisma.cardState.count({ where: { userId: user.id, cardId: ids["topic-a-follow"]! } })).toBe(0);
    // The refreshed queue serves the topic again.
    expect((await getNextCard(user, { deckId: "load-3", now: at(3) })).card?.id).toBe(ids["topic-a"]);
  });

  it("is refused while the topic is failing, and accepted once it passes again", async () => {
    const ids = await seedDeck("load-4", SAMPLE_DECK);
    const user = await seedUser();
    const grade = (cardId: string, rating: 1 | 3, now: Date) => recordReview(user, { id: crypto.randomUUID(), cardId, rating, durationMs: 1 }, now);
    await grade(ids["topic-a"]!, 3, T0);
    await grade(ids["topic-a"]!, 1, at(1)); // passed once, failing now
    await expect(grade(ids["topic-a-follow"]!, 3, at(2))).rejects.toMatchObject({ status: 409, code: "followup_locked" });
    await grade(ids["topic-a"]!, 3, at(3));
    await expect(grade(ids["topic-a-follow"]!, 3, at(4))).resolves.toMatchObject({ created: true });
  });
});
