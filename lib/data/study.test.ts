import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { recordReview } from "./reviews";
import { getNextCard } from "./study";
import { SAMPLE_DECK, seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import type { ParsedDeck } from "@/lib/parser/types";

const T0 = new Date("2026-11-24T01:00:00Z"); // 10:00 Seoul
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const uuid = () => crypto.randomUUID();

async function grade(user: { id: string; email: string }, deckId: string, rating: 1 | 2 | 3 | 4, now: Date) {
  const next = await getNextCard(user, { deckId, now });
  if (!next.card) throw new Error("queue unexpectedly empty");
  await recordReview(user, { id: uuid(), cardId: next.card.id, rating, durationMs: 1, version: next.card.version }, now);
  return next;
}

describe("getNextCard", () => {
  it("starts with the first topic and serves its follow-up right after it is passed", async () => {
    const ids = await seedDeck("deck-s1");
    const user = await seedUser();
    const first = await getNextCard(user, { deckId: "deck-s1", now: T0 });
    expect(first.card?.id).toBe(ids["topic-a"]);
    expect(first.remaining).toEqual({ learning: 0, review: 0, new: 3 }); // follow-ups are locked
    await grade(user, "deck-s1", 3, T0);
    const second = await getNextCard(user, { deckId: "deck-s1", now: at(1) });
    expect(second.card).toMatchObject({ id: ids["topic-a-follow"], kind: "followup", parentPrompt: "topic-a?" });
  });

  it("keeps follow-ups waiting while their topic is failing", async () => {
    const ids = await seedDeck("deck-s2");
    const user = await seedUser();
    await grade(user, "deck-s2", 1, T0); // topic-a: Again
    const next = await getNextCard(user, { deckId: "deck-s2", now: at(0.5) });
    expect(next.card?.id).toBe(ids["topic-b"]);
    const all = await prisma.card.findMany({ where: { deckId: "deck-s2" }, select: { id: true } });
    expect(all).toHaveLength(5);
  });

  it("stops introducing new cards at the daily limit, counting from the user's study day", async () => {
    await seedDeck("deck-s3");
    const user = await seedUser("Asia/Seoul", 2);
    await grade(user, "deck-s3", 4, T0); // topic-a
    await grade(user, "deck-s3", 4, at(1)); // its follow-up: its own limit, not the new-card one
    await grade(user, "deck-s3", 4, at(2)); // topic-b: the second and last new topic today
    await grade(user, "deck-s3", 4, at(3)); // topic-b's follow-up
    const next = await getNextCard(user, { deckId: "deck-s3", now: at(4) });
    expect(next.remaining.new).toBe(0);
    expect(next.card).toBeNull(); // "question" waits for tomorrow
    // 04:00 Seoul the next day is a new study day: new cards flow again.
    const tomorrow = await getNextCard(user, { deckId: "deck-s3", now: new Date("2026-11-24T19:00:00Z") });
    expect(tomorrow.remaining.new).toBeGreaterThan(0);
  });

  it("shows on each button exactly the due date the grade then applies", async () => {
    await seedDeck("deck-s4");
    const user = await seedUser();
    const shown = await grade(user, "deck-s4", 3, T0);
    const state = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: shown.card!.id } });
    expect(state.due.toISOString()).toBe(shown.intervals!["3"].due);
    expect(shown.intervals!["1"].label).toMatch(/분$/);
  });

  it("answers 404 for a deck the user cannot see, and null when the day is done", async () => {
    const owner = await seedUser();
    await seedDeck("deck-mine", undefined, owner.id);
    const other = await seedUser();
    await expect(getNextCard(other, { deckId: "deck-mine", now: T0 })).rejects.toMatchObject({ status: 404 });
    const mine = await getNextCard(owner, { deckId: "deck-mine", now: T0 });
    expect(mine.card?.deckId).toBe("deck-mine");
    await seedDeck("deck-s5");
    const noNewCards = await seedUser("UTC", 0);
    expect(await getNextCard(noNewCards, { deckId: "deck-s5", now: T0 })).toEqual({
      card: null,
      intervals: null,
      remaining: { learning: 0, review: 0, new: 0 },
      studyDay: "2026-11-23", // 01:00 UTC is before the 04:00 day start
    });
  });

  it("serves a learning step that is due before a backlog of older reviews", async () => {
    const topics = Array.from({ length: 601 }, (_, i) => ({ ...SAMPLE_DECK.cards[4]!, id: `t${i}`, prompt: `t${i}?` }));
    const ids = await seedDeck("deck-s6", { ...SAMPLE_DECK, cards: topics });
    const user = await seedUser();
    const day = 86_400_000;
    // 600 reviews overdue by 600…1 days, then one relearning step due a minute ago (later than all of them).
    await prisma.cardState.createMany({
      data: topics.map((t, i) => {
        const relearning = i === 600;
        return {
          id: uuid(), userId: user.id, cardId: ids[t.id]!, due: relearning ? at(-1) : new Date(T0.getTime() - (600 - i) * day),
          stability: 5, difficulty: 5, scheduledDays: relearning ? 0 : 3, reps: 3, state: relearning ? 3 : 2, lastRating: relearning ? 1 : 3, passedAt: at(-9000),
        };
      }),
    });
    const next = await getNextCard(user, { deckId: "deck-s6", now: T0 });
    expect(next.card?.id).toBe(ids["t600"]);
    expect(next.remaining).toEqual({ learning: 1, review: 600, new: 0 });
    // Once it is graded Good, the oldest review comes first.
    await recordReview(user, { id: uuid(), cardId: ids["t600"]!, rating: 3, durationMs: 1, version: next.card!.version }, T0);
    expect((await getNextCard(user, { deckId: "deck-s6", now: at(1) })).card?.id).toBe(ids["t0"]);
  });

  // Decks of n standalone questions (or a given list), with states written directly.
  const qa = (id: string, extra: Partial<ParsedDeck["cards"][number]> = {}) => ({ ...SAMPLE_DECK.cards[4]!, id, prompt: `${id}?`, ...extra });
  type StateSpec = { state: 1 | 2 | 3; due: Date; scheduledDays?: number; lastRating?: number };
  async function withStates(deckId: string, cards: ParsedDeck["cards"], states: Record<string, StateSpec>) {
    const ids = await seedDeck(deckId, { ...SAMPLE_DECK, cards });
    const user = await seedUser();
    await prisma.cardState.createMany({
      data: Object.entries(states).map(([key, s]) => ({
        id: uuid(), userId: user.id, cardId: ids[key]!, due: s.due, stability: 5, difficulty: 5, reps: 3,
        scheduledDays: s.scheduledDays ?? (s.state === 2 ? 3 : 0), state: s.state, lastRating: s.lastRating ?? 3, passedAt: at(-9000),
      })),
    });
    return { ids, user };
  }

  it("serves an interday learning step due later today before reviews, even behind many same-day steps", async () => {
    const steps = Array.from({ length: 40 }, (_, i) => qa(`step${i}`));
    const states: Record<string, StateSpec> = Object.fromEntries(steps.map((c, i) => [c.id, { state: 1, due: at(5 + i / 10) }]));
    states.interday = { state: 1, due: at(120), scheduledDays: 1 };
    states.review = { state: 2, due: at(-60 * 24) };
    const { ids, user } = await withStates("deck-s7", [...steps, qa("interday"), qa("review")], states);
    expect((await getNextCard(user, { deckId: "deck-s7", now: T0 })).card?.id).toBe(ids["interday"]);
  });

  it("keeps a follow-up behind its topic that is due, when the topic is not among the first reviews read", async () => {
    const reviews = Array.from({ length: 40 }, (_, i) => qa(`r${i}`));
    const states: Record<string, StateSpec> = Object.fromEntries(reviews.map((c, i) => [c.id, { state: 2, due: at(-60 * 24 * (50 - i)) }]));
    states.topic = { state: 2, due: at(-60) };
    states.fu = { state: 3, due: at(-1), lastRating: 3 };
    const { ids, user } = await withStates("deck-s8", [...reviews, qa("topic"), qa("fu", { kind: "followup", parentId: "topic" })], states);
    expect((await getNextCard(user, { deckId: "deck-s8", now: T0 })).card?.id).toBe(ids["r0"]);
  });

  it("hides a follow-up of a follow-up whose topic is failing", async () => {
    const cards = [qa("g"), qa("p", { kind: "followup", parentId: "g" }), qa("c", { kind: "followup", parentId: "p" }), qa("q")];
    const { ids, user } = await withStates("deck-s9", cards, {
      g: { state: 3, due: at(30), lastRating: 1 },
      p: { state: 2, due: at(-60 * 48) },
      c: { state: 2, due: at(-60 * 72) },
      q: { state: 2, due: at(-60 * 24) },
    });
    expect((await getNextCard(user, { deckId: "deck-s9", now: T0 })).card?.id).toBe(ids["q"]);
  });

  it("serves reviews due within a week when studying ahead", async () => {
    const { ids, user } = await withStates("deck-s10", [qa("soon")], { soon: { state: 2, due: at(60 * 24 * 3) } });
    expect((await getNextCard(user, { deckId: "deck-s10", now: T0 })).card).toBeNull();
    const ahead = await getNextCard(user, { deckId: "deck-s10", now: T0, ahead: true });
    expect(ahead.card?.id).toBe(ids["soon"]);
    expect(ahead.remaining).toEqual({ learning: 0, review: 1, new: 0 });
  });
});
