import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedCard, ParsedDeck } from "@/lib/parser/types";
import { orderParentsFirst } from "./order-parents-first";

export interface ApplyCounts {
  added: number;
  updated: number;
  archived: number;
  unchanged: number;
}

/** Database id of a card: unique per deck, stable for the parser's card key. */
export function cardRowId(deckId: string, key: string): string {
  return "c_" + crypto.createHash("sha1").update(`${deckId}\0${key}`).digest("hex").slice(0, 24);
}

type CardFields = Omit<Prisma.CardUncheckedCreateInput, "id" | "deckId" | "key">;

function toFields(deckId: string, card: ParsedCard, position: number): CardFields {
  return {
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
    tips: JSON.stringify(card.tips),
    steps: card.steps ? JSON.stringify(card.steps) : null,
    parentId: card.parentId ? cardRowId(deckId, card.parentId) : null,
    sources: JSON.stringify(card.sources),
    lineStart: card.lineStart,
    lineEnd: card.lineEnd,
    position,
    archivedAt: null,
  };
}

const COMPARED = ["kind", "prompt", "answer", "tips", "steps", "parentId", "sources", "lineStart", "lineEnd", "position"] as const;

/**
 * Makes a deck's cards match a parse result, by stable key: new keys are
 * added, changed cards updated in place (their states and logs stay), cards
 * that vanished are archived — never deleted — and come back if they return.
 */
export async function applyParsedDeck(
  tx: Prisma.TransactionClient,
  deckId: string,
  parsed: ParsedDeck,
  now: Date,
): Promise<ApplyCounts> {
  const counts: ApplyCounts = { added: 0, updated: 0, archived: 0, unchanged: 0 };
  const existing = await tx.card.findMany({ where: { deckId } });
  const byKey = new Map(existing.map((c) => [c.key, c]));
  const seen = new Set<string>();
  const created: Prisma.CardCreateManyInput[] = [];
  const changed: { id: string; data: CardFields }[] = [];

  for (const [position, card] of parsed.cards.entries()) {
    if (seen.has(card.id)) continue; // the parser promises unique ids; be defensive
    seen.add(card.id);
    const fields = toFields(deckId, card, position);
    const row = byKey.get(card.id);
    if (!row) {
      created.push({ id: cardRowId(deckId, card.id), deckId, key: card.id, ...fields });
      counts.added++;
    } else if (row.archivedAt || COMPARED.some((k) => row[k] !== fields[k])) {
      changed.push({ id: row.id, data: fields });
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  // New cards first (one statement: a large first import is mostly inserts),
  // topics before their follow-ups, so an updated card may point at a new
  // one: every foreign key holds after each statement, on both databases.
  if (created.length > 0) await tx.card.createMany({ data: orderParentsFirst(created) });
  for (const { id, data } of changed) await tx.card.update({ where: { id }, data });
  const gone = existing.filter((c) => !seen.has(c.key) && !c.archivedAt).map((c) => c.id);
  if (gone.length > 0) {
    await tx.card.updateMany({ where: { id: { in: gone } }, data: { archivedAt: now } });
    counts.archived = gone.length;
  }
  return counts;
}
