import "server-only";
import { prisma } from "@/lib/db/prisma";
import { buildFsrsItems, type FsrsItems } from "@/lib/optimizer/fsrs-items";

/** The optimiser's items from one user's review log (grades that were undone are left out). */
export async function loadFsrsItems(userId: string): Promise<FsrsItems & { reviews: number }> {
  const logs = await prisma.reviewLog.findMany({
    where: { userId, undoneAt: null },
    select: { cardId: true, studyDay: true, reviewedAt: true, rating: true },
  });
  return { ...buildFsrsItems(logs), reviews: logs.length };
}

/**
 * How many optimiser items the user's log holds, without loading it: per
 * card, every study day after its first one starts with exactly one item
 * (see buildFsrsItems), so items = distinct (card, day) pairs − distinct cards.
 */
export async function countFsrsItems(userId: string): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ pairs: bigint | number; cards: bigint | number }>>`
    SELECT COUNT(DISTINCT "cardId" || '|' || "studyDay") AS pairs, COUNT(DISTINCT "cardId") AS cards
    FROM "review_log" WHERE "userId" = ${userId} AND "undoneAt" IS NULL`;
  const row = rows[0];
  return row ? Number(row.pairs) - Number(row.cards) : 0;
}
