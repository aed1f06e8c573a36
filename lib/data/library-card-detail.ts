import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { CardKind } from "@/lib/parser/types";
import { notFound } from "./errors";
import { parseStringList } from "./json-fields";
import { bucketOf, type CardFilterState } from "./library-cards";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

export interface CardHistoryEntry {
  id: string;
  reviewedAt: string;
  rating: number;
  /** FSRS state before the grade. */
  state: number;
  /** When the grade scheduled the card next (null if unknown). */
  nextDue: string | null;
  durationMs: number;
}

export interface CardDetail {
  card: {
    id: string; deckId: string; deckTitle: string; ownDeck: boolean; kind: CardKind; prompt: string; given: string | null; answer: string;
    tips: string[]; steps: string[] | null; parent: { id: string; prompt: string } | null; archivedAt: string | null;
  };
  state: { bucket: CardFilterState; due: string | null; stability: number; difficulty: number; reps: number; lapses: number; lastReview: string | null };
  history: CardHistoryEntry[];
}

function nextDueOf(nextState: string): string | null {
  try {
    const due = (JSON.parse(nextState) as { due?: unknown }).due;
    return typeof due === "string" ? due : null;
  } catch {
    return null;
  }
}

/** One visible card (archived too) with the user's state and every grade, oldest first. */
export async function getCardDetail(user: SessionUser, cardId: string): Promise<CardDetail> {
  const card = await prisma.card.findFirst({
    where: { id: cardId, deck: visibleDecks(user) },
    include: {
      deck: { select: { title: true, ownerId: true } },
      parent: { select: { id: true, prompt: true } },
      states: { where: { userId: user.id } },
      logs: { where: { userId: user.id }, orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!card) throw notFound("카드를 찾을 수 없습니다.");
  const s = card.states[0];
  return {
    card: {
      id: card.id, deckId: card.deckId, deckTitle: card.deck.title, ownDeck: card.deck.ownerId === user.id,
      kind: card.kind as CardKind, prompt: card.prompt, given: card.given, answer: card.answer, tips: parseStringList(card.tips),
      steps: card.steps === null ? null : parseStringList(card.steps), parent: card.parent,
      archivedAt: card.archivedAt?.toISOString() ?? null,
    },
    state: {
      bucket: bucketOf(card.archivedAt, s),
      due: s && s.state > 0 ? s.due.toISOString() : null,
      stability: s?.stability ?? 0, difficulty: s?.difficulty ?? 0, reps: s?.reps ?? 0, lapses: s?.lapses ?? 0,
      lastReview: s?.lastReview?.toISOString() ?? null,
    },
    history: card.logs
      .filter((l) => !l.undoneAt)
      .map((l) => ({ id: l.id, reviewedAt: l.reviewedAt.toISOString(), rating: l.rating, state: l.state, nextDue: nextDueOf(l.nextState), durationMs: l.durationMs })),
  };
}

export type CardAction = "suspend" | "unsuspend" | "reset" | "restore";

/**
 * Suspends / unsuspends a card for this user, resets it to new (its state
 * goes, its review logs stay as history), or restores an archived card of one
 * of the user's own decks. Returns the card's new bucket.
 */
export async function updateCardStatus(user: SessionUser, cardId: string, action: CardAction, now: Date): Promise<{ id: string; state: CardFilterState }> {
  return prisma.$transaction(async (tx) => {
    const card = await tx.card.findFirst({
      where: { id: cardId, deck: visibleDecks(user) },
      select: { id: true, archivedAt: true, deck: { select: { ownerId: true } }, states: { where: { userId: user.id } } },
    });
    if (!card) throw notFound("카드를 찾을 수 없습니다.");
    const key = { userId_cardId: { userId: user.id, cardId } };
    let s = card.states[0];
    let archivedAt = card.archivedAt;
    if (action === "suspend") {
      s = await tx.cardState.upsert({
        where: key,
        create: { id: crypto.randomUUID(), userId: user.id, cardId, due: now, stability: 0, difficulty: 0, suspended: true, version: 1 },
        update: { suspended: true, version: { increment: 1 } },
      });
    } else if (action === "unsuspend" && s) {
      // A card suspended before it was ever studied goes back to being new.
      if (s.reps === 0 && s.state === 0) {
        await tx.cardState.delete({ where: key });
        s = undefined;
      } else s = await tx.cardState.update({ where: key, data: { suspended: false, version: { increment: 1 } } });
    } else if (action === "reset") {
      await tx.cardState.deleteMany({ where: { userId: user.id, cardId } });
      s = undefined;
    } else if (action === "restore") {
      if (card.deck.ownerId !== user.id) throw notFound("내 덱의 카드만 복원할 수 있습니다.");
      archivedAt = null;
      await tx.card.update({ where: { id: cardId }, data: { archivedAt: null } });
    }
    return { id: cardId, state: bucketOf(archivedAt, s) };
  });
}
