import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { CardStateRow } from "@/lib/scheduler/fsrs-mapping";
import { buildStatsReport } from "./build-stats";
import { countCardsByState } from "./card-counts";
import { futureDue } from "./future-due";
import { studyHeatmap } from "./heatmap";
import { forgettingCurve, memoryStats, retrievabilityNow } from "./memory";
import { answerButtons, reviewsPerDay } from "./reviews-per-day";
import { trueRetentionTable } from "./true-retention";
import type { StatsCard, StatsLog } from "./types";

const TZ = "Asia/Seoul";
// 2026-11-24 14:00 KST: study day 2026-11-24 (day starts 04:00 KST).
const NOW = new Date("2026-11-24T05:00:00Z");
const TODAY = "2026-11-24";

let seq = 0;
function log(cardId: string, studyDay: string, rating: number, state: number, scheduledDays: number, extra: Partial<StatsLog> = {}): StatsLog {
  seq++;
  return { cardId, studyDay, reviewedAt: new Date(Date.parse(`${studyDay}T01:00:00Z`) + seq * 1000), rating, state, scheduledDays, durationMs: 30_000, ...extra };
}

function st(state: number, scheduledDays: number, extra: Partial<CardStateRow> = {}): CardStateRow {
  return {
    due: new Date("2026-11-26T00:00:00Z"), stability: 10, difficulty: 5, elapsedDays: 0, scheduledDays, learningSteps: 0,
    reps: 3, lapses: 0, state, lastReview: new Date("2026-11-20T00:00:00Z"), ...extra,
  };
}

describe("trueRetentionTable", () => {
  const logs = [
    log("a", "2026-11-24", 3, 2, 5), // today young pass
    log("a", "2026-11-24", 1, 2, 5), // same card, same day: not counted
    log("b", "2026-11-24", 1, 2, 30), // today mature fail
    log("c", "2026-11-24", 3, 0, 0), // new card: not a review
    log("d", "2026-11-24", 3, 3, 0), // relearning step: not a review
    log("a", "2026-11-23", 1, 2, 21), // yesterday mature fail (21 = mature)
    log("e", "2026-11-23", 4, 2, 20), // yesterday young pass
    log("f", "2026-11-18", 2, 2, 3), // 6 days ago: in the week (Hard passes)
    log("g", "2026-11-17", 3, 2, 40), // 7 days ago: month, not week
    log("h", "2026-10-26", 3, 2, 2), // 29 days ago: month
    log("h", "2025-11-25", 1, 2, 60), // 364 days ago: year
    log("h", "2025-11-24", 3, 2, 60), // 365 days ago: all time only
  ];
  const table = trueRetentionTable(logs, TODAY);
  const row = (p: string) => table.find((r) => r.period === p)!;

  it("counts pass/fail per row and column", () => {
    expect(row("today")).toEqual({
      period: "today",
      young: { pass: 1, fail: 0, retention: 1 },
      mature: { pass: 0, fail: 1, retention: 0 },
      all: { pass: 1, fail: 1, retention: 0.5 },
    });
    expect(row("yesterday").young).toEqual({ pass: 1, fail: 0, retention: 1 });
    expect(row("yesterday").mature).toEqual({ pass: 0, fail: 1, retention: 0 });
    expect(row("week").all).toEqual({ pass: 3, fail: 2, retention: 0.6 });
    expect(row("month").all).toEqual({ pass: 5, fail: 2, retention: 5 / 7 });
    expect(row("month").mature).toEqual({ pass: 1, fail: 2, retention: 1 / 3 });
    expect(row("year").all).toEqual({ pass: 5, fail: 3, retention: 5 / 8 });
    expect(row("all").all).toEqual({ pass: 6, fail: 3, retention: 6 / 9 });
  });

  it("an empty period has no retention, not 0 %", () => {
    expect(trueRetentionTable([], TODAY)[0]!.all).toEqual({ pass: 0, fail: 0, retention: null });
  });

  it("the first review of the day is the earliest one, whatever the input order", () => {
    const early = log("z", TODAY, 1, 2, 5, { reviewedAt: new Date("2026-11-23T20:00:00Z") });
    const late = log("z", TODAY, 3, 2, 5, { reviewedAt: new Date("2026-11-24T04:00:00Z") });
    expect(trueRetentionTable([late, early], TODAY)[0]!.all).toEqual({ pass: 0, fail: 1, retention: 0 });
  });
});

describe("countCardsByState", () => {
  it("puts each card in one bucket", () => {
    const cards: StatsCard[] = [
      { cardId: "1", archived: false, suspended: false, state: null },
      { cardId: "2", archived: false, suspended: false, state: st(0, 0) },
      { cardId: "3", archived: false, suspended: false, state: st(1, 0) },
      { cardId: "4", archived: false, suspended: false, state: st(3, 0) },
      { cardId: "5", archived: false, suspended: false, state: st(2, 20) },
      { cardId: "6", archived: false, suspended: false, state: st(2, 21) },
      { cardId: "7", archived: false, suspended: true, state: st(2, 21) },
      { cardId: "8", archived: true, suspended: true, state: st(2, 21) },
    ];
    expect(countCardsByState(cards)).toEqual({ new: 2, learning: 2, young: 1, mature: 1, suspended: 1, archived: 1, total: 8 });
  });
});

