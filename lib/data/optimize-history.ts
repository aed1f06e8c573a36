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
