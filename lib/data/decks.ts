import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { CardKind } from "@/lib/parser/types";
import { parseStringList } from "./json-fields";
import type { SessionUser } from "./session-user";

/** Decks a visitor may see: every built-in deck, plus the user's own. */
function visibleTo(user: SessionUser | null) {
  return user ? { OR: [{ builtIn: true }, { ownerId: user.id }] } : { builtIn: true };
}

export interface DeckSummary {
  id: string;
  slug: string;
  title: string;
  description: string;
  builtIn: boolean;
  cardCount: number;
}

/** Lists the decks visible to `user` (built-in first), with live card counts. */
export async function listVisibleDecks(user: SessionUser | null): Promise<DeckSummary[]> {
  const decks = await prisma.deck.findMany({
    where: visibleTo(user),
    orderBy: [{ builtIn: "desc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      builtIn: true,
      _count: { select: { cards: { where: { archivedAt: null } } } },
    },
  });
  return decks.map(({ _count, ...d }) => ({ ...d, cardCount: _count.cards }));
}

export interface DeckCard {
  id: string;
  kind: CardKind;
  prompt: string;
  /** Markdown the question shows before any answer (a quiz's code and choices). */
  given?: string;
  answer: string;
  tips: string[];
  steps?: string[];
  parentId?: string;
  sources: string[];
  lineStart: number;
  lineEnd: number;
}

export interface DeckDetail {
  deck: DeckSummary & { tags: string[]; sources: string[] };
  cards: DeckCard[];
}

/** One visible deck with its active cards in note order, or null (→ 404). */
export async function getVisibleDeck(user: SessionUser | null, deckId: string): Promise<DeckDetail | null> {
  const deck = await prisma.deck.findFirst({
    where: { id: deckId, ...visibleTo(user) },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      builtIn: true,
      tags: true,
      sources: true,
      cards: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          prompt: true,
          given: true,
          answer: true,
          tips: true,
          steps: true,
          parentId: true,
          sources: true,
          lineStart: true,
          lineEnd: true,
        },
      },
    },
  });
  if (!deck) return null;
  const { cards, tags, sources, ...rest } = deck;
  return {
    deck: { ...rest, tags: parseStringList(tags), sources: parseStringList(sources), cardCount: cards.length },
    cards: cards.map((c) => ({
      id: c.id,
      kind: c.kind as CardKind,
      prompt: c.prompt,
      ...(c.given ? { given: c.given } : {}),
      answer: c.answer,
      tips: parseStringList(c.tips),
      ...(c.steps ? { steps: parseStringList(c.steps) } : {}),
      ...(c.parentId ? { parentId: c.parentId } : {}),
      sources: parseStringList(c.sources),
      lineStart: c.lineStart,
      lineEnd: c.lineEnd,
    })),
  };
}