describe("reviewsPerDay and answerButtons", () => {
  const logs = [
    log("a", "2026-11-24", 3, 0, 0, { durationMs: 90_000 }),
    log("a", "2026-11-24", 1, 2, 25, { durationMs: 30_000 }),
    log("b", "2026-11-22", 2, 2, 4),
    log("c", "2026-11-22", 3, 3, 0),
    log("d", "2026-11-01", 4, 2, 4), // outside a 3-day window
  ];
  it("splits by kind with minutes, oldest day first", () => {
    expect(reviewsPerDay(logs, TODAY, 3)).toEqual([
      { day: "2026-11-22", learning: 0, young: 1, mature: 0, relearning: 1, minutes: 1 },
      { day: "2026-11-23", learning: 0, young: 0, mature: 0, relearning: 0, minutes: 0 },
      { day: "2026-11-24", learning: 1, young: 0, mature: 1, relearning: 0, minutes: 2 },
    ]);
  });
  it("counts buttons per kind (relearning with learning)", () => {
    expect(answerButtons(logs, "2026-11-22")).toEqual({ learning: [0, 0, 2, 0], young: [0, 1, 0, 0], mature: [1, 0, 0, 0] });
    expect(answerButtons(logs, null).young).toEqual([0, 1, 0, 1]);
  });
});

describe("futureDue", () => {
  it("counts studied cards per study day ahead, overdue today", () => {
    const due = (iso: string, extra: Partial<StatsCard> = {}): StatsCard => ({ cardId: iso, archived: false, suspended: false, state: st(2, 5, { due: new Date(iso) }), ...extra });
    const cards = [
      due("2026-11-20T00:00:00Z"), // overdue
      due("2026-11-24T18:59:00Z"), // 03:59 KST on the 25th: still study day 24
      due("2026-11-24T19:00:00Z"), // 04:00 KST on the 25th: tomorrow
      due("2026-11-26T05:00:00Z"), // in 2 days
      due("2026-11-27T05:00:00Z"), // beyond 3 days
      due("2026-11-25T05:00:00Z", { suspended: true }),
      { cardId: "new", archived: false, suspended: false, state: null },
    ];
    expect(futureDue(cards, NOW, TZ, 4, 3)).toEqual({ counts: [2, 1, 1], overdue: 1, total: 4, perDay: 1.3 });
  });
});

describe("studyHeatmap", () => {
  it("places counts and finds the streaks", () => {
    const days = [
      { day: "2026-11-24", reviews: 5 },
      { day: "2026-11-23", reviews: 2 },
      { day: "2026-11-20", reviews: 1 },
      { day: "2026-11-19", reviews: 1 },
      { day: "2026-11-18", reviews: 1 },
      { day: "2026-11-17", reviews: 1 },
      { day: "2025-01-01", reviews: 9 }, // outside the window
    ];
    const map = studyHeatmap(days, TODAY, 10);
    expect(map.from).toBe("2026-11-15");
    expect(map.counts).toEqual([0, 0, 1, 1, 1, 1, 0, 0, 2, 5]);
    expect(map.streak).toBe(2);
    expect(map.longestStreak).toBe(4);
    expect(map.daysStudied).toBe(6);
  });
});

describe("memory", () => {
  const decay = default_w[20]!;
  it("R is 90 % after S days and 100 % on the day of the review", () => {
    expect(retrievabilityNow(10, new Date("2026-11-14T05:00:00Z"), NOW, TZ, 4, decay)).toBeCloseTo(0.9, 8);
    expect(retrievabilityNow(10, new Date("2026-11-24T00:00:00Z"), NOW, TZ, 4, decay)).toBe(1);
  });

  it("bins S, D and R and sums R", () => {
    const cards: StatsCard[] = [
      { cardId: "a", archived: false, suspended: false, state: st(2, 10, { stability: 10, difficulty: 5, lastReview: new Date("2026-11-14T05:00:00Z") }) },
      { cardId: "b", archived: false, suspended: true, state: st(2, 2, { stability: 0.5, difficulty: 9.5, lastReview: new Date("2026-11-24T01:00:00Z") }) },
      { cardId: "c", archived: true, suspended: false, state: st(2, 2) },
      { cardId: "d", archived: false, suspended: false, state: null },
    ];
    const m = memoryStats(cards, NOW, TZ, 4, decay);
    expect(m.cards).toBe(2);
    expect(m.stability.map((b) => b.count)).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(m.difficulty.map((b) => b.count)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(m.retrievability.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(m.sumRetrievability).toBe(1.9);
    expect(m.averageRetrievability).toBeCloseTo(0.95, 6);
  });

  it("the forgetting curve starts at 1 and passes 0.9 at S", () => {
    const curve = forgettingCurve(10, decay, 20, 2);
    expect(curve.map((p) => p.day)).toEqual([0, 10, 20]);
    expect(curve[0]!.r).toBe(1);
    expect(curve[1]!.r).toBeCloseTo(0.9, 8);
    expect(curve[2]!.r).toBeLessThan(0.9);
  });
});

describe("buildStatsReport", () => {
  it("summarises today and uses the user's decay", () => {
    const logs = [log("a", TODAY, 1, 2, 5, { durationMs: 45_000 }), log("b", TODAY, 3, 0, 0, { durationMs: 15_000 })];
    const report = buildStatsReport({ logs, cards: [], attempts: [], studyDays: [{ day: TODAY, reviews: 2 }], now: NOW, settings: { timezone: TZ, dayStartHour: 4 }, range: 30 });
    expect(report.today).toBe(TODAY);
    expect(report.todaySummary).toEqual({ reviews: 2, minutes: 1, again: 1 });
    expect(report.reviews).toHaveLength(30);
    expect(report.future.counts).toHaveLength(30);
    expect(report.heatmap.streak).toBe(1);
  });
});
