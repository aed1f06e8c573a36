import { expect, it } from "vitest";
import { getHashingLoad, hashPassword, verifyPassword } from "./password";

it("hashes with argon2id and a per-hash salt, verifies, rejects wrong or malformed", async () => {
  const [a, b] = [await hashPassword("비밀번호 correct 1"), await hashPassword("비밀번호 correct 1")];
  expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(a).not.toBe(b);
  expect(await verifyPassword({ hash: a, password: "비밀번호 correct 1" })).toBe(true);
  expect(await verifyPassword({ hash: a, password: "비밀번호 correct 2" })).toBe(false);
  expect(await verifyPassword({ hash: "not-a-hash", password: "x" })).toBe(false);
});

it("runs at most two hashes at once, however many are asked for", async () => {
  let peak = 0;
  const watch = setInterval(() => (peak = Math.max(peak, getHashingLoad().running)), 1);
  const hashes = await Promise.all(Array.from({ length: 6 }, (_, i) => hashPassword(`password ${i}`)));
  clearInterval(watch);
  expect(hashes).toHaveLength(6);
  expect(peak).toBe(2);
  expect(getHashingLoad()).toEqual({ running: 0, queued: 0 });
});
