import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import type { CardKind } from "@/lib/parser/types";
import { searchCandidateIds } from "./library-search";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

export const CARD_FILTER_STATES = ["new", "learning", "review", "suspended", "archived"] as const;
export type CardFilterState = (typeof CARD_FILTER_STATES)[number];

export interface CardQuery {
  q?: string;
  deckId?: string;
  kind?: CardKind;
  state?: CardFilterState;
  /** Cards due before this instant (graded, not suspended). */
  dueBefore?: Date;
  page?: number;
}

export interface CardRow {
  id: string;
  deckId: string;
  deckTitle: string;
  kind: CardKind;
  prompt: string;
  archived: boolean;
  state: CardFilterState;
  due: string | null;
  reps: number;
}

export const CARD_PAGE_SIZE = 50;

/** Which bucket a card is in for this user. */
export function bucketOf(archivedAt: Date | null, s: { state: number; suspended: boolean } | undefined): CardFilterState {
  if (archivedAt) return "archived";
  if (s?.suspended) return "suspended";
  if (!s || s.state === 0) return "new";
  return s.state === 2 ? "review" : "learning";
}

function stateWhere(userId: string, state: CardFilterState | undefined): Prisma.CardWhereInput {
  const mine = { userId };
  switch (state) {
    case "archived":
      return { archivedAt: { not: null } };
    case "suspended":
      return { archivedAt: null, states: { some: { ...mine, suspended: true } } };
    case "new":
      return { archivedAt: null, states: { none: { ...mine, OR: [{ suspended: true }, { state: { gt: 0 } }] } } };
    case "learning":
      return { archivedAt: null, states: { some: { ...mine, suspended: false, state: { in: [1, 3] } } } };
    case "review":
      return { archivedAt: null, states: { some: { ...mine, suspended: false, state: 2 } } };
    default:
      return { archivedAt: null };
  }
}

/**
 * The card browser: cards of visible decks matching a full-text filter over
 * prompt, answer and what a quiz shows (substring, so Korean works), deck, kind, state bucket
 * and due date, in deck order, one page at a time.
 */
export async function searchCards(user: SessionUser, query: CardQuery): Promise<{ cards: CardRow[]; total: number; page: number }> {
  const q = query.q?.trim();
  // On SQLite the trigram index narrows the text filter to a few ids first; `contains` still decides.
  const candidates = q ? await searchCandidateIds(user, q) : null;
  const where: Prisma.CardWhereInput = {
    AND: [
      candidates ? { deckId: { in: candidates.deckIds } } : { deck: visibleDecks(user) },
      stateWhere(user.id, query.state),
      query.deckId ? { deckId: query.deckId } : {},
      query.kind ? { kind: query.kind } : {},
      candidates ? { id: { in: candidates.ids } } : {},
      q ? { OR: [{ prompt: { contains: q } }, { answer: { contains: q } }, { given: { contains: q } }] } : {},
      query.dueBefore ? { states: { some: { userId: user.id, suspended: false, state: { gt: 0 }, due: { lte: query.dueBefore } } } } : {},
    ],
  };
  const page = Math.max(1, query.page ?? 1);
  const [total, rows] = await Promise.all([
    prisma.card.count({ where }),
    prisma.card.findMany({
      where,
      orderBy: [{ deck: { title: "asc" } }, { deckId: "asc" }, { position: "asc" }],
      skip: (page - 1) * CARD_PAGE_SIZE,
      take: CARD_PAGE_SIZE,
      select: {
        id: true, deckId: true, kind: true, prompt: true, archivedAt: true,
        deck: { select: { title: true } },
        states: { where: { userId: user.id }, select: { state: true, suspended: true, due: true, reps: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    cards: rows.map((r) => {
      const s = r.states[0];
      return {
        id: r.id, deckId: r.deckId, deckTitle: r.deck.title, kind: r.kind as CardKind, prompt: r.prompt,
        archived: r.archivedAt !== null, state: bucketOf(r.archivedAt, s),
        due: s && s.state > 0 ? s.due.toISOString() : null, reps: s?.reps ?? 0,
      };
    }),
  };
}
