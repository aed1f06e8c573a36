import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { fsrsParameters, gradeCard } from "./scheduler";
import { DEFAULT_SCHEDULER_SETTINGS } from "./settings";

const NOW = new Date("2026-11-24T05:00:00Z");
const settings = { ...DEFAULT_SCHEDULER_SETTINGS, timezone: "Asia/Seoul" };

describe("the user's own FSRS weights", () => {
  it("are passed to ts-fsrs when set, defaults otherwise", () => {
    expect(fsrsParameters(settings).w).toEqual([...default_w]);
    const w = [...default_w];
    w[2] = 10; // initial stability after Good
    expect(fsrsParameters({ ...settings, w }).w[2]).toBe(10);
  });

  it("change the interval a grade gives", () => {
    // A new card graded Easy goes straight to review: its interval follows w[3].
    const base = gradeCard({ state: null, cardId: "c1", rating: 4, now: NOW, settings, fuzz: false });
    const w = [...default_w];
    w[3] = 30;
    const mine = gradeCard({ state: null, cardId: "c1", rating: 4, now: NOW, settings: { ...settings, w }, fuzz: false });
    expect(base.next.scheduledDays).toBe(8);
    expect(mine.next.scheduledDays).toBe(30);
  });
});
