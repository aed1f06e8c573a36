/**
 * Throwaway databases for tests: SQLite files, or PostgreSQL databases on
 * the test cluster when REHEARSE_TEST_POSTGRES_URL is set (the PostgreSQL run
 * of `npm test`, see test/helpers/postgres-test-db.ts).
 *
 * Two ways to use them:
 *
 * 1. Code that takes a client (`createPrismaClient`-style, pure helpers):
 *      const db = await createTestDb();   // migrated, empty
 *      ... db.prisma ...
 *      await db.cleanup();
 *
 * 2. Code that imports the app singleton `prisma` from lib/db/prisma (the DAL,
 *    route handlers, server actions). The singleton reads DATABASE_URL when
 *    its module is first imported, so point it at the throwaway file FIRST
 *    and import the code under test dynamically AFTERWARDS:
 *
 *      let db: TestDb;
 *      let POST: typeof import("@/app/api/v1/auth/login/route").POST;
 *      beforeAll(async () => {
 *        db = await useAppTestDb();                       // sets env, resets modules
 *        ({ POST } = await import("@/app/api/v1/auth/login/route"));
 *      });
 *      afterAll(() => db.cleanup());
 *
 *    Vitest runs each test file in its own worker (pool: forks), so files
 *    never share a database.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";
import type { SessionUser } from "@/lib/data/session-user";
import { applyMigrations, migrateDatabase } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPostgresDatabase, dropPostgresDatabase, testPostgresAdminUrl } from "./postgres-test-db";

export interface TestDb {
  url: string;
  prisma: PrismaClient;
  cleanup: () => Promise<void>;
}

/** A migrated, empty database (a SQLite file in a fresh temp folder, or a PostgreSQL database), with its own Prisma client. */
export async function createTestDb(): Promise<TestDb> {
  if (testPostgresAdminUrl()) {
    const url = await createPostgresDatabase();
    await migrateDatabase(url);
    const prisma = createPrismaClient(url);
    return {
      url,
      prisma,
      cleanup: async () => {
        await prisma.$disconnect();
        await dropPostgresDatabase(url);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  applyMigrations(url);
  const prisma = createPrismaClient(url);
  return {
    url,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test-only signing key, so tests never create data/auth-secret. */
export const TEST_AUTH_SECRET = "rehearse-test-secret-0123456789-abcdefghijklmnop";

/**
 * createTestDb() + points the app singletons (lib/db/prisma, Better Auth) at
 * it: sets DATABASE_URL and BETTER_AUTH_SECRET, forgets any cached client and
 * resets the module registry. Import the code under test after this call.
 */
export async function useAppTestDb(): Promise<TestDb> {
  const db = await createTestDb();
  process.env.DATABASE_URL = db.url;
  process.env.BETTER_AUTH_SECRET = TEST_AUTH_SECRET;
  delete (globalThis as { rehearsePrisma?: unknown }).rehearsePrisma;
  vi.resetModules();
  return db;
}

/**
 * Inserts a user (and settings row) straight into the database. With
 * `password`, also a Better Auth credential account so the user can sign in.
 */
export async function createTestUser(
  prisma: PrismaClient,
  email = `user-${crypto.randomUUID().slice(0, 8)}@example.com`,
  { password, timezone = "UTC" }: { password?: string; timezone?: string } = {},
): Promise<SessionUser> {
  const id = crypto.randomUUID();
  const user = await prisma.user.create({ data: { id, email: email.toLowerCase() }, select: { id: true, email: true } });
  await prisma.settings.create({ data: { userId: id, timezone } });
  if (password) {
    const { hashPassword } = await import("@/lib/auth/password");
    await prisma.account.create({
      data: { id: crypto.randomUUID(), userId: id, accountId: id, providerId: "credential", password: await hashPassword(password) },
    });
  }
  return user;
}
