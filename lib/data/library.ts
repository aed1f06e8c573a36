import "server-only";
import { prisma } from "@/lib/db/prisma";
import { notFound } from "./errors";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

export interface LibraryDeck {
  id: string;
  slug: string;
  title: string;
  description: string;
  builtIn: boolean;
  /** Mine: can be renamed, deleted, exported. */
  own: boolean;
  sourcePath: string;
  updatedAt: string;
  total: number;
  new: number;
  due: number;
  archived: number;
}

/**
 * The user's decks and the built-in ones with per-user counts: total active
 * cards, new (never graded, not suspended), due now (graded, not suspended).
 */
export async function listLibraryDecks(user: SessionUser, now: Date): Promise<LibraryDeck[]> {
  const [decks, totals, states] = await Promise.all([
    prisma.deck.findMany({
      where: visibleDecks(user),
      orderBy: [{ builtIn: "asc" }, { title: "asc" }],
      select: { id: true, slug: true, title: true, description: true, builtIn: true, ownerId: true, sourcePath: true, updatedAt: true },
    }),
    prisma.card.groupBy({ by: ["deckId", "archivedAt"], where: { deck: visibleDecks(user) }, _count: { _all: true } }),
    prisma.cardState.findMany({
      where: { userId: user.id, card: { archivedAt: null } },
      select: { state: true, due: true, suspended: true, card: { select: { deckId: true } } },
    }),
  ]);
  const count = new Map<string, { total: number; archived: number; seen: number; due: number }>();
  const of = (id: string) => count.get(id) ?? count.set(id, { total: 0, archived: 0, seen: 0, due: 0 }).get(id)!;
  for (const t of totals) of(t.deckId)[t.archivedAt ? "archived" : "total"] += t._count._all;
  for (const s of states) {
    const c = of(s.card.deckId);
    if (s.suspended || s.state > 0) c.seen++;
    if (!s.suspended && s.state > 0 && s.due <= now) c.due++;
  }
  return decks.map(({ ownerId, updatedAt, ...d }) => {
    const c = of(d.id);
    return { ...d, own: ownerId === user.id, updatedAt: updatedAt.toISOString(), total: c.total, new: Math.max(0, c.total - c.seen), due: c.due, archived: c.archived };
  });
}

async function ownDeck(user: SessionUser, deckId: string) {
  const deck = await prisma.deck.findFirst({ where: { id: deckId, ownerId: user.id }, select: { id: true } });
  if (!deck) throw notFound("덱을 찾을 수 없습니다.");
  return deck;
}

/** Renames one of the user's decks (the slug stays, so re-imports still find it). */
export async function renameDeck(user: SessionUser, deckId: string, title: string): Promise<{ id: string; title: string }> {
  await ownDeck(user, deckId);
  const deck = await prisma.deck.update({ where: { id: deckId }, data: { title }, select: { id: true, title: true } });
  return deck;
}

/** Deletes one of the user's decks with its cards, states and review logs. Built-in decks are 404. */
export async function deleteDeck(user: SessionUser, deckId: string): Promise<{ id: string; cards: number }> {
  await ownDeck(user, deckId);
  return prisma.$transaction(async (tx) => {
    const cards = await tx.card.count({ where: { deckId } });
    await tx.deck.delete({ where: { id: deckId } });
    return { id: deckId, cards };
  });
}
