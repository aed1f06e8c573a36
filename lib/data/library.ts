import "server-only";
import { prisma } from "@/lib/db/prisma";
import { notFound } from "./errors";
import type { SessionUser } from "./session-user";
import { EMPTY_LOAD, getStudyLoad } from "./study-load";
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
  /** New topics and unlocked follow-ups to study today (daily limits applied). */
  new: number;
  /** Learning steps and reviews due before the study day ends. */
  due: number;
  archived: number;
}

/**
 * The user's decks and the built-in ones with per-user counts: total and
 * archived cards, and what each has to study today (the same numbers as
 * Today and the study bar, from {@link getStudyLoad}).
 */
export async function listLibraryDecks(user: SessionUser, now: Date): Promise<LibraryDeck[]> {
  const [decks, totals, load] = await Promise.all([
    prisma.deck.findMany({
      where: visibleDecks(user),
      orderBy: [{ builtIn: "asc" }, { title: "asc" }],
      select: { id: true, slug: true, title: true, description: true, builtIn: true, ownerId: true, sourcePath: true, updatedAt: true },
    }),
    prisma.card.groupBy({ by: ["deckId", "archivedAt"], where: { deck: visibleDecks(user) }, _count: { _all: true } }),
    getStudyLoad(user, now),
  ]);
  const count = new Map<string, { total: number; archived: number }>();
  const of = (id: string) => count.get(id) ?? count.set(id, { total: 0, archived: 0 }).get(id)!;
  for (const t of totals) of(t.deckId)[t.archivedAt ? "archived" : "total"] += t._count._all;
  return decks.map(({ ownerId, updatedAt, ...d }) => {
    const c = of(d.id);
    const l = load.decks.get(d.id) ?? EMPTY_LOAD;
    return { ...d, own: ownerId === user.id, updatedAt: updatedAt.toISOString(), total: c.total, new: l.new, due: l.learning + l.review, archived: c.archived };
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
  // titleCustom: the next re-import keeps this title instead of the note's.
  const deck = await prisma.deck.update({ where: { id: deckId }, data: { title, titleCustom: true }, select: { id: true, title: true } });
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
