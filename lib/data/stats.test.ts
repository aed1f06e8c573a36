import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import type { SessionUser } from "./session-user";
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

  it("shows answer practice only from the user's own attempts, filtered by deck", async () => {
    const ids = await seedDeck("deck-answers-a");
    const other = await seedDeck("deck-answers-b");
    const user = await seedUser("Asia/Seoul");
    const someoneElse = await seedUser("Asia/Seoul");
    const attempt = (u: SessionUser, cardId: string, source: string, coverage: number, syllablesPerMinute: number, createdAt = NOW) =>
      prisma.attempt.create({
        data: {
          id: crypto.randomUUID(), userId: u.id, cardId, source, durationMs: 60_000, coverage, keyPointCount: 4, coveredCount: 0,
          syllablesPerMinute, fillerCount: 3, lengthSeconds: 60, suggestedRating: 3, createdAt,
        },
      });
    await attempt(user, ids["topic-a"]!, "speech", 0.5, 200);
    await attempt(user, ids["topic-b"]!, "typed", 1, 600);
    await attempt(user, other["question"]!, "speech", 0.25, 300);
    await attempt(user, ids["topic-a"]!, "speech", 0.9, 250, new Date("2026-10-01T05:00:00Z")); // before the 30 days
    await attempt(someoneElse, ids["topic-a"]!, "speech", 0, 999);

    const all = await getStats(user, { range: 30, now: NOW });
    expect(all.answers.days).toEqual([{ day: "2026-11-24", attempts: 3, meanCoverage: 0.583, medianPace: 250, fillersPerMinute: 3 }]);
    expect(all.answers.totals).toEqual({ attempts: 3, meanCoverage: 0.583, coverageTrend: null });

    const one = await getStats(user, { deckId: "deck-answers-a", range: 90, now: NOW });
    expect(one.answers.days).toEqual([
      { day: "2026-10-01", attempts: 1, meanCoverage: 0.9, medianPace: 250, fillersPerMinute: 3 },
      { day: "2026-11-24", attempts: 2, meanCoverage: 0.75, medianPace: 200, fillersPerMinute: 3 },
    ]);
    expect(one.answers.totals).toEqual({ attempts: 3, meanCoverage: 0.8, coverageTrend: { days: 1, first: 0.9, last: 0.75 } });

    const stranger = await getStats(someoneElse, { deckId: "deck-answers-b", range: 30, now: NOW });
    expect(stranger.answers.totals.attempts).toBe(0);
  });
});
