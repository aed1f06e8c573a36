import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { ParentStatus, QueueCard } from "@/lib/scheduler/queue";
import type { CardStateRow } from "@/lib/scheduler/fsrs-mapping";
import { FSRS_SELECT } from "./card-state-json";
import type { SessionUser } from "./session-user";
import { studyDeckFilter } from "./study-load";

// Bounded reads: a session needs the head of each list, not all 100,000 cards.
const MAX_DUE = 500;
const MAX_FOLLOWUPS = 50;

const STATE_SELECT = {
  ...FSRS_SELECT,
  suspended: true,
  lastRating: true,
  passedAt: true,
  card: { select: { id: true, position: true, parentId: true } },
} as const;

type StateWithCard = {
  suspended: boolean;
  lastRating: number;
  passedAt: Date | null;
  card: { id: string; position: number; parentId: string | null };
} & CardStateRow;

function fromState(s: StateWithCard): QueueCard {
  const { card, suspended, lastRating, passedAt, ...fsrs } = s;
  return { cardId: card.id, position: card.position, parentId: card.parentId, archived: false, suspended, state: fsrs, lastRating, passedAt };
}

function asNew(c: { id: string; position: number; parentId: string | null }): QueueCard {
  return { cardId: c.id, position: c.position, parentId: c.parentId, archived: false, suspended: false, state: null, lastRating: 0, passedAt: null };
}

export interface CandidateQuery {
  deckId?: string;
  tag?: string;
  dueBefore: Date;
  newLimit: number;
  /** Unlocked follow-ups still allowed today (their own limit). */
  followupLimit: number;
}

/**
 * The cards a study queue is built from: due states, the first new topic
 * cards, and new follow-ups whose topic has been passed.
 */
export async function loadStudyCandidates(user: SessionUser, q: CandidateQuery) {
  const deck = studyDeckFilter(user, q);
  const cardWhere = { archivedAt: null, deck };
  const [due, fresh, followups] = await Promise.all([
    prisma.cardState.findMany({
      where: { userId: user.id, suspended: false, due: { lt: q.dueBefore }, card: cardWhere },
      orderBy: { due: "asc" },
      take: MAX_DUE,
      select: STATE_SELECT,
    }),
    q.newLimit > 0
      ? prisma.card.findMany({
          where: { ...cardWhere, parentId: null, states: { none: { userId: user.id } } },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          take: q.newLimit,
          select: { id: true, position: true, parentId: true },
        })
      : [],
    q.followupLimit > 0 ? loadUnlockedFollowups(user, deck, q.followupLimit) : [],
  ]);
  const cards = [...due.map(fromState), ...fresh.map(asNew), ...followups.map(asNew)];
  return { cards, externalParents: await loadParentStatuses(user, cards) };
}

/** New follow-ups whose topic card was passed and is not failing now. */
async function loadUnlockedFollowups(user: SessionUser, deck: ReturnType<typeof studyDeckFilter>, limit: number) {
  return prisma.card.findMany({
    where: {
      archivedAt: null,
      deck,
      parentId: { not: null },
      states: { none: { userId: user.id } },
      parent: { states: { some: { userId: user.id, passedAt: { not: null }, state: { not: 3 }, lastRating: { not: 1 } } } },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: Math.max(limit, MAX_FOLLOWUPS),
    select: { id: true, position: true, parentId: true },
  });
}

/** Passed/failing status of parents that are not themselves in the candidate list. */
async function loadParentStatuses(user: SessionUser, cards: QueueCard[]): Promise<Map<string, ParentStatus>> {
  const inList = new Set(cards.map((c) => c.cardId));
  const ids = [...new Set(cards.map((c) => c.parentId).filter((id): id is string => !!id && !inList.has(id)))];
  if (ids.length === 0) return new Map();
  const rows = await prisma.cardState.findMany({
    where: { userId: user.id, cardId: { in: ids } },
    select: { cardId: true, passedAt: true, state: true, lastRating: true },
  });
  return new Map(rows.map((r) => [r.cardId, { passed: r.passedAt !== null, failing: r.state === 3 || r.lastRating === 1 }]));
}
