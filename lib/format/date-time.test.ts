import { describe, expect, it } from "vitest";
import { formatKoreanDate, formatKoreanDateTime, formatKoreanTime } from "./date-time";

describe("Korean dates in the user's timezone", () => {
  const instant = new Date("2026-11-24T01:05:00Z");

  it("uses the given zone, never a fixed one", () => {
    expect(formatKoreanDateTime(instant, "Asia/Seoul")).toBe("2026. 11. 24. 오전 10:05");
    expect(formatKoreanDateTime(instant, "America/New_York")).toBe("2026. 11. 23. 오후 8:05");
    expect(formatKoreanDateTime(instant, "UTC")).toBe("2026. 11. 24. 오전 1:05");
    expect(formatKoreanDate("2026-11-24T20:00:00Z", "Asia/Seoul")).toBe("2026. 11. 25.");
  });

  it("says 오전/오후, never AM/PM, around midnight and noon", () => {
    expect(formatKoreanTime(new Date("2026-11-24T00:00:00Z"), "UTC")).toBe("오전 12:00");
    expect(formatKoreanTime(new Date("2026-11-24T11:59:00Z"), "UTC")).toBe("오전 11:59");
    expect(formatKoreanTime(new Date("2026-11-24T12:00:00Z"), "UTC")).toBe("오후 12:00");
    expect(formatKoreanTime(new Date("2026-11-24T23:30:00Z"), "UTC")).toBe("오후 11:30");
    expect(formatKoreanDateTime(instant, "Asia/Seoul")).not.toMatch(/AM|PM/);
  });
});
