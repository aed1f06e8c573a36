import { expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

it("hashes with argon2id and a per-hash salt, verifies, rejects wrong or malformed", async () => {
  const [a, b] = [await hashPassword("비밀번호 correct 1"), await hashPassword("비밀번호 correct 1")];
  expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(a).not.toBe(b);
  expect(await verifyPassword({ hash: a, password: "비밀번호 correct 1" })).toBe(true);
  expect(await verifyPassword({ hash: a, password: "비밀번호 correct 2" })).toBe(false);
  expect(await verifyPassword({ hash: "not-a-hash", password: "x" })).toBe(false);
});
