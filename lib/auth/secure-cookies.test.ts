import { expect, it } from "vitest";
import { useSecureCookies } from "./secure-cookies";

it("marks session cookies Secure in production unless explicitly opted out", () => {
  expect(useSecureCookies({ NODE_ENV: "production" })).toBe(true);
  expect(useSecureCookies({ NODE_ENV: "production", AUTH_INSECURE_COOKIES: "1" })).toBe(false);
  expect(useSecureCookies({ NODE_ENV: "development" })).toBe(false);
  expect(useSecureCookies({ NODE_ENV: "test" })).toBe(false);
});
