import { Rating, State, createEmptyCard, fsrs, type Card, type ReviewLog } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  cardFromRow,
  cardToRow,
  isGrade,
  reviewLogFromRow,
  reviewLogToRow,
  type CardStateRow,
  type ReviewLogRow,
} from "./fsrs-mapping";

const row: CardStateRow = {
  due: new Date("2026-11-30T05:00:00.123Z"),
  stability: 12.34567891,
  difficulty: 5.1 + 0.2, // an inexact float must survive untouched
  elapsedDays: 6,
  scheduledDays: 13,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: State.Review,
  lastReview: new Date("2026-11-17T05:00:00.123Z"),
};

describe("card mapping", () => {
  it("row → card → row is exact", () => {
    const card = cardFromRow(row);
    expect(card).toEqual({
      due: row.due,
      stability: row.stability,
      difficulty: row.difficulty,
      elapsed_days: 6,
      scheduled_days: 13,
      learning_steps: 0,
      reps: 4,
      lapses: 1,
      state: State.Review,
      last_review: row.lastReview,
    });
    expect(cardToRow(card)).toStrictEqual(row);
  });

  it("null lastReview ↔ undefined last_review", () => {
    const fresh: CardStateRow = { ...row, state: State.New, lastReview: null, reps: 0 };
    const card = cardFromRow(fresh);
    expect(card.last_review).toBeUndefined();
    expect(cardToRow(card)).toStrictEqual(fresh);
  });

  it("card → row → card is exact for ts-fsrs output", () => {
    const f = fsrs();
    const card: Card = f.next(createEmptyCard(new Date("2026-01-01T00:00:00Z")), new Date("2026-01-01T00:00:00Z"), Rating.Good).card;
    expect(cardFromRow(cardToRow(card))).toStrictEqual(card);
  });

  it("copies dates instead of sharing them", () => {
    const card = cardFromRow(row);
    card.due.setTime(0);
    expect(row.due.toISOString()).toBe("2026-11-30T05:00:00.123Z");
  });
});

describe("review log mapping", () => {
  const logRow: ReviewLogRow = {
    rating: Rating.Hard,
    state: State.Review,
    due: new Date("2026-11-17T05:00:00Z"),
    stability: 3.3,
    difficulty: 6.6,
    elapsedDays: 7,
    lastElapsedDays: 2,
    scheduledDays: 5,
    learningSteps: 0,
    reviewedAt: new Date("2026-11-24T05:00:00Z"),
  };

  it("row → log → row is exact", () => {
    const log: ReviewLog = reviewLogFromRow(logRow);
    expect(log.review).toEqual(logRow.reviewedAt);
    expect(log.last_elapsed_days).toBe(2);
    expect(reviewLogToRow(log)).toStrictEqual(logRow);
  });

  it("log → row → log is exact for ts-fsrs output", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const log = fsrs().next(createEmptyCard(now), now, Rating.Again).log;
    expect(reviewLogFromRow(reviewLogToRow(log))).toStrictEqual(log);
  });
});

it("isGrade accepts exactly 1-4", () => {
  expect([0, 1, 2, 3, 4, 5, "3", 2.5, null].map(isGrade)).toEqual([false, true, true, true, true, false, false, false, false]);
});
