import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/helpers/test-db";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { markClientIpStamped } from "@/lib/http/stamp-client-ip";
import { consumeRateLimit, getClientIp, readAuthRateLimits } from "./rate-limit";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.cleanup());

it("allows N hits per window, refuses the (N+1)th, and starts over after the window", async () => {
  const now = 1_000_000;
  const hit = (t: number) => consumeRateLimit("k", 3, { db: db.prisma, now: t, windowMs: 60_000 });
  for (let i = 0; i < 3; i++) expect((await hit(now + i)).allowed).toBe(true);
  const refused = await hit(now + 10_000);
  expect(refused).toEqual({ allowed: false, retryAfterSeconds: 50 });
  expect((await hit(now + 60_000)).allowed).toBe(true);
  expect((await consumeRateLimit("other", 3, { db: db.prisma, now })).allowed).toBe(true);
});

it("counts concurrent hits exactly (atomic upsert)", async () => {
  const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit("burst", 5, { db: db.prisma, now: 5 })));
  expect(results.filter((r) => r.allowed)).toHaveLength(5);
});

it("reads limits from the environment with safe defaults", () => {
  expect(readAuthRateLimits({})).toEqual({ perIp: 10, perEmail: 5 });
  expect(readAuthRateLimits({ AUTH_RATE_LIMIT_PER_IP: "50", AUTH_RATE_LIMIT_PER_EMAIL: "zero" })).toEqual({ perIp: 50, perEmail: 5 });
});

it("reads only the address the server stamped, never X-Forwarded-For", () => {
  expect(getClientIp(new Headers({ "x-forwarded-for": "203.0.113.1", [CLIENT_IP_HEADER]: "198.51.100.2" }))).toBe("unknown");
  markClientIpStamped();
  expect(getClientIp(new Headers({ "x-forwarded-for": "203.0.113.1", [CLIENT_IP_HEADER]: "198.51.100.2" }))).toBe("198.51.100.2");
  expect(getClientIp(new Headers({ "x-forwarded-for": "203.0.113.1" }))).toBe("unknown");
});
