import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { gradeCard } from "@/lib/scheduler/scheduler";
import { historyToExport } from "@/lib/simulator/history-export";
import { drawLearnerWeights, simulateHistory } from "@/lib/simulator/simulate-history";
import { seedUser } from "@/test/fixtures/study-fixtures";
import { restoreUserData } from "./exports-restore";
import { claimNextJob, getJob, LEASE_MS, reportJobProgress, startOptimizeJob } from "./jobs";
import { applyParameterSet, listParameterSets, previewReschedule, revertToDefaultParameters } from "./parameter-sets";
import { getSchedulerSettings } from "./settings";
import { kickJobRunner } from "@/lib/jobs/optimize-runner";

const START = new Date("2026-01-05T00:00:00Z"); // 09:00 KST
const TZ = "Asia/Seoul";

async function userWithHistory(reviews: number, seed: number) {
  const user = await seedUser(TZ);
  const history = simulateHistory({
    seed,
    trueW: drawLearnerWeights(seed, 0.7),
    reviews,
    newPerDay: 12,
    start: START,
    settings: { desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], timezone: TZ, dayStartHour: 4, newPerDay: 12 },
    cardPrefix: `s${seed}`,
  });
  await restoreUserData(user, historyToExport(history, { timezone: TZ, dayStartHour: 4, exportedAt: new Date("2026-12-01T00:00:00Z"), deckSlug: `sim-${seed}` }));
  return { user, history };
}

