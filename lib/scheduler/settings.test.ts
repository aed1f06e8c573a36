import { describe, expect, it } from "vitest";
import {
  DEFAULT_SCHEDULER_SETTINGS,
  isValidTimeZone,
  parseSchedulerSettings,
  schedulerSettingsSchema,
  settingsFromRow,
  settingsToRow,
} from "./settings";

describe("schedulerSettingsSchema", () => {
  it("fills every default", () => {
    expect(parseSchedulerSettings({})).toEqual({
      desiredRetention: 0.9,
      maximumInterval: 36500,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      timezone: "UTC",
      dayStartHour: 4,
      newPerDay: 10,
    });
    expect(DEFAULT_SCHEDULER_SETTINGS.dayStartHour).toBe(4);
  });

  it("accepts valid values", () => {
    const s = parseSchedulerSettings({
      desiredRetention: 0.97,
      learningSteps: ["30m", "1h", "1d", "1.5h"],
      relearningSteps: [],
      timezone: "Asia/Seoul",
      dayStartHour: 0,
      newPerDay: 0,
    });
    expect(s.learningSteps).toEqual(["30m", "1h", "1d", "1.5h"]);
    expect(s.timezone).toBe("Asia/Seoul");
  });

  it.each([
    ["desiredRetention", 0.69],
    ["desiredRetention", 0.98],
    ["desiredRetention", "0.9"],
    ["maximumInterval", 0],
    ["maximumInterval", 36501],
    ["maximumInterval", 10.5],
    ["dayStartHour", -1],
    ["dayStartHour", 24],
    ["dayStartHour", 4.5],
    ["newPerDay", -1],
    ["timezone", "Mars/Olympus_Mons"],
    ["timezone", ""],
    ["learningSteps", ["10x"]],
    ["learningSteps", ["0m"]],
    ["learningSteps", ["m"]],
    ["relearningSteps", [10]],
  ])("rejects %s = %j and names the field", (field, value) => {
    const result = schedulerSettingsSchema.safeParse({ [field]: value });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path[0]).toBe(field);
    expect(issue.message).toContain(field);
  });
});

it("isValidTimeZone", () => {
  expect(isValidTimeZone("America/New_York")).toBe(true);
  expect(isValidTimeZone("Europe/Berlin")).toBe(true);
  expect(isValidTimeZone("Not/AZone")).toBe(false);
});

describe("settings rows", () => {
  it("null row → defaults", () => {
    expect(settingsFromRow(null)).toEqual(DEFAULT_SCHEDULER_SETTINGS);
  });

  it("round-trips through the Settings row shape", () => {
    const s = parseSchedulerSettings({ timezone: "Asia/Seoul", learningSteps: ["5m"], desiredRetention: 0.85 });
    const row = settingsToRow(s);
    expect(row.learningSteps).toBe('["5m"]');
    expect(settingsFromRow(row)).toEqual(s);
  });

  it("rejects a corrupt steps column, naming it", () => {
    const row = { ...settingsToRow(DEFAULT_SCHEDULER_SETTINGS), relearningSteps: "not json" };
    expect(() => settingsFromRow(row)).toThrow(/relearningSteps/);
  });
});
