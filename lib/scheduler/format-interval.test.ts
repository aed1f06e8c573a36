import { describe, expect, it } from "vitest";
import { formatIntervalDays, formatIntervalMinutes } from "./format-interval";

describe("formatIntervalMinutes", () => {
  it.each([
    [0, "1분"],
    [1, "1분"],
    [6, "6분"],
    [10, "10분"],
    [59, "59분"],
    [60, "1시간"],
    [90, "1.5시간"],
    [1440, "1일"],
    [3 * 1440, "3일"],
    [14 * 1440, "2주"],
    [45 * 1440, "1.5개월"],
    [365 * 1440, "1년"],
  ])("%d min → %s", (minutes, label) => {
    expect(formatIntervalMinutes(minutes)).toBe(label);
  });
});

describe("formatIntervalDays", () => {
  it.each([
    [1, "1일"],
    [13, "13일"],
    [14, "2주"],
    [20, "2.9주"],
    [30, "1개월"],
    [45, "1.5개월"],
    [364, "12.1개월"],
    [365, "1년"],
    [548, "1.5년"],
    [36500, "100년"],
  ])("%d days → %s", (days, label) => {
    expect(formatIntervalDays(days)).toBe(label);
  });
});
