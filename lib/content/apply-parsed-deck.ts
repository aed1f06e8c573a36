import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionKey } from "@/lib/parser/question-key";
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

function toFields(deckId: string, card: ParsedCard, position: number, rowIdOf: (key: string) => string): CardFields {
  return {
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
    tips: JSON.stringify(card.tips),
    steps: card.steps ? JSON.stringify(card.steps) : null,
    parentId: card.parentId ? rowIdOf(card.parentId) : null,
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
  const kept = new Set<string>();
  const created: Prisma.CardCreateManyInput[] = [];
  const changed: { id: string; data: CardFields & { key: string } }[] = [];
  const renamed = rekeyByQuestion(existing, parsed.cards);
  const rowIdOf = (key: string) => byKey.get(key)?.id ?? renamed.get(key)?.id ?? cardRowId(deckId, key);

  for (const [position, card] of parsed.cards.entries()) {
    if (seen.has(card.id)) continue; // the parser promises unique ids; be defensive
    seen.add(card.id);
    const fields = toFields(deckId, card, position, rowIdOf);
    const row = byKey.get(card.id) ?? renamed.get(card.id);
    if (row) kept.add(row.id);
    if (!row) {
      created.push({ id: cardRowId(deckId, card.id), deckId, key: card.id, ...fields });
      counts.added++;
    } else if (row.key !== card.id || row.archivedAt || COMPARED.some((k) => row[k] !== fields[k])) {
      changed.push({ id: row.id, data: { key: card.id, ...fields } });
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
  const gone = existing.filter((c) => !kept.has(c.id) && !c.archivedAt).map((c) => c.id);
  if (gone.length > 0) {
    await tx.card.updateMany({ where: { id: { in: gone } }, data: { archivedAt: now } });
    counts.archived = gone.length;
  }
  return counts;
}

/**
 * Cards whose key changed although their question did not (a newer parser
 * types a question as a follow-up, or cleans its prompt): the existing row
 * whose prompt asks the same question carries over, so its state and review
 * history stay. Only rows no new card claims by key are candidates.
 */
function rekeyByQuestion<Row extends { key: string; prompt: string }>(rows: Row[], cards: ParsedCard[]): Map<string, Row> {
  const ids = new Set(cards.map((c) => c.id));
  const free = new Map<string, Row[]>();
  for (const row of rows) {
    if (ids.has(row.key)) continue;
    const q = questionKey(row.prompt);
    if (!q) continue;
    free.set(q, [...(free.get(q) ?? []), row]);
  }
  const out = new Map<string, Row>();
  const byKey = new Set(rows.map((r) => r.key));
  for (const card of cards) {
    if (byKey.has(card.id) || out.has(card.id)) continue;
    const row = free.get(questionKey(card.prompt))?.shift();
    if (row) out.set(card.id, row);
  }
  return out;
}
