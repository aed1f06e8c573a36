import { describe, expect, it } from "vitest";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { recordReview } from "./reviews";
import { getStats } from "./stats";

const NOW = new Date("2026-11-24T05:00:00Z"); // 14:00 KST

describe("getStats", () => {
  it("counts only the user's own grades, and filters by deck", async () => {
    const ids = await seedDeck("deck-stats-a");
    const other = await seedDeck("deck-stats-b", undefined, undefined);
    const user = await seedUser("Asia/Seoul");
    const someoneElse = await seedUser("Asia/Seoul");
    await recordReview(user, { id: crypto.randomUUID(), cardId: ids["topic-a"]!, rating: 3, durationMs: 60_000 }, NOW);
    await recordReview(user, { id: crypto.randomUUID(), cardId: other["question"]!, rating: 1, durationMs: 30_000 }, NOW);
    await recordReview(someoneElse, { id: crypto.randomUUID(), cardId: ids["question"]!, rating: 4, durationMs: 1 }, NOW);

    const all = await getStats(user, { range: 30, now: NOW });
    expect(all.today).toBe("2026-11-24");
    expect(all.todaySummary).toEqual({ reviews: 2, minutes: 1.5, again: 1 });
    expect(all.counts.learning).toBe(2);
    expect(all.heatmap.streak).toBe(1);

    const one = await getStats(user, { deckId: "deck-stats-a", range: 30, now: NOW });
    expect(one.todaySummary).toEqual({ reviews: 1, minutes: 1, again: 0 });
    expect(one.counts).toMatchObject({ learning: 1, new: 4, total: 5 });

    await expect(getStats(user, { deckId: "no-such-deck", range: 30, now: NOW })).rejects.toMatchObject({ status: 404 });
  });
});
