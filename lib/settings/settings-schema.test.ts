import { describe, expect, it } from "vitest";
import { settingsFieldErrors, settingsPatchSchema } from "./settings-schema";

describe("settingsPatchSchema", () => {
  it("accepts a partial update and applies no defaults", () => {
    expect(settingsPatchSchema.parse({ newPerDay: 20 })).toEqual({ newPerDay: 20 });
  });

  it.each([
    ["desiredRetention", 0.6],
    ["desiredRetention", 0.98],
    ["newPerDay", -1],
    ["dayStartHour", 24],
    ["timezone", "Mars/Olympus"],
    ["learningSteps", ["soon"]],
    ["ttsRate", 3],
    ["targetAnswerSeconds", 1.5],
  ])("rejects %s = %j and names the field in Korean", (field, value) => {
    const res = settingsPatchSchema.safeParse({ [field]: value });
    expect(res.success).toBe(false);
    if (!res.success) {
      const fields = settingsFieldErrors(res.error);
      expect(Object.keys(fields)).toEqual([field]);
      expect(fields[field]).toMatch(/[가-힣]/);
    }
  });

  it("rejects unknown fields", () => {
    const res = settingsPatchSchema.safeParse({ colour: "blue" });
    expect(res.success).toBe(false);
    if (!res.success) expect(settingsFieldErrors(res.error)).toEqual({ colour: "알 수 없는 설정 항목입니다." });
  });
});
