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

function toFields(card: ParsedCard, position: number, rowIdOf: (key: string) => string): CardFields {
  return {
    kind: card.kind,
    prompt: card.prompt,
    given: card.given ?? null,
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

const COMPARED = ["kind", "prompt", "given", "answer", "tips", "steps", "parentId", "sources", "lineStart", "lineEnd", "position"] as const;

/** The columns a plan compares; a row read for planning needs these plus id, key and archivedAt. */
export type ExistingCard = Pick<Prisma.CardGetPayload<object>, "id" | "key" | "archivedAt" | (typeof COMPARED)[number]>;

/** What making a deck match a parse result will write. */
export interface DeckPlan {
  counts: ApplyCounts;
  /** New cards, topics before follow-ups (a follow-up points at its topic). */
  create: Prisma.CardCreateManyInput[];
  update: { id: string; data: CardFields & { key: string } }[];
  archive: string[];
}

/** Select for `ExistingCard` rows. */
export const EXISTING_CARD_SELECT = {
  id: true, key: true, archivedAt: true, kind: true, prompt: true, given: true, answer: true, tips: true, steps: true,
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
  const kept = new Set<string>();
  const create: Prisma.CardCreateManyInput[] = [];
  const update: DeckPlan["update"] = [];
  const renamed = rekeyByQuestion(existing, parsed.cards);
  const rowIdOf = (key: string) => byKey.get(key)?.id ?? renamed.get(key)?.id ?? cardRowId(deckId, key);
  for (const [position, card] of parsed.cards.entries()) {
    if (seen.has(card.id)) continue; // the parser promises unique ids; be defensive
    seen.add(card.id);
    const fields = toFields(card, position, rowIdOf);
    const row = byKey.get(card.id) ?? renamed.get(card.id);
    if (row) kept.add(row.id);
    if (!row) {
      create.push({ id: cardRowId(deckId, card.id), deckId, key: card.id, ...fields });
      counts.added++;
    } else if (row.key !== card.id || row.archivedAt || COMPARED.some((k) => row[k] !== fields[k])) {
      update.push({ id: row.id, data: { key: card.id, ...fields } });
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  const archive = existing.filter((c) => !kept.has(c.id) && !c.archivedAt).map((c) => c.id);
  counts.archived = archive.length;
  // Topics before their follow-ups: every foreign key holds after each
  // statement (and each slice), on both databases.
  return { counts, create: orderParentsFirst(create), update, archive };
}

/**
 * Writes (part of) a plan inside one transaction. Callers that must not hold
 * the database for long pass slices of the plan, one transaction each.
 */
export async function writeDeckPlan(tx: Prisma.TransactionClient, plan: Omit<DeckPlan, "counts">, now: Date): Promise<void> {
  // New cards first (one statement: a large first import is mostly inserts),
  // so an updated card may point at a new one.
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
