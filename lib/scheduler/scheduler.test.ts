import {
  Rating,
  State,
  StrategyMode,
  createEmptyCard,
  fsrs,
  generatorParameters,
  get_fuzz_range,
  type Card,
  type Grade,
} from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { cardFromRow, type CardStateRow, type GradeValue } from "./fsrs-mapping";
import {
  GRADES,
  fuzzSeed,
  gradeCard,
  parseSnapshot,
  previewIntervals,
  progressAfterGrade,
  snapshotState,
} from "./scheduler";
import { parseSchedulerSettings, type SchedulerSettings } from "./settings";
import { studyDayOf } from "./study-day";

const HOUR = 3_600_000;
const MIN = 60_000;
const d = (iso: string) => new Date(iso);

/** UTC with a midnight day start: the scheduler clock equals the real clock. */
const UTC0: SchedulerSettings = parseSchedulerSettings({ timezone: "UTC", dayStartHour: 0 });
const SEOUL: SchedulerSettings = parseSchedulerSettings({ timezone: "Asia/Seoul", dayStartHour: 4 });
const NY: SchedulerSettings = parseSchedulerSettings({ timezone: "America/New_York", dayStartHour: 4 });

/** ts-fsrs called directly with the parameters the settings stand for and a fixed seed. */
function direct(seed: string, fuzz = true) {
  return fsrs(
    generatorParameters({
      request_retention: 0.9,
      maximum_interval: 36500,
      enable_fuzz: fuzz,
      enable_short_term: true,
      learning_steps: ["1m", "10m"],
      relearning_steps: ["10m"],
    }),
  ).useStrategy(StrategyMode.SEED, () => seed);
}

function expectSameCard(row: CardStateRow, card: Card) {
  expect(row.due).toEqual(card.due);
  expect(row.stability).toBe(card.stability);
  expect(row.difficulty).toBe(card.difficulty);
  expect(row.state).toBe(card.state);
  expect(row.reps).toBe(card.reps);
  expect(row.lapses).toBe(card.lapses);
  expect(row.scheduledDays).toBe(card.scheduled_days);
  expect(row.elapsedDays).toBe(card.elapsed_days);
  expect(row.learningSteps).toBe(card.learning_steps);
  expect(row.lastReview).toEqual(card.last_review);
}

const reviewRow: CardStateRow = {
  due: d("2026-11-10T09:00:00Z"),
  stability: 9.5,
  difficulty: 5.2,
  elapsedDays: 5,
  scheduledDays: 9,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: State.Review,
  lastReview: d("2026-11-01T09:00:00Z"),
};

describe("gradeCard on a new card equals ts-fsrs", () => {
  const now = d("2026-11-24T09:30:00Z");

  it.each([1, 2, 3, 4] as const)("rating %d (UTC, day start 0)", (rating) => {
    const { next, log } = gradeCard({ state: null, cardId: "card-1", rating, now, settings: UTC0 });
    const expected = direct("card-1#1").next(createEmptyCard(now), now, rating as Grade);
    expectSameCard(next, expected.card);
    expect(log).toEqual({
      rating,
      state: State.New,
      due: now,
      stability: expected.log.stability,
      difficulty: expected.log.difficulty,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reviewedAt: now,
    });
  });

  it("literal values: 1m / 6m / 10m steps, Easy graduates", () => {
    const due = GRADES.map((rating) => gradeCard({ state: null, cardId: "card-1", rating, now, settings: UTC0 }).next);
    expect(due.map((r) => r.due.getTime() - now.getTime())).toEqual([
      1 * MIN,
      6 * MIN,
      10 * MIN,
      due[3]!.scheduledDays * 24 * HOUR,
    ]);
    expect(due.map((r) => r.state)).toEqual([State.Learning, State.Learning, State.Learning, State.Review]);
    expect(due.map((r) => r.reps)).toEqual([1, 1, 1, 1]);
    expect(due.map((r) => r.lapses)).toEqual([0, 0, 0, 0]);
  });

  it.each([1, 2, 3, 4] as const)("rating %d in Asia/Seoul: ts-fsrs sees local time − 4 h", (rating) => {
    const realNow = d("2026-11-24T05:30:00Z"); // 14:30 KST
    const shifted = d("2026-11-24T10:30:00Z"); // 14:30 − 4 h, as if UTC
    const { next } = gradeCard({ state: null, cardId: "card-1", rating, now: realNow, settings: SEOUL });
    const expected = direct("card-1#1").next(createEmptyCard(shifted), shifted, rating as Grade).card;
    // Seoul has no DST: real = scheduler − (9 − 4) h.
    expect(next.due).toEqual(new Date(expected.due.getTime() - 5 * HOUR));
    expect(next.lastReview).toEqual(realNow);
    expect([next.stability, next.difficulty, next.state, next.reps, next.scheduledDays]).toEqual([
      expected.stability,
      expected.difficulty,
      expected.state,
      expected.reps,
      expected.scheduled_days,
    ]);
  });
});

