import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { replayCard } from "./replay-card";
import { gradeCard } from "./scheduler";
import { DEFAULT_SCHEDULER_SETTINGS } from "./settings";

const settings = { ...DEFAULT_SCHEDULER_SETTINGS, timezone: "Asia/Seoul" };
const grades = [
  { rating: 3 as const, reviewedAt: new Date("2026-11-01T01:00:00Z") },
  { rating: 3 as const, reviewedAt: new Date("2026-11-01T01:11:00Z") },
  { rating: 3 as const, reviewedAt: new Date("2026-11-04T01:00:00Z") },
];

describe("replayCard", () => {
  it("with the same settings rebuilds exactly the state the grades produced", () => {
    let state = null;
    for (const g of grades) state = gradeCard({ state, cardId: "c", rating: g.rating, now: g.reviewedAt, settings }).next;
    expect(replayCard("c", [...grades].reverse(), settings)).toEqual(state);
  });

  it("with other weights lands on another interval", () => {
    const w = [...default_w];
    w[2] = 20; // initial stability after Good
    const base = replayCard("c", grades, settings)!;
    const mine = replayCard("c", grades, { ...settings, w })!;
    expect(mine.stability).toBeGreaterThan(base.stability);
    expect(mine.scheduledDays).toBeGreaterThan(base.scheduledDays);
  });

  it("a card without grades has no state", () => {
    expect(replayCard("c", [], settings)).toBeNull();
  });
});
