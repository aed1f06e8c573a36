import { State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { CardStateRow } from "./fsrs-mapping";
import { buildQueue, estimateMinutes, remainingCounts, type BuildQueueInput, type QueueCard } from "./queue";

const d = (iso: string) => new Date(iso);
// 2026-11-24 14:00 KST; the study day ends 2026-11-25 04:00 KST = 2026-11-24T19:00Z.
const NOW = d("2026-11-24T05:00:00Z");
const settings = { timezone: "Asia/Seoul", dayStartHour: 4, newPerDay: 3 };

function st(state: State, due: string, extra: Partial<CardStateRow> = {}): CardStateRow {
  return {
    due: d(due),
    stability: 5,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: state === State.Review ? 3 : 0,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state,
    lastReview: d("2026-11-20T05:00:00Z"),
    ...extra,
  };
}

function card(cardId: string, position: number, extra: Partial<QueueCard> = {}): QueueCard {
  return { cardId, position, parentId: null, archived: false, suspended: false, state: null, lastRating: 0, passedAt: null, ...extra };
}
const passed = { lastRating: 3, passedAt: d("2026-11-20T05:00:00Z") };

const q = (cards: QueueCard[], extra: Partial<BuildQueueInput> = {}) =>
  buildQueue({ cards, now: NOW, settings, newIntroducedToday: 0, ...extra });
const ids = (cards: QueueCard[], extra: Partial<BuildQueueInput> = {}) => q(cards, extra).items.map((i) => i.cardId);

describe("ordering", () => {
  const cards = [
    card("new-b", 20),
    card("rev-late", 1, { ...passed, state: st(State.Review, "2026-11-24T18:59:00Z") }), // 03:59 KST tomorrow: still today
    card("rev-tomorrow", 2, { ...passed, state: st(State.Review, "2026-11-24T19:00:00Z") }), // next study day
    card("new-a", 10),
    card("rev-overdue", 3, { ...passed, state: st(State.Review, "2026-11-20T01:00:00Z") }),
    card("relearn", 4, { ...passed, lastRating: 1, state: st(State.Relearning, "2026-11-24T04:50:00Z") }),
    card("learn", 5, { lastRating: 1, state: st(State.Learning, "2026-11-24T04:55:00Z") }),
    card("learn-ahead", 6, { lastRating: 1, state: st(State.Learning, "2026-11-24T05:10:00Z") }), // in 10 min
    card("learn-waiting", 7, { lastRating: 1, state: st(State.Learning, "2026-11-24T06:00:00Z") }), // in 60 min
    card("learn-interday", 8, { ...passed, state: st(State.Learning, "2026-11-24T12:00:00Z", { scheduledDays: 1 }) }),
    card("new-c", 30),
    card("new-d", 40),
  ];

  it("due learning by due, reviews by due, new by position, then learn-ahead", () => {
    const queue = q(cards);
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([
      ["relearn", "learning"],
      ["learn", "learning"],
      ["learn-interday", "learning"],
      ["rev-overdue", "review"],
      ["rev-late", "review"],
      ["new-a", "new"],
      ["new-b", "new"],
      ["new-c", "new"],
      ["learn-ahead", "learning"],
    ]);
    expect(queue.waiting.map((i) => i.cardId)).toEqual(["learn-waiting"]);
    expect(queue.newLimitLeft).toBe(0);
    expect(remainingCounts(queue)).toEqual({ learning: 5, review: 2, new: 3 });
    expect(remainingCounts(queue.items)).toEqual({ learning: 4, review: 2, new: 3 });
  });

  it("learnAheadMinutes 0 keeps not-yet-due steps waiting", () => {
    const queue = q(cards, { learnAheadMinutes: 0 });
    expect(queue.items.map((i) => i.cardId)).not.toContain("learn-ahead");
    expect(queue.waiting.map((i) => i.cardId)).toEqual(["learn-ahead", "learn-waiting"]);
  });

  it("a state row still in State.New counts as new", () => {
    expect(ids([card("reset", 1, { state: st(State.New, "2026-11-24T00:00:00Z") })])).toEqual(["reset"]);
  });
});

describe("new-card limit", () => {
  const fresh = [card("n4", 4), card("n1", 1), card("n3", 3), card("n2", 2), card("n5", 5)];
  it.each([
    [0, ["n1", "n2", "n3"], 0],
    [1, ["n1", "n2"], 0],
    [3, [], 0],
    [7, [], 0], // over the limit (e.g. settings lowered): nothing, not negative
  ])("introduced today %d → %j", (introduced, expected, left) => {
    const queue = q(fresh, { newIntroducedToday: introduced });
    expect(queue.items.map((i) => i.cardId)).toEqual(expected);
    expect(queue.newLimitLeft).toBe(left);
  });

  it("reports what is left when fewer new cards exist", () => {
    const queue = q([card("n1", 1)], { settings: { ...settings, newPerDay: 10 }, newIntroducedToday: 2 });
    expect(queue.newLimitLeft).toBe(7);
  });

  it("position ties break by id, deterministically", () => {
    expect(ids([card("b", 1), card("a", 1)])).toEqual(["a", "b"]);
  });
});

describe("follow-ups drill down", () => {
  it("a new follow-up is locked until its parent has passed", () => {
    const parentNew = card("topic", 1);
    expect(ids([parentNew, card("fu", 2, { parentId: "topic" })])).toEqual(["topic"]);

    const parentHard = card("topic", 1, { lastRating: 2, state: st(State.Learning, "2026-11-24T04:00:00Z") });
    expect(ids([parentHard, card("fu", 2, { parentId: "topic" })])).toEqual(["topic"]);
  });

  it("unlocks once the parent was graded Good/Easy, and follows the parent", () => {
    const parent = card("topic", 50, { ...passed, state: st(State.Review, "2026-11-23T00:00:00Z") });
    const cards = [
      card("other-new", 1),
      card("fu", 51, { parentId: "topic" }),
      card("rev-first", 2, { ...passed, state: st(State.Review, "2026-11-22T00:00:00Z") }),
      parent,
      card("rev-last", 3, { ...passed, state: st(State.Review, "2026-11-24T10:00:00Z") }),
    ];
    expect(ids(cards)).toEqual(["rev-first", "topic", "fu", "rev-last", "other-new"]);
  });

  it("a follow-up not in the queue's parent keeps its own slot (by position)", () => {
    const parent = card("topic", 50, { ...passed, state: st(State.Review, "2026-12-30T00:00:00Z") }); // not due
    expect(ids([card("fu", 51, { parentId: "topic" }), card("n", 60), parent])).toEqual(["fu", "n"]);
  });

  it("hidden while the parent is failing: Relearning or last rating Again", () => {
    const relearning = card("topic", 1, { ...passed, lastRating: 1, state: st(State.Relearning, "2026-12-01T00:00:00Z") });
    const againInLearning = card("topic", 1, { ...passed, lastRating: 1, state: st(State.Learning, "2026-12-01T00:00:00Z") });
    const dueFollowUp = card("fu", 2, { parentId: "topic", ...passed, state: st(State.Review, "2026-11-20T00:00:00Z") });
    const newFollowUp = card("fu-new", 3, { parentId: "topic" });
    for (const parent of [relearning, againInLearning]) {
      expect(ids([parent, dueFollowUp, newFollowUp])).toEqual([]);
    }
    // Recovered (graded Good again): both come back, right after the parent if queued.
    const recovered = card("topic", 1, { ...passed, state: st(State.Review, "2026-11-24T01:00:00Z") });
    expect(ids([recovered, dueFollowUp, newFollowUp])).toEqual(["topic", "fu", "fu-new"]);
  });

  it("nested follow-ups: a failing grandparent hides the whole branch; chains stay in order", () => {
    const gp = (failing: boolean) =>
      card("gp", 1, { ...passed, lastRating: failing ? 1 : 3, state: st(failing ? State.Relearning : State.Review, "2026-11-24T01:00:00Z") });
    const child = card("child", 2, { parentId: "gp", ...passed, state: st(State.Review, "2026-11-24T03:00:00Z") });
    const grandchild = card("grandchild", 3, { parentId: "child" });
    // The failing topic itself is due (its relearning step), its branch is not.
    expect(ids([grandchild, child, gp(true)])).toEqual(["gp"]);
    expect(ids([grandchild, child, gp(false)])).toEqual(["gp", "child", "grandchild"]);
  });

  it("parents outside the candidate set come from externalParents; unknown ones stay locked", () => {
    const fu = card("fu", 1, { parentId: "elsewhere" });
    expect(ids([fu])).toEqual([]);
    expect(ids([fu], { externalParents: new Map([["elsewhere", { passed: true, failing: false }]]) })).toEqual(["fu"]);
    expect(ids([fu], { externalParents: new Map([["elsewhere", { passed: true, failing: true }]]) })).toEqual([]);
  });

  it("locked follow-ups don't use up the new limit", () => {
    const cards = [card("topic", 1), card("fu1", 2, { parentId: "topic" }), card("n2", 3), card("n3", 4), card("n4", 5)];
    expect(ids(cards)).toEqual(["topic", "n2", "n3"]);
  });

  it("a parent cycle in bad data neither loops nor shows the cards", () => {
    expect(ids([card("a", 1, { parentId: "b", ...passed }), card("b", 2, { parentId: "a", ...passed })])).toEqual([]);
  });
});

describe("exclusions", () => {
  it("suspended and archived cards never appear, in any state", () => {
    const cards = [
      card("ok", 1),
      card("susp-new", 2, { suspended: true }),
      card("arch-new", 3, { archived: true }),
      card("susp-rev", 4, { suspended: true, state: st(State.Review, "2026-11-20T00:00:00Z") }),
      card("arch-learn", 5, { archived: true, state: st(State.Learning, "2026-11-24T00:00:00Z") }),
      card("arch-wait", 6, { archived: true, state: st(State.Learning, "2026-11-24T07:00:00Z") }),
    ];
    const queue = q(cards);
    expect(queue.items.map((i) => i.cardId)).toEqual(["ok"]);
    expect(queue.waiting).toEqual([]);
    expect(remainingCounts(queue)).toEqual({ learning: 0, review: 0, new: 1 });
  });
});

describe("estimateMinutes", () => {
  it("sums seconds per kind and rounds up", () => {
    expect(estimateMinutes({ learning: 0, review: 0, new: 0 })).toBe(0);
    expect(estimateMinutes({ learning: 2, review: 10, new: 3 })).toBe(Math.ceil((2 * 45 + 10 * 60 + 3 * 120) / 60));
    expect(estimateMinutes({ learning: 1, review: 0, new: 0 })).toBe(1);
    expect(estimateMinutes({ learning: 1, review: 1, new: 1 }, { learning: 10, review: 20, new: 30 })).toBe(1);
  });
});

describe("range and parents outside the candidates", () => {
  const topic = card("topic", 1, { ...passed, state: st(State.Review, "2026-11-20T01:00:00Z") });
  const fu = (extra: Partial<QueueCard> = {}) => card("fu", 2, { parentId: "topic", ...passed, state: st(State.Relearning, "2026-11-24T04:59:00Z"), ...extra });

  it("serves reviews due before a later bound when studying ahead", () => {
    const inThreeDays = card("rev-ahead", 1, { ...passed, state: st(State.Review, "2026-11-27T05:00:00Z") });
    expect(ids([inThreeDays])).toEqual([]);
    expect(ids([inThreeDays], { dueBefore: d("2026-12-01T19:00:00Z") })).toEqual(["rev-ahead"]);
  });

  it("keeps a follow-up behind a parent that is due but was not read, as it waits behind it in the full queue", () => {
    expect(ids([topic, fu()])).toEqual(["topic", "fu"]); // the parent read: the follow-up comes right after it
    const status = { passed: true, failing: false };
    expect(ids([fu()], { externalParents: new Map([["topic", { ...status, due: true }]]) })).toEqual([]);
    expect(ids([fu()], { externalParents: new Map([["topic", { ...status, due: false }]]) })).toEqual(["fu"]);
  });

  it("hides the follow-ups of a parent that is itself held back", () => {
    const child = fu({ state: st(State.Review, "2026-11-23T01:00:00Z") });
    expect(ids([child], { externalParents: new Map([["topic", { passed: true, failing: true }]]) })).toEqual([]);
  });
});
