import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";
import { createPrismaClient } from "./prisma";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-prisma-"));
const url = `file:${path.join(tmp, "app.db")}`;
applyMigrations(url);
const prisma = createPrismaClient(url);
afterAll(async () => {
  await prisma.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function pragma(name: string): Promise<unknown> {
  const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  const value = Object.values(rows[0] ?? {})[0];
  return typeof value === "bigint" ? Number(value) : value;
}

describe("the app's Prisma connection", () => {
  it("runs in WAL mode with synchronous=FULL, a busy timeout and foreign keys", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("synchronous")).toBe(2); // 2 = FULL (better-sqlite3 would default to 1 = NORMAL under WAL)
    expect(await pragma("busy_timeout")).toBe(5000);
    expect(await pragma("foreign_keys")).toBe(1);
  });

  it("cascades deletes through foreign keys", async () => {
    await prisma.user.create({ data: { id: "u1", email: "a@example.com" } });
    await prisma.settings.create({ data: { userId: "u1" } });
    await prisma.user.delete({ where: { id: "u1" } });
    expect(await prisma.settings.count()).toBe(0);
  });
});

describe("a plain query while another request's transaction is open", () => {
  it("neither reads the transaction's uncommitted rows nor is rolled back with it", async () => {
    let midTransaction: Promise<{ seen: number; wrote: unknown }> | undefined;
    const failed = prisma.$transaction(async (tx) => {
      await tx.user.create({ data: { id: "tx-user", email: "tx@example.com" } });
      // Another request, arriving between two statements of this transaction.
      midTransaction = (async () => {
        const seen = await prisma.user.count({ where: { id: "tx-user" } });
        const wrote = await prisma.user.create({ data: { id: "other-user", email: "other@example.com" } });
        return { seen, wrote };
      })();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("grade failed");
    });
    await expect(failed).rejects.toThrow("grade failed");
    const other = await midTransaction!;
    expect(other.seen).toBe(0);
    expect(await prisma.user.findMany({ where: { id: { in: ["tx-user", "other-user"] } }, select: { id: true } })).toEqual([
      { id: "other-user" },
    ]);
  });
});