describe("review card after several days", () => {
  const now = d("2026-11-12T15:00:00Z");

  it.each([1, 2, 3, 4] as const)("rating %d equals ts-fsrs", (rating) => {
    const { next, log } = gradeCard({ state: reviewRow, cardId: "card-7", rating, now, settings: UTC0 });
    const expected = direct("card-7#4").next(cardFromRow(reviewRow), now, rating as Grade);
    expectSameCard(next, expected.card);
    expect(next.elapsedDays).toBe(11); // 2026-11-01 → 2026-11-12
    expect(next.reps).toBe(4);
    expect(log.state).toBe(State.Review);
    expect(log.elapsedDays).toBe(11);
    expect(log.lastElapsedDays).toBe(5);
    expect(log.due).toEqual(reviewRow.lastReview);
    expect(log.reviewedAt).toEqual(now);
  });

  it("a lapse: Again → Relearning, lapses + 1, due in the 10 m relearning step", () => {
    const { next } = gradeCard({ state: reviewRow, cardId: "card-7", rating: 1, now, settings: UTC0 });
    expect(next.state).toBe(State.Relearning);
    expect(next.lapses).toBe(1);
    expect(next.scheduledDays).toBe(0);
    expect(next.due).toEqual(new Date(now.getTime() + 10 * MIN));
    expect(next.stability).toBeLessThan(reviewRow.stability);

    // Passing the relearning step brings it back to Review with a day interval.
    const later = new Date(next.due.getTime());
    const back = gradeCard({ state: next, cardId: "card-7", rating: 3, now: later, settings: UTC0 }).next;
    const expected = direct("card-7#6").next(cardFromRow(next), later, Rating.Good).card;
    expectSameCard(back, expected);
    expect(back.state).toBe(State.Review);
    expect(back.lapses).toBe(1);
  });

  it("Hard < Good < Easy intervals", () => {
    const p = previewIntervals({ state: reviewRow, cardId: "card-7", now, settings: UTC0 });
    expect(p[1]!.scheduledDays).toBeLessThan(p[2]!.scheduledDays);
    expect(p[2]!.scheduledDays).toBeLessThan(p[3]!.scheduledDays);
  });

  it("rejects a bad rating and a bad date", () => {
    expect(() => gradeCard({ state: null, cardId: "c", rating: 5 as GradeValue, now, settings: UTC0 })).toThrow(/rating/);
    expect(() => gradeCard({ state: null, cardId: "c", rating: 3, now: new Date(NaN), settings: UTC0 })).toThrow(/now/);
  });
});

