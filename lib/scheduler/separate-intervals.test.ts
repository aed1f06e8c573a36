import { State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { CardStateRow, GradeValue } from "./fsrs-mapping";
import { createSeededFsrs, gradeCard, previewIntervals, toSchedulerCard } from "./scheduler";
import { parseSchedulerSettings } from "./settings";
import { toSchedulerTime } from "./study-day";

const START = new Date("2026-03-01T10:00:00Z");
const CONFIGS = [
  { learningSteps: ["1m", "10m"], relearningSteps: ["10m"] },
  { learningSteps: ["10m"], relearningSteps: ["10m"] },
  { learningSteps: [], relearningSteps: [] },
  { learningSteps: ["1m"], relearningSteps: [] },
  { learningSteps: ["1d"], relearningSteps: ["1d"] },
] as const;

/** Walks cards through fixed grade sequences, yielding every (state, now) met on the way. */
function* statesMet() {
  for (const [ci, steps] of CONFIGS.entries()) {
    const settings = parseSchedulerSettings({ timezone: "Asia/Seoul", dayStartHour: 4, ...steps, learningSteps: [...steps.learningSteps], relearningSteps: [...steps.relearningSteps] });
    for (let i = 0; i < 40; i++) {
      const cardId = `c${ci}-${i}`;
      let state: CardStateRow | null = null;
      let t = START.getTime();
      for (let k = 0; k < 7; k++) {
        yield { settings, cardId, state, now: new Date(t) };
        const rating = (((i * 7 + k * 3) % 4) + 1) as GradeValue;
        state = gradeCard({ state, cardId, now: new Date(t), settings, rating }).next;
        t = state.due.getTime() + (k % 2) * 86_400_000;
      }
    }
  }
}

describe("each grade button is strictly longer than the one to its left", () => {
  it("for every state met (new, learning, review, relearning) and every step setting", () => {
    const kinds = new Set<number>();
    let rawCollisions = 0;
    for (const { settings, cardId, state, now } of statesMet()) {
      kinds.add(state?.state ?? State.New);
      const shown = previewIntervals({ state, cardId, now, settings });
      for (let r = 1; r < 4; r++) expect(shown[r]!.intervalMinutes).toBeGreaterThan(shown[r - 1]!.intervalMinutes);
      // What a grade stores is exactly what its button showed.
      for (const p of shown) expect(gradeCard({ state, cardId, now, settings, rating: p.rating }).next.due).toEqual(p.due);
      // ts-fsrs alone: count the collisions the separation had to fix.
      const nowS = toSchedulerTime(now, settings.timezone, settings.dayStartHour);
      const raw = createSeededFsrs(settings, cardId, state).repeat(toSchedulerCard(state, now, settings), nowS);
      const dues = [1, 2, 3, 4].map((g) => raw[g as 1 | 2 | 3 | 4].card.due.getTime());
      if (dues.some((d, j) => j > 0 && d <= dues[j - 1]!)) rawCollisions++;
    }
    expect([...kinds].sort()).toEqual([State.New, State.Learning, State.Review, State.Relearning]);
    expect(rawCollisions).toBeGreaterThan(0); // the walk does meet "1일 / 1일" cases
  });

  it("a relearning card whose Good and Easy both graduate to one day: Easy gets two", () => {
    const settings = parseSchedulerSettings({ timezone: "UTC", dayStartHour: 0, learningSteps: ["10m"], relearningSteps: ["10m"] });
    const lapsed: CardStateRow = {
      due: new Date("2026-03-05T10:10:00Z"),
      stability: 0.5,
      difficulty: 8,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 5,
      lapses: 2,
      state: State.Relearning,
      lastReview: new Date("2026-03-05T10:00:00Z"),
    };
    const now = new Date("2026-03-05T10:10:00Z");
    const raw = createSeededFsrs(settings, "lapsed", lapsed).repeat(toSchedulerCard(lapsed, now, settings), now);
    expect([raw[3].card.scheduled_days, raw[4].card.scheduled_days]).toEqual([1, 1]);
    expect(previewIntervals({ state: lapsed, cardId: "lapsed", now, settings }).map((p) => p.label)).toEqual(["10분", "15분", "1일", "2일"]);
    const easy = gradeCard({ state: lapsed, cardId: "lapsed", now, settings, rating: 4 }).next;
    expect(easy.scheduledDays).toBe(2);
    expect(easy.due).toEqual(new Date("2026-03-07T10:10:00Z"));
  });

  it("never goes past the maximum interval", () => {
    const settings = parseSchedulerSettings({ timezone: "UTC", dayStartHour: 0, maximumInterval: 1 });
    const shown = previewIntervals({ state: null, cardId: "cap", now: START, settings });
    expect(shown.map((p) => p.scheduledDays).every((d) => d <= 1)).toBe(true);
  });
});
