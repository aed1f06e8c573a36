import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestUser, type TestDb, useAppTestDb } from "@/test/helpers/test-db";

let db: TestDb;
let dal: typeof import("./users");
beforeAll(async () => {
  db = await useAppTestDb();
  dal = await import("./users");
});
afterAll(() => db.cleanup());

it("createUserSettings creates the row once with the given zone and keeps an existing one", async () => {
  const user = await db.prisma.user.create({ data: { id: "u1", email: "u1@example.com" }, select: { id: true, email: true } });
  expect(await dal.createUserSettings(user, "Asia/Seoul")).toEqual({ timezone: "Asia/Seoul" });
  expect(await dal.createUserSettings(user, "Europe/Berlin")).toEqual({ timezone: "Asia/Seoul" });
});

it("getUserProfile returns only id and e-mail", async () => {
  const user = await createTestUser(db.prisma, "Profile@Example.com");
  expect(await dal.getUserProfile(user)).toEqual({ id: user.id, email: "profile@example.com" });
  expect(await dal.getUserProfile({ id: "gone", email: "x@y.z" })).toBeNull();
});

it("revokeUserSession only touches the user's own sessions", async () => {
  const [a, b] = [await createTestUser(db.prisma), await createTestUser(db.prisma)];
  const expiresAt = new Date(Date.now() + 60_000);
  await db.prisma.session.create({ data: { id: "sa", token: "ta", userId: a.id, expiresAt } });
  await dal.revokeUserSession(b, "sa");
  expect(await db.prisma.session.count({ where: { id: "sa" } })).toBe(1);
  await dal.revokeUserSession(a, "sa");
  expect(await db.prisma.session.count({ where: { id: "sa" } })).toBe(0);
});
