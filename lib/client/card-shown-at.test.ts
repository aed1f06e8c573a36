import { describe, expect, it } from "vitest";
import { cardShownAt, type PaintClock } from "./card-shown-at";

const clock = (now: number, fcp?: number): PaintClock => ({
  now: () => now,
  getEntriesByName: (name: string) => (name === "first-contentful-paint" && fcp !== undefined ? [{ startTime: fcp } as PerformanceEntry] : []),
});

describe("cardShownAt", () => {
  it("starts the page's own card at the first contentful paint", () => {
    expect(cardShownAt(true, clock(2400, 850))).toBe(850);
  });
  it("starts a card fetched later when it mounts", () => {
    expect(cardShownAt(false, clock(2400, 850))).toBe(2400);
  });
  it("falls back to now without a paint entry (or one from the future)", () => {
    expect(cardShownAt(true, clock(2400))).toBe(2400);
    expect(cardShownAt(true, clock(300, 850))).toBe(300);
  });
});