describe("study days drive elapsed days", () => {
  const seoulReview = (lastReview: Date): CardStateRow => ({ ...reviewRow, lastReview, due: lastReview });

  it("05:00 and next 03:30 local (dayStartHour 4) are 0 days apart", () => {
    const last = d("2026-11-23T20:00:00Z"); // 2026-11-24 05:00 KST
    const now = d("2026-11-24T18:30:00Z"); // 2026-11-25 03:30 KST
    expect(gradeCard({ state: seoulReview(last), cardId: "c", rating: 3, now, settings: SEOUL }).log.elapsedDays).toBe(0);
  });

  it("03:30 → 04:10 local crosses the day start: 1 day", () => {
    const last = d("2026-11-24T18:30:00Z"); // 03:30 KST
    const now = d("2026-11-24T19:10:00Z"); // 04:10 KST
    expect(gradeCard({ state: seoulReview(last), cardId: "c", rating: 3, now, settings: SEOUL }).log.elapsedDays).toBe(1);
  });

  it("New York 25 h study day (2026-10-31): 24 h 40 m apart but the same day", () => {
    const last = d("2026-10-31T08:10:00Z"); // 10-31 04:10 EDT
    const now = d("2026-11-01T08:50:00Z"); // 11-01 03:50 EST
    expect(gradeCard({ state: seoulReview(last), cardId: "c", rating: 3, now, settings: NY }).log.elapsedDays).toBe(0);
  });

  it("New York 23 h study day (2026-03-07): 23 h apart is the next day", () => {
    const last = d("2026-03-07T09:10:00Z"); // 03-07 04:10 EST
    const now = d("2026-03-08T08:10:00Z"); // 03-08 04:10 EDT
    expect(gradeCard({ state: seoulReview(last), cardId: "c", rating: 3, now, settings: NY }).log.elapsedDays).toBe(1);
  });

  it("a day interval across spring-forward keeps the local time of day", () => {
    const now = d("2026-03-05T15:00:00Z"); // 10:00 EST
    const { next } = gradeCard({ state: { ...reviewRow, lastReview: d("2026-02-26T15:00:00Z") }, cardId: "c", rating: 3, now, settings: NY });
    expect(next.scheduledDays).toBeGreaterThan(3);
    expect(studyDayOf(next.due, "America/New_York", 4)).toBe(
      new Date(Date.parse("2026-03-05T00:00:00Z") + next.scheduledDays * 24 * HOUR).toISOString().slice(0, 10),
    );
    expect(next.due.getUTCHours()).toBe(14); // 10:00 EDT
  });

  it("a 10 m step during fall-back lasts 10 real minutes", () => {
    const now = d("2026-11-01T05:55:00Z"); // 01:55 EDT; wall clock repeats 01:00–02:00
    const relearning: CardStateRow = { ...reviewRow, state: State.Relearning, lastReview: d("2026-10-31T12:00:00Z"), learningSteps: 0 };
    const { next } = gradeCard({ state: relearning, cardId: "c", rating: 1, now, settings: NY });
    expect(next.due).toEqual(d("2026-11-01T06:05:00Z"));
  });
});

