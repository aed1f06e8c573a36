import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { OptimizeResult } from "@/lib/optimizer/optimize-result";
import type { SessionUser } from "./session-user";

/** Anki's leech threshold: a card forgotten this many times needs rewriting, not more reviews. */
export const LEECH_LAPSES = 8;

export interface SchedulerHealth {
  /** Held-out RMSE(bins) of the latest optimisation's weights; null before the first. */
  rmseBins: number | null;
  /** Predictable when the latest weights' RMSE(bins) on unseen reviews is at most 5 %p. */
  predictable: boolean | null;
  leeches: Array<{ cardId: string; prompt: string; lapses: number }>;
}

/** The health line: how predictable the user's memory is, and their leeches. */
export async function getSchedulerHealth(user: SessionUser): Promise<SchedulerHealth> {
  const [latest, leeches] = await Promise.all([
    prisma.parameterSet.findFirst({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: { metrics: true } }),
    prisma.cardState.findMany({
      where: { userId: user.id, lapses: { gte: LEECH_LAPSES } },
      orderBy: { lapses: "desc" },
      take: 50,
      select: { cardId: true, lapses: true, card: { select: { prompt: true } } },
    }),
  ]);
  const metrics = latest ? (JSON.parse(latest.metrics) as OptimizeResult) : null;
  const rmse = metrics ? metrics.after.rmseBins : null;
  return {
    rmseBins: rmse,
    predictable: rmse === null ? null : rmse <= 0.05,
    leeches: leeches.map((l) => ({ cardId: l.cardId, prompt: l.card.prompt, lapses: l.lapses })),
  };
}
