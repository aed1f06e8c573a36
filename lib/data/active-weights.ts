import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import type { SessionUser } from "./session-user";

type Db = typeof prisma | Prisma.TransactionClient;

/** The user's applied FSRS weights, or undefined for the ts-fsrs defaults. */
export async function getActiveWeights(user: SessionUser, db: Db = prisma): Promise<number[] | undefined> {
  const row = await db.parameterSet.findFirst({ where: { userId: user.id, active: true }, select: { w: true } });
  if (!row) return undefined;
  const w = JSON.parse(row.w) as unknown;
  return Array.isArray(w) && w.every((x) => typeof x === "number" && Number.isFinite(x)) ? w : undefined;
}