describe("fuzz seeded by card id: preview == applied", () => {
  const states: Array<[string, CardStateRow | null]> = [
    ["new", null],
    ["review", reviewRow],
    ["long review", { ...reviewRow, stability: 180, difficulty: 4, reps: 9, lastReview: d("2026-05-01T09:00:00Z") }],
    ["learning", { ...reviewRow, state: State.Learning, learningSteps: 1, stability: 2.3, reps: 1, scheduledDays: 0 }],
  ];
  const nows = [d("2026-11-12T15:00:00Z"), d("2027-02-01T23:59:00Z")];
  const ids = ["card-1", "card-2", "cl9x0a1b2", "ぷ", "c".repeat(30)];
  const settings = [UTC0, SEOUL, NY];

  it("for every rating the shown due/label is exactly what a grade stores", () => {
    let checked = 0;
    for (const [, state] of states)
      for (const now of nows)
        for (const cardId of ids)
          for (const s of settings) {
            const preview = previewIntervals({ state, cardId, now, settings: s });
            expect(preview.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
            for (const p of preview) {
              const { next } = gradeCard({ state, cardId, rating: p.rating, now, settings: s });
              expect(next.due).toEqual(p.due);
              expect(next.scheduledDays).toBe(p.scheduledDays);
              checked++;
            }
          }
    expect(checked).toBe(states.length * nows.length * ids.length * settings.length * 4);
  });

  it("a grade a few minutes after the preview (same study day) gets the same day interval", () => {
    const state = states[2]![1];
    const shownAt = d("2026-11-12T15:00:00Z");
    const gradedAt = new Date(shownAt.getTime() + 7 * MIN + 345);
    for (const cardId of ids) {
      const preview = previewIntervals({ state, cardId, now: shownAt, settings: SEOUL });
      for (const p of preview.slice(1)) {
        const { next } = gradeCard({ state, cardId, rating: p.rating, now: gradedAt, settings: SEOUL });
        expect(next.scheduledDays).toBe(p.scheduledDays);
        expect(next.due.getTime() - p.due.getTime()).toBe(gradedAt.getTime() - shownAt.getTime());
      }
    }
  });

  it("different card ids give different fuzzed long intervals, within ts-fsrs' fuzz range", () => {
    const state = states[2]![1];
    const now = nows[0]!;
    const good = (cardId: string, fuzz: boolean) =>
      previewIntervals({ state, cardId, now, settings: UTC0, fuzz })[2]!.scheduledDays;
    const unfuzzed = good("x", false);
    const elapsed = 195; // 2026-05-01 → 2026-11-12
    const { min_ivl, max_ivl } = get_fuzz_range(unfuzzed, elapsed, 36500);
    const fuzzed = Array.from({ length: 20 }, (_, i) => good(`card-${i}`, true));
    expect(new Set(fuzzed).size).toBeGreaterThan(3);
    for (const ivl of fuzzed) {
      expect(ivl).toBeGreaterThanOrEqual(min_ivl);
      expect(ivl).toBeLessThanOrEqual(max_ivl);
    }
    // Without fuzz every card gets the same interval.
    expect(new Set(Array.from({ length: 5 }, (_, i) => good(`card-${i}`, false)))).toEqual(new Set([unfuzzed]));
  });

  it("the seed is (cardId, reps after the grade), as ts-fsrs is told", () => {
    expect(fuzzSeed("ab", 12)).not.toBe(fuzzSeed("ab1", 2));
    const state = states[2]![1]!;
    const now = nows[0]!;
    const expected = direct(fuzzSeed("card-3", state.reps + 1)).next(cardFromRow(state), now, Rating.Good).card;
    expect(gradeCard({ state, cardId: "card-3", rating: 3, now, settings: UTC0 }).next.due).toEqual(expected.due);
  });

  it("labels", () => {
    const labels = previewIntervals({ state: null, cardId: "card-1", now: nows[0]!, settings: UTC0 }).map((p) => p.label);
    expect(labels.slice(0, 3)).toEqual(["1분", "6분", "10분"]);
    expect(labels[3]).toMatch(/^\d+일$/);
    const relearn = previewIntervals({ state: reviewRow, cardId: "card-1", now: nows[0]!, settings: UTC0 });
    expect(relearn[0]!.label).toBe("10분");
  });
});

describe("undo snapshots", () => {
  it("round-trip exactly, dates as ISO", () => {
    const row: CardStateRow = { ...reviewRow, stability: 0.1 + 0.2, difficulty: 7.123456789012345 };
    const json = snapshotState(row);
    expect(JSON.parse(json).due).toBe("2026-11-10T09:00:00.000Z");
    expect(parseSnapshot(json)).toStrictEqual(row);
  });

  it("keep follow-up columns when given and drop unrelated ones", () => {
    const row = {
      ...reviewRow,
      lastReview: null,
      lastRating: 1,
      passedAt: d("2026-10-01T00:00:00.5Z"),
      suspended: false,
      id: "cs_1",
      version: 3,
    };
    const { id: _id, version: _v, ...expected } = row;
    expect(parseSnapshot(snapshotState(row))).toStrictEqual(expected);
  });

  it("snapshot of a graded result restores it", () => {
    const { next } = gradeCard({ state: null, cardId: "c", rating: 3, now: d("2026-11-24T09:30:00Z"), settings: SEOUL });
    expect(parseSnapshot(snapshotState(next))).toStrictEqual(next);
  });

  it("rejects malformed snapshots", () => {
    expect(() => parseSnapshot("{}")).toThrow();
    expect(() => parseSnapshot(JSON.stringify({ ...JSON.parse(snapshotState(reviewRow)), due: "yesterday" }))).toThrow();
    expect(() => parseSnapshot(JSON.stringify({ ...JSON.parse(snapshotState(reviewRow)), state: 7 }))).toThrow();
  });
});

describe("progressAfterGrade", () => {
  const now = d("2026-11-24T09:30:00Z");
  it("sets passedAt on the first Good/Easy only", () => {
    expect(progressAfterGrade(null, 1, now)).toEqual({ lastRating: 1, passedAt: null });
    expect(progressAfterGrade(null, 3, now)).toEqual({ lastRating: 3, passedAt: now });
    const earlier = d("2026-11-01T00:00:00Z");
    expect(progressAfterGrade({ lastRating: 3, passedAt: earlier }, 1, now)).toEqual({ lastRating: 1, passedAt: earlier });
    expect(progressAfterGrade({ lastRating: 2, passedAt: null }, 4, now)).toEqual({ lastRating: 4, passedAt: now });
  });
});
