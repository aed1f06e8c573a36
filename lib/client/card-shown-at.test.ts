import { describe, expect, it } from "vitest";
import { cardShownAt, type PaintClock } from "./card-shown-at";

const clock = (now: number, fcp?: number, documentUrl = "https://rehearse.example/study?deck=tcp"): PaintClock => ({
  now: () => now,
  getEntriesByName: (name: string) => (name === "first-contentful-paint" && fcp !== undefined ? [{ startTime: fcp } as PerformanceEntry] : []),
  getEntriesByType: (type: string) => (type === "navigation" ? [{ name: documentUrl } as PerformanceEntry] : []),
});

describe("cardShownAt", () => {
  it("starts the page's own card at the first contentful paint", () => {
    expect(cardShownAt(true, clock(2400, 850), "/study")).toBe(850);
  });
  it("starts a card fetched later when it mounts", () => {
    expect(cardShownAt(false, clock(2400, 850), "/study")).toBe(2400);
  });
  it("starts the first card of a client-side visit when it mounts (the first paint was another page's)", () => {
    expect(cardShownAt(true, clock(9400, 850, "https://rehearse.example/"), "/study")).toBe(9400);
  });
  it("falls back to now without a paint entry (or one from the future)", () => {
    expect(cardShownAt(true, clock(2400), "/study")).toBe(2400);
    expect(cardShownAt(true, clock(300, 850), "/study")).toBe(300);
  });
});
