import "server-only";
import { prisma } from "@/lib/db/prisma";
import { DEFAULT_SECONDS_PER_CARD } from "@/lib/scheduler/queue";
import { daysBetween, studyDayOf } from "@/lib/scheduler/study-day";
import type { SimCard } from "@/lib/simulator/simulate-workload";
import { getSchedulerSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

/** Below this many timed grades the simulator assumes default durations instead of the user's. */
const MIN_TIMED = 20;

export interface WorkloadSource {
  cards: SimCard[];
  newCards: number;
  newPerDay: number;
  desiredRetention: number;
  maximumInterval: number;
  w: number[] | null;
  secondsPerReview: number;
  secondsPerNew: number;
  /** The durations are the user's own averages. */
  ownDurations: boolean;
}

async function averageSeconds(user: SessionUser, states: number[], fallback: number): Promise<{ seconds: number; own: boolean }> {
  const rows = await prisma.reviewLog.findMany({
    where: { userId: user.id, undoneAt: null, state: { in: states }, durationMs: { gt: 0 } },
    orderBy: { reviewedAt: "desc" },
    take: 1000,
    select: { durationMs: true },
  });
  if (rows.length < MIN_TIMED) return { seconds: fallback, own: false };
  // Median, not mean: a grade left open during a break would drag a mean up.
  const sorted = rows.map((r) => r.durationMs).sort((a, b) => a - b);
  return { seconds: Math.max(1, Math.round(sorted[sorted.length >> 1]! / 1000)), own: true };
}

/** What the workload simulator starts from: the user's studied cards, new cards left, settings and answer durations. */
export async function getWorkloadSource(user: SessionUser, now: Date): Promise<WorkloadSource> {
  const settings = await getSchedulerSettings(user);
  const today = studyDayOf(now, settings.timezone, settings.dayStartHour);
  const [states, newCards, review, fresh] = await Promise.all([
    prisma.cardState.findMany({
      where: { userId: user.id, suspended: false, state: { gt: 0 }, card: { archivedAt: null } },
      select: { stability: true, difficulty: true, due: true, lastReview: true },
    }),
    prisma.card.count({ where: { archivedAt: null, deck: visibleDecks(user), states: { none: { userId: user.id } } } }),
    averageSeconds(user, [1, 2, 3], DEFAULT_SECONDS_PER_CARD.review),
    averageSeconds(user, [0], DEFAULT_SECONDS_PER_CARD.new),
  ]);
  const cards = states.map((s) => ({
    stability: s.stability,
    difficulty: s.difficulty,
    dueIn: daysBetween(today, studyDayOf(s.due, settings.timezone, settings.dayStartHour)),
    elapsed: s.lastReview ? Math.max(0, daysBetween(studyDayOf(s.lastReview, settings.timezone, settings.dayStartHour), today)) : 0,
  }));
  return {
    cards,
    newCards,
    newPerDay: settings.newPerDay,
    desiredRetention: settings.desiredRetention,
    maximumInterval: settings.maximumInterval,
    w: settings.w ? [...settings.w] : null,
    secondsPerReview: review.seconds,
    secondsPerNew: fresh.seconds,
    ownDurations: review.own,
  };
}
