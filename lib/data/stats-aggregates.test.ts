import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { backfill } from "@/scripts/stats-day-sql.mjs";
import { deleteDeck } from "./library";
import { updateCardStatus } from "./library-card-detail";
import { recordReview } from "./reviews";
import type { SessionUser } from "./session-user";
import { getStats } from "./stats";
import { hasFixedOffset } from "./stats-cards-plan";
import { recountStats } from "./stats-recount";
import { undoLastReview } from "./undo-review";

// Study days start at 04:00 KST = 19:00 UTC the day before.
const at = (iso: string) => new Date(iso);
const DAY1 = "2026-11-20T05:00:00Z"; // study day 2026-11-20
const NOW = at("2026-11-24T05:00:00Z"); // study day 2026-11-24

async function grade(user: SessionUser, cardId: string, rating: number, when: string, durationMs = 20_000) {
  await recordReview(user, { id: crypto.randomUUID(), cardId, rating: rating as 1 | 2 | 3 | 4, durationMs }, at(when));
}

/** Imported history: several logs written by one statement (a restore's createMany), not in time order. */
async function importLogs(user: SessionUser, rows: Array<{ cardId: string; day: string; at: string; rating: number; state: number; scheduledDays: number; undone?: boolean }>) {
  await prisma.reviewLog.createMany({
    data: rows.map((r) => ({
      id: crypto.randomUUID(), userId: user.id, cardId: r.cardId, rating: r.rating, state: r.state, due: at(r.at), stability: 5, difficulty: 5,
      elapsedDays: 1, lastElapsedDays: 1, scheduledDays: r.scheduledDays, learningSteps: 0, reviewedAt: at(r.at), durationMs: 7_000,
      studyDay: r.day, undoneAt: r.undone ? at(r.at) : null,
    })),
  });
}

/** The report from the per-day totals equals the one recounted from every log and card (R's float sum to 1e-12). */
async function expectSameAsRecount(user: SessionUser, now: Date, range: 30 | 90 | 365) {
  const fast = await getStats(user, { now, range });
  const slow = await recountStats(user, { now, range });
  expect(fast.memory.averageRetrievability ?? 0).toBeCloseTo(slow.memory.averageRetrievability ?? 0, 12);
  const strip = (r: typeof fast) => ({ ...r, memory: { ...r.memory, averageRetrievability: r.memory.averageRetrievability === null } });
  expect(strip(fast)).toEqual(strip(slow));
  return fast;
}

