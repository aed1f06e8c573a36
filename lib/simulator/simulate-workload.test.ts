import { describe, expect, it } from "vitest";
import { minutesAt, simulateWorkload, workloadCurve, type WorkloadInput } from "./simulate-workload";
import { createRandom } from "./random";

const base: Omit<WorkloadInput, "desiredRetention"> = {
  cards: [
    { stability: 5, difficulty: 5, dueIn: 0, elapsed: 5 },
    { stability: 30, difficulty: 3, dueIn: 10, elapsed: 20 },
  ],
  newCards: 100,
  newPerDay: 5,
  maximumInterval: 36500,
  horizonDays: 60,
  secondsPerReview: 60,
  secondsPerNew: 120,
  seed: 42,
};

describe("simulateWorkload", () => {
  it("is deterministic under a seed, and the seed matters", () => {
    const a = simulateWorkload({ ...base, desiredRetention: 0.9 });
    expect(simulateWorkload({ ...base, desiredRetention: 0.9 })).toEqual(a);
    expect(simulateWorkload({ ...base, desiredRetention: 0.9, seed: 43 }).days).not.toEqual(a.days);
  });

  it("introduces new cards at the daily limit until none are left, and counts minutes", () => {
    const r = simulateWorkload({ ...base, desiredRetention: 0.9 });
    expect(r.days.slice(0, 20).every((d) => d.newCards === 5)).toBe(true);
    expect(r.days.slice(20).every((d) => d.newCards === 0)).toBe(true);
    // Day 0: the card due today plus five new cards.
    expect(r.days[0]).toEqual({ reviews: 1, newCards: 5, minutes: (1 * 60 + 5 * 120) / 60 });
    const total = r.days.reduce((a, d) => a + d.minutes, 0);
    expect(r.minutesPerDay).toBeCloseTo(total / 60, 10);
    expect(r.remembered).toBeGreaterThan(0);
    expect(r.remembered).toBeLessThanOrEqual(102);
  });

  it("costs more reviews at a higher desired retention", () => {
    const curve = workloadCurve(base, [0.7, 0.8, 0.9, 0.97]);
    const reviews = curve.map((p) => p.reviewsPerDay);
    expect(reviews[3]).toBeGreaterThan(reviews[2]!);
    expect(reviews[2]).toBeGreaterThan(reviews[0]!);
    expect(curve[3]!.remembered).toBeGreaterThan(curve[0]!.remembered);
  });

  it("minutesAt interpolates along the curve", () => {
    const curve = [
      { retention: 0.7, minutesPerDay: 10, reviewsPerDay: 0, remembered: 0 },
      { retention: 0.9, minutesPerDay: 30, reviewsPerDay: 0, remembered: 0 },
    ];
    expect(minutesAt(curve, 0.8)).toBeCloseTo(20, 10);
    expect(minutesAt(curve, 0.6)).toBe(10);
    expect(minutesAt(curve, 0.95)).toBe(30);
  });
});

describe("createRandom", () => {
  it("gives the same stream for the same seed", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(createRandom(1)()).toBe(0.6270739405881613);
  });
});
