import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedCard, ParsedDeck } from "@/lib/parser/types";

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

/** The columns a plan compares; a row read for planning needs these plus id, key and archivedAt. */
export type ExistingCard = Pick<Prisma.CardGetPayload<object>, "id" | "key" | "archivedAt" | (typeof COMPARED)[number]>;

/** What making a deck match a parse result will write. */
export interface DeckPlan {
  counts: ApplyCounts;
  /** New cards, topics before follow-ups (a follow-up points at its topic). */
  create: Prisma.CardCreateManyInput[];
  update: { id: string; data: CardFields }[];
  archive: string[];
}

/** Select for `ExistingCard` rows. */
export const EXISTING_CARD_SELECT = {
  id: true, key: true, archivedAt: true, kind: true, prompt: true, answer: true, tips: true, steps: true,
  parentId: true, sources: true, lineStart: true, lineEnd: true, position: true,
} as const;

/**
 * Plans how a deck's cards come to match a parse result, by stable key: new
 * keys are added, changed cards updated in place (their states and logs
 * stay), cards that vanished are archived — never deleted. Pure: a preview
 * shows exactly these counts without writing anything.
 */
export function planDeckChanges(deckId: string, existing: ExistingCard[], parsed: ParsedDeck): DeckPlan {
  const counts: ApplyCounts = { added: 0, updated: 0, archived: 0, unchanged: 0 };
  const byKey = new Map(existing.map((c) => [c.key, c]));
  const seen = new Set<string>();
  const create: Prisma.CardCreateManyInput[] = [];
  const update: DeckPlan["update"] = [];
  for (const [position, card] of parsed.cards.entries()) {
    if (seen.has(card.id)) continue; // the parser promises unique ids; be defensive
    seen.add(card.id);
    const fields = toFields(deckId, card, position);
    const row = byKey.get(card.id);
    if (!row) {
      create.push({ id: cardRowId(deckId, card.id), deckId, key: card.id, ...fields });
      counts.added++;
    } else if (row.archivedAt || COMPARED.some((k) => row[k] !== fields[k])) {
      update.push({ id: row.id, data: fields });
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  create.sort((a, b) => Number(Boolean(a.parentId)) - Number(Boolean(b.parentId)));
  const archive = existing.filter((c) => !seen.has(c.key) && !c.archivedAt).map((c) => c.id);
  counts.archived = archive.length;
  return { counts, create, update, archive };
}

/**
 * Writes (part of) a plan inside one transaction. Callers that must not hold
 * the database for long pass slices of the plan, one transaction each.
 */
export async function writeDeckPlan(tx: Prisma.TransactionClient, plan: Omit<DeckPlan, "counts">, now: Date): Promise<void> {
  // A follow-up may point at a topic written later in this transaction; check links at commit.
  await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
  // One statement for all new cards: a large first import is mostly inserts.
  if (plan.create.length > 0) await tx.card.createMany({ data: plan.create });
  for (const u of plan.update) await tx.card.update({ where: { id: u.id }, data: u.data });
  if (plan.archive.length > 0) await tx.card.updateMany({ where: { id: { in: plan.archive } }, data: { archivedAt: now } });
}

/**
 * Makes a deck's cards match a parse result in one transaction (built-in
 * decks at start-up); see `planDeckChanges`.
 */
export async function applyParsedDeck(
  tx: Prisma.TransactionClient,
  deckId: string,
  parsed: ParsedDeck,
  now: Date,
): Promise<ApplyCounts> {
  const existing = await tx.card.findMany({ where: { deckId }, select: EXISTING_CARD_SELECT });
  const plan = planDeckChanges(deckId, existing, parsed);
  await writeDeckPlan(tx, plan, now);
  return plan.counts;
}