describe("statistics from per-day totals (stats_day, kept by triggers)", () => {
  it("match a recount from the logs after grades, undo, imported history, soft undo, reset, suspend, deleted logs and a deleted deck", async () => {
    const user = await seedUser("Asia/Seoul");
    const built = await seedDeck(`deck-agg-${user.id}`);
    const own = await seedDeck(`deck-agg-own-${user.id}`, undefined, user.id);

    // Live grades on several days: new cards, then review-state grades of the same cards.
    await grade(user, built["topic-a"]!, 4, DAY1, 60_000);
    await grade(user, built["topic-b"]!, 3, DAY1);
    await grade(user, built["topic-b"]!, 3, "2026-11-20T05:20:00Z");
    await grade(user, own["topic-a"]!, 1, DAY1);
    await grade(user, built["topic-a"]!, 3, "2026-11-23T05:00:00Z");
    await grade(user, built["topic-a"]!, 1, "2026-11-24T01:00:00Z", 90_000);
    await grade(user, built["question"]!, 4, "2026-11-24T02:00:00Z");
    await grade(user, built["question"]!, 2, "2026-11-24T03:00:00Z");
    await undoLastReview(user, at("2026-11-24T03:00:05Z"));

    // History: two review-state grades of one card on one day (the earlier one counts for retention), in one statement, later first.
    await importLogs(user, [
      { cardId: own["question"]!, day: "2026-11-10", at: "2026-11-10T09:00:00Z", rating: 1, state: 2, scheduledDays: 30 },
      { cardId: own["question"]!, day: "2026-11-10", at: "2026-11-10T08:00:00Z", rating: 3, state: 2, scheduledDays: 30 },
      { cardId: own["topic-b"]!, day: "2026-11-10", at: "2026-11-10T08:30:00Z", rating: 3, state: 2, scheduledDays: 4 },
      { cardId: own["topic-b"]!, day: "2026-11-22", at: "2026-11-22T08:30:00Z", rating: 1, state: 2, scheduledDays: 25, undone: true },
      { cardId: built["topic-b-follow"]!, day: "2026-11-22", at: "2026-11-22T08:00:00Z", rating: 2, state: 3, scheduledDays: 0 },
      { cardId: built["topic-b-follow"]!, day: "2025-12-01", at: "2025-12-01T08:00:00Z", rating: 4, state: 2, scheduledDays: 60 },
    ]);
    let report = await expectSameAsRecount(user, NOW, 30);
    expect(report.todaySummary).toEqual({ reviews: 2, minutes: 1.8, again: 1 });
    // (The live grades' intervals depend on FSRS's fuzz, so the imported ones are checked as a difference.)
    const month = () => report.retention.find((r) => r.period === "month")!.mature;
    const before = month();

    // Soft-undo the earlier of the two same-day grades: the later one (a fail) now counts.
    const first = await prisma.reviewLog.findFirstOrThrow({ where: { userId: user.id, reviewedAt: at("2026-11-10T08:00:00Z") } });
    await prisma.reviewLog.update({ where: { id: first.id }, data: { undoneAt: NOW } });
    report = await expectSameAsRecount(user, NOW, 30);
    expect(month()).toMatchObject({ pass: before.pass - 1, fail: before.fail + 1 });
    await prisma.reviewLog.updateMany({ where: { userId: user.id, undoneAt: { not: null } }, data: { undoneAt: null } });
    await expectSameAsRecount(user, NOW, 365);

    await updateCardStatus(user, built["topic-b"]!, "reset", NOW);
    await updateCardStatus(user, built["question"]!, "suspend", NOW);
    await prisma.reviewLog.deleteMany({ where: { userId: user.id, cardId: own["question"]!, reviewedAt: at("2026-11-10T08:00:00Z") } });
    await expectSameAsRecount(user, NOW, 30);
    await expectSameAsRecount(user, at("2026-12-20T05:00:00Z"), 90);

    await deleteDeck(user, `deck-agg-own-${user.id}`);
    // Archived cards: one the user studied (counted as archived), one they never did (not theirs to count).
    await prisma.card.updateMany({ where: { id: { in: [built["topic-a"]!, built["topic-a-follow"]!] } }, data: { archivedAt: NOW } });
    report = await expectSameAsRecount(user, NOW, 365);
    expect(report.counts).toMatchObject({ archived: 1, total: 4 });
    expect(report.todaySummary).toEqual({ reviews: 2, minutes: 1.8, again: 1 });
  });

  it("equal what the migration's backfill computes from the logs", async () => {
    const user = await seedUser("Asia/Seoul");
    const ids = await seedDeck(`deck-agg-bf-${user.id}`);
    await grade(user, ids["topic-a"]!, 3, DAY1);
    await grade(user, ids["topic-a"]!, 3, "2026-11-20T06:00:00Z");
    await grade(user, ids["question"]!, 1, "2026-11-21T06:00:00Z");
    await importLogs(user, [
      { cardId: ids["topic-b"]!, day: "2026-11-12", at: "2026-11-12T08:00:00Z", rating: 1, state: 2, scheduledDays: 21 },
      { cardId: ids["topic-b"]!, day: "2026-11-12", at: "2026-11-12T07:00:00Z", rating: 4, state: 2, scheduledDays: 21 },
    ]);
    await undoLastReview(user, at("2026-11-21T06:00:05Z"));
    const kept = await prisma.statsDay.findMany({ where: { userId: user.id }, orderBy: { day: "asc" } });
    expect(kept.map((d) => d.day)).toEqual(["2026-11-12", "2026-11-20", "2026-11-21"]);
    expect(kept[0]).toMatchObject({ mature: 2, matureAgain: 1, matureEasy: 1, retMaturePass: 1, retMatureFail: 0 });

    await prisma.$executeRawUnsafe(`DELETE FROM "stats_day"`);
    await prisma.$executeRawUnsafe(backfill());
    const rebuilt = await prisma.statsDay.findMany({ where: { userId: user.id }, orderBy: { day: "asc" } });
    // The backfill has no row for a day whose only grade was undone; the trigger leaves a row of zeros.
    expect(rebuilt).toEqual(kept.filter((d) => d.day !== "2026-11-21"));
    expect(kept.find((d) => d.day === "2026-11-21")).toMatchObject({ learning: 0, young: 0, mature: 0, relearning: 0, learningAgain: 0 });
  });

  it("go to the recount for a time zone with daylight saving time", async () => {
    expect(hasFixedOffset("Asia/Seoul", NOW)).toBe(true);
    expect(hasFixedOffset("UTC", NOW)).toBe(true);
    expect(hasFixedOffset("Europe/Berlin", NOW)).toBe(false);
    const user = await seedUser("Europe/Berlin");
    const ids = await seedDeck(`deck-agg-dst-${user.id}`);
    await grade(user, ids["topic-a"]!, 3, "2026-10-24T10:00:00Z");
    await grade(user, ids["topic-a"]!, 3, "2026-10-26T10:00:00Z");
    await expectSameAsRecount(user, NOW, 30);
  });
});