describe("optimisation jobs", () => {
  it("below the minimum history: nothing queued, the missing reviews counted", async () => {
    const { user } = await userWithHistory(60, 3);
    const outcome = await startOptimizeJob(user);
    expect(outcome.ok).toBe(false);
    const items = (await prisma.reviewLog.findMany({ where: { userId: user.id }, select: { cardId: true, studyDay: true } }));
    // Grades at least a day after the card's previous grade are what the optimiser learns from.
    const byCard = new Map<string, string[]>();
    for (const l of items) byCard.set(l.cardId, [...(byCard.get(l.cardId) ?? []), l.studyDay]);
    expect(outcome).toEqual({ ok: false, missing: 400 - [...byCard.values()].reduce((n, days) => n + new Set(days).size - 1, 0) });
    expect(await prisma.job.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a lease: one instance at a time, a crashed instance's job is taken over", async () => {
    const { user } = await userWithHistory(1200, 5);
    const started = await startOptimizeJob(user);
    if (!started.ok) throw new Error("expected a job");
    expect(started.job).toMatchObject({ status: "queued", progress: 0, attempts: 0 });
    // Asking again returns the open job instead of queueing a second one.
    const again = await startOptimizeJob(user);
    expect(again.ok && again.job.id).toBe(started.job.id);

    const t0 = new Date("2026-12-01T00:00:00Z");
    const a = await claimNextJob("instance-a", t0);
    expect(a).toMatchObject({ id: started.job.id, attempts: 1 });
    expect(await claimNextJob("instance-b", new Date(t0.getTime() + LEASE_MS - 1))).toBeNull();
    // instance-a dies; its lease runs out and instance-b retries the job.
    const b = await claimNextJob("instance-b", new Date(t0.getTime() + LEASE_MS + 1));
    expect(b).toMatchObject({ id: started.job.id, attempts: 2 });
    expect(await reportJobProgress(started.job.id, "instance-a", 0.5, t0)).toBe(false);
    expect(await reportJobProgress(started.job.id, "instance-b", 0.5, t0)).toBe(true);
    expect(await getJob(user, started.job.id)).toMatchObject({ status: "running", progress: 0.5, attempts: 2 });
    // Someone else's job is not found.
    const other = await seedUser();
    await expect(getJob(other, started.job.id)).rejects.toMatchObject({ status: 404 });
    await prisma.job.delete({ where: { id: started.job.id } });
  });

  it("optimises in a worker, stores the set with metrics, applies, reschedules and reverts", async () => {
    const { user, history } = await userWithHistory(2500, 11);
    const started = await startOptimizeJob(user);
    if (!started.ok) throw new Error("expected a job");
    await kickJobRunner();
    const job = await getJob(user, started.job.id);
    expect(job.status).toBe("done");
    expect(job.progress).toBe(1);
    const r = job.result!;
    expect(r.reviews).toBe(2500);
    expect(r.trainItems + r.testItems).toBeGreaterThan(400);
    expect(r.testItems).toBe(Math.ceil((r.trainItems + r.testItems) * 0.2));
    for (const m of [r.before, r.after]) {
      expect(m.logLoss).toBeGreaterThan(0);
      expect(m.rmseBins).toBeGreaterThan(0);
    }
    // This simulated learner's memory is far enough from the defaults for their own weights to win.
    expect(r.better).toBe(true);
    expect(r.after.logLoss).toBeLessThan(r.before.logLoss);
    const [set] = await listParameterSets(user);
    expect(set).toMatchObject({ id: r.parameterSetId, active: false });
    expect(set!.w).toHaveLength(21);

    const lastCard = history[history.length - 1]!.cardId;
    const cardId = (await prisma.card.findFirst({ where: { key: lastCard, deck: { ownerId: user.id } }, select: { id: true } }))!.id;
    const state = (await prisma.cardState.findFirst({ where: { userId: user.id, cardId } }))!;
    const now = new Date("2026-12-01T01:00:00Z");
    const before = gradeCard({ state, cardId, rating: 3, now, settings: await getSchedulerSettings(user) });

    const preview = await previewReschedule(user, set!.id, now);
    expect(preview.cards).toBe(await prisma.cardState.count({ where: { userId: user.id } }));
    await applyParameterSet(user, set!.id, { reschedule: false });
    const mine = await getSchedulerSettings(user);
    expect(mine.w).toEqual(set!.w);
    const after = gradeCard({ state, cardId, rating: 3, now, settings: mine });
    expect(after.next.stability).not.toBe(before.next.stability);

    // Rescheduling rebuilds every card from its history under the new weights.
    const dueBefore = await prisma.cardState.count({ where: { userId: user.id, due: { lt: new Date("2026-12-01T19:00:00Z") } } });
    expect(preview.dueTodayBefore).toBe(dueBefore);
    const applied = await applyParameterSet(user, set!.id, { reschedule: true });
    expect(applied).toEqual({ active: set!.id, rescheduled: preview.cards });
    const dueAfter = await prisma.cardState.count({ where: { userId: user.id, due: { lt: new Date("2026-12-01T19:00:00Z") } } });
    expect(dueAfter).toBe(preview.dueTodayAfter);
    const rescheduled = (await prisma.cardState.findFirst({ where: { userId: user.id, cardId } }))!;
    expect(rescheduled.version).toBe(state.version + 1);

    await revertToDefaultParameters(user);
    expect((await getSchedulerSettings(user)).w).toBeUndefined();
    expect((await listParameterSets(user))[0]!.active).toBe(false);
  }, 60_000);

  it("refuses to apply a set that did not beat the defaults, and another user's set", async () => {
    const user = await seedUser();
    const metrics = { reviews: 500, trainItems: 400, testItems: 100, before: { logLoss: 0.3, rmseBins: 0.05 }, after: { logLoss: 0.31, rmseBins: 0.06 }, better: false };
    await prisma.parameterSet.create({ data: { id: "worse-set", userId: user.id, w: JSON.stringify(new Array(21).fill(1)), metrics: JSON.stringify(metrics) } });
    await expect(applyParameterSet(user, "worse-set", { reschedule: false })).rejects.toMatchObject({ status: 409, code: "not_better" });
    await expect(applyParameterSet(await seedUser(), "worse-set", { reschedule: false })).rejects.toMatchObject({ status: 404 });
  });
});

describe("countFsrsItems", () => {
  it("equals the number of items buildFsrsItems makes from the same log", async () => {
    const { user } = await userWithHistory(700, 21);
    const { countFsrsItems, loadFsrsItems } = await import("./optimize-history");
    const items = await loadFsrsItems(user.id);
    expect(items.items.length).toBeGreaterThan(100);
    expect(await countFsrsItems(user.id)).toBe(items.items.length);
  });
});
