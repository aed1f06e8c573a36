import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { evaluateWeights, predictItems } from "./evaluate-weights.mjs";
import { buildFsrsItems, reviewsMissing, splitByTime } from "./fsrs-items";
import { describeImprovement, isBetter } from "./optimize-result";

const at = (iso: string) => new Date(iso);

describe("buildFsrsItems", () => {
  const logs = [
    { cardId: "a", studyDay: "2026-11-01", reviewedAt: at("2026-11-01T01:00:00Z"), rating: 3 },
    { cardId: "a", studyDay: "2026-11-01", reviewedAt: at("2026-11-01T01:10:00Z"), rating: 3 }, // same-day step
    { cardId: "a", studyDay: "2026-11-04", reviewedAt: at("2026-11-04T01:00:00Z"), rating: 1 },
    { cardId: "b", studyDay: "2026-11-02", reviewedAt: at("2026-11-02T01:00:00Z"), rating: 4 },
    { cardId: "b", studyDay: "2026-11-03", reviewedAt: at("2026-11-03T01:00:00Z"), rating: 3 },
    { cardId: "a", studyDay: "2026-11-10", reviewedAt: at("2026-11-10T01:00:00Z"), rating: 3 },
  ];

  it("one item per grade a day or more after the previous, with the history before it, in time order", () => {
    const { items, times } = buildFsrsItems([...logs].reverse());
    expect(items).toEqual([
      [[4, 0], [3, 1]],
      [[3, 0], [3, 0], [1, 3]],
      [[3, 0], [3, 0], [1, 3], [3, 6]],
    ]);
    expect(times).toEqual([at("2026-11-03T01:00:00Z"), at("2026-11-04T01:00:00Z"), at("2026-11-10T01:00:00Z")].map((d) => d.getTime()));
  });

  it("splits by time and counts what is missing", () => {
    const items = buildFsrsItems(logs);
    expect(splitByTime(items, 2 / 3)).toEqual({ train: items.items.slice(0, 2), test: items.items.slice(2) });
    expect(reviewsMissing(items)).toBe(397);
    expect(reviewsMissing(items, 3)).toBe(0);
  });
});

describe("evaluateWeights", () => {
  it("log loss is the mean of -ln p for passes and -ln(1 - p) for fails", () => {
    const items: Array<Array<[number, number]>> = [[[3, 0], [3, 5]], [[3, 0], [1, 5]]];
    const [p] = predictItems(default_w, [items[0]!]);
    expect(p!.y).toBe(1);
    const { logLoss } = evaluateWeights(default_w, items);
    expect(logLoss).toBeCloseTo((-Math.log(p!.p) - Math.log(1 - p!.p)) / 2, 10);
  });

  it("the weights that generated the outcomes fit them better than other weights", () => {
    // Deterministic outcomes at each interval's true recall rate (rounded counts).
    const items: Array<Array<[number, number]>> = [];
    for (const delta of [1, 3, 7, 15, 30]) {
      const [pred] = predictItems(default_w, [[[3, 0], [3, delta]]]);
      const passes = Math.round(pred!.p * 100);
      for (let i = 0; i < 100; i++) items.push([[3, 0], [i < passes ? 3 : 1, delta]]);
    }
    const w = [...default_w];
    w[2] = default_w[2]! * 4;
    expect(evaluateWeights(default_w, items).logLoss).toBeLessThan(evaluateWeights(w, items).logLoss);
    expect(evaluateWeights(default_w, items).rmseBins).toBeLessThan(0.01);
  });
});

describe("describeImprovement", () => {
  it("says how much better, or that the defaults stay", () => {
    const before = { logLoss: 0.4, rmseBins: 0.08 };
    expect(isBetter(before, { logLoss: 0.3, rmseBins: 0.05 })).toBe(true);
    expect(describeImprovement(before, { logLoss: 0.3, rmseBins: 0.05 })).toBe(
      "새 값은 처음 보는 최근 복습에서 기억할지 말지를 기본값보다 25% 더 정확히 예측했습니다(오차 8%p → 5%p). 적용하면 복습 간격이 내 기억에 더 잘 맞춰집니다.",
    );
    expect(isBetter(before, { logLoss: 0.4, rmseBins: 0.01 })).toBe(false);
    expect(describeImprovement(before, { logLoss: 0.41, rmseBins: 0.05 })).toContain("기본값을 그대로 쓰는 편이 낫습니다");
  });
});
