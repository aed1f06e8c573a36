import { describe, expect, it } from "vitest";
import { getAppOrigin, isSameOrigin } from "./origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("getAppOrigin", () => {
  it("derives http://<Host>, https behind a TLS proxy", () => {
    expect(getAppOrigin(h({ host: "127.0.0.1:3200" }), {})).toBe("http://127.0.0.1:3200");
    expect(getAppOrigin(h({ host: "rehearse.example", "x-forwarded-proto": "https" }), {})).toBe("https://rehearse.example");
    expect(getAppOrigin(h({}), {})).toBeNull();
  });

  it("prefers APP_ORIGIN", () => {
    expect(getAppOrigin(h({ host: "internal:3000" }), { APP_ORIGIN: "https://rehearse.example/" })).toBe("https://rehearse.example");
  });
});

describe("isSameOrigin", () => {
  const env = {};
  it.each([
    ["same origin", { host: "localhost:3000", origin: "http://localhost:3000" }, true],
    ["foreign origin", { host: "localhost:3000", origin: "http://evil.example" }, false],
    ["other port", { host: "localhost:3000", origin: "http://localhost:4000" }, false],
    ["https vs http", { host: "localhost:3000", origin: "https://localhost:3000" }, false],
    ["missing Origin", { host: "localhost:3000" }, false],
    ["opaque Origin", { host: "localhost:3000", origin: "null" }, false],
    ["garbage Origin", { host: "localhost:3000", origin: "not a url" }, false],
    ["no Host", { origin: "http://localhost:3000" }, false],
  ])("%s", (_name, headers, expected) => {
    expect(isSameOrigin(h(headers), env)).toBe(expected);
  });
});

describe("production without APP_ORIGIN (DNS rebinding)", () => {
  const prod = { NODE_ENV: "production", PORT: "3113" };
  it("accepts only localhost / 127.0.0.1 / [::1] of PORT, whatever Host says", () => {
    expect(isSameOrigin(h({ host: "evil.example", origin: "http://evil.example" }), prod)).toBe(false);
    expect(isSameOrigin(h({ host: "evil.example:3113", origin: "http://evil.example:3113" }), prod)).toBe(false);
    expect(isSameOrigin(h({ host: "127.0.0.1:3113", origin: "http://127.0.0.1:3113" }), prod)).toBe(true);
    expect(isSameOrigin(h({ host: "localhost:3113", origin: "http://localhost:3113" }), prod)).toBe(true);
    expect(isSameOrigin(h({ host: "localhost:3113", origin: "http://localhost:3000" }), prod)).toBe(false);
  });
  it("APP_ORIGIN replaces the default and may list several origins", () => {
    const env = { ...prod, APP_ORIGIN: "https://rehearse.example, http://10.0.0.5:3113" };
    expect(isSameOrigin(h({ host: "x", origin: "https://rehearse.example" }), env)).toBe(true);
    expect(isSameOrigin(h({ host: "x", origin: "http://10.0.0.5:3113" }), env)).toBe(true);
    expect(isSameOrigin(h({ host: "127.0.0.1:3113", origin: "http://127.0.0.1:3113" }), env)).toBe(false);
  });
});
