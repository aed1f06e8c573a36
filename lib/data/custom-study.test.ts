import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { SAMPLE_DECK, seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { addExtraNewCards, getNextFailedCard } from "./custom-study";
import { recordReview } from "./reviews";
import { getNextCard } from "./study";

const T0 = new Date("2026-11-24T01:00:00Z"); // 10:00 Seoul
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const TOMORROW = new Date("2026-11-25T01:00:00Z");

describe("custom study", () => {
  it("N more new cards today only, leaving tomorrow's limit as it was", async () => {
    await seedDeck("cs-1");
    const user = await seedUser("Asia/Seoul", 1);
    const grade = async (now: Date) => {
      const n = await getNextCard(user, { deckId: "cs-1", now });
      await recordReview(user, { id: crypto.randomUUID(), cardId: n.card!.id, rating: 4, durationMs: 1, version: n.card!.version }, now);
      return n.card!;
    };
    await grade(T0); // topic-a: today's one new topic
    await grade(at(1)); // its follow-up
    expect((await getNextCard(user, { deckId: "cs-1", now: at(2) })).card).toBeNull();
    expect(await addExtraNewCards(user, 1, at(2))).toEqual({ studyDay: "2026-11-24", extraNew: 1 });
    const more = await getNextCard(user, { deckId: "cs-1", now: at(3) });
    expect(more.card?.prompt).toBe("topic-b?");
    expect(more.remaining.new).toBe(1);
    const states = await prisma.cardState.count({ where: { userId: user.id } });
    expect(states).toBe(2); // adding new cards changed no card's schedule
    // Tomorrow: the extra is gone, the limit is 1 again.
    expect((await getNextCard(user, { deckId: "cs-1", now: TOMORROW })).remaining.new).toBe(1);
  });

  it("today's failed cards again: only cards graded Again today, not yet redone in this session", async () => {
    const ids = await seedDeck("cs-2", SAMPLE_DECK);
    const user = await seedUser();
    const grade = (cardId: string, rating: 1 | 3, now: Date) => recordReview(user, { id: crypto.randomUUID(), cardId, rating, durationMs: 1 }, now);
    await grade(ids["topic-a"]!, 1, T0);
    await grade(ids["question"]!, 3, at(1));
    await grade(ids["topic-b"]!, 1, at(2));
    const since = at(10);
    const first = await getNextFailedCard(user, { deckId: "cs-2", since, now: at(10) });
    expect(first.card?.id).toBe(ids["topic-a"]);
    expect(first.remaining).toEqual({ learning: 0, review: 2, new: 0 });
    const dueBefore = await prisma.cardState.findMany({ where: { userId: user.id, cardId: { not: ids["topic-a"]! } }, orderBy: { cardId: "asc" } });
    await grade(ids["topic-a"]!, 3, at(11));
    const second = await getNextFailedCard(user, { deckId: "cs-2", since, now: at(12) });
    expect(second.card?.id).toBe(ids["topic-b"]);
    expect(await prisma.cardState.findMany({ where: { userId: user.id, cardId: { not: ids["topic-a"]! } }, orderBy: { cardId: "asc" } })).toEqual(dueBefore);
  });

  it("one tag only", async () => {
    const user = await seedUser();
    await seedDeck("cs-3", { ...SAMPLE_DECK, deck: { ...SAMPLE_DECK.deck, tags: ["network"] } });
    await prisma.deck.update({ where: { id: "cs-3" }, data: { tags: JSON.stringify(["network"]) } });
    await seedDeck("cs-4");
    const next = await getNextCard(user, { tag: "network", now: T0 });
    expect(next.card?.deckId).toBe("cs-3");
    expect(next.remaining.new).toBe(3);
    expect((await getNextCard(user, { tag: "net", now: T0 })).card).toBeNull(); // whole tags only
  });
});
