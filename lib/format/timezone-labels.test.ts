import { describe, expect, it } from "vitest";
import { orderTimezones, timezoneLabel } from "./timezone-labels";

const ALL = ["America/New_York", "Asia/Seoul", "Europe/Berlin", "Europe/Lisbon", "Asia/Tokyo"];

describe("timezone picker order and search", () => {
  it("puts the browser's zone first, then the saved one", () => {
    const z = orderTimezones(ALL, { browser: "Europe/Lisbon", current: "Asia/Tokyo", query: "" });
    expect(z.slice(0, 3)).toEqual(["Europe/Lisbon", "Asia/Tokyo", "Asia/Seoul"]);
    expect(new Set(z).size).toBe(z.length);
  });

  it("finds zones by Korean name or IANA name; keeps the saved one visible", () => {
    expect(orderTimezones(ALL, { browser: "UTC", current: "Asia/Seoul", query: "뉴욕" })).toEqual(["Asia/Seoul", "America/New_York"]);
    expect(orderTimezones(ALL, { browser: "UTC", current: "UTC", query: "lisbon" })).toEqual(["UTC", "Europe/Lisbon"]);
    expect(timezoneLabel("Asia/Seoul")).toBe("서울 (한국) · Asia/Seoul");
    expect(timezoneLabel("Europe/Lisbon")).toBe("Europe/Lisbon");
  });
});
