import "server-only";
import crypto from "node:crypto";
import { EXISTING_CARD_SELECT, planDeckChanges, writeDeckPlan, type ApplyCounts, type DeckPlan } from "@/lib/content/apply-parsed-deck";
import { prisma } from "@/lib/db/prisma";
import type { ImportResult, PreparedFile, PreparedImport } from "@/lib/import/import-types";
import type { SessionUser } from "./session-user";

export type { ImportedCard, ImportedFile, ImportResult } from "@/lib/import/import-types";

/** A new user-deck id: `d_` and 16 random hex digits. */
export const newDeckId = () => `d_${crypto.randomBytes(8).toString("hex")}`;

/**
 * Rows per write transaction. SQLite has one writer and our Prisma client one
 * connection: while a transaction is open every other user's grade waits, so
 * an import is written in slices that each take a few milliseconds (see the
 * README's security section for the measured numbers).
 */
export const IMPORT_BATCH = { rows: 200, bytes: 512 * 1024, updates: 50 } as const;

const sum = (a: ApplyCounts, b: ApplyCounts): ApplyCounts => ({
  added: a.added + b.added,
  updated: a.updated + b.updated,
  archived: a.archived + b.archived,
  unchanged: a.unchanged + b.unchanged,
});

/** Lets queued requests (grades) run between two write slices. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Splits new cards into slices of at most `rows` rows and about `bytes` bytes of text. */
export function sliceCreates<T extends { answer: string; prompt: string }>(rows: T[], limits: { rows: number; bytes: number } = IMPORT_BATCH): T[][] {
  const slices: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = row.answer.length * 3 + row.prompt.length * 3 + 256;
    if (current.length > 0 && (current.length >= limits.rows || size + bytes > limits.bytes)) {
      slices.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes one deck row, then its plan in short transactions. */
async function writeDeck(user: SessionUser, file: PreparedFile, existingId: string | null, id: string, plan: DeckPlan, now: Date) {
  const { slug, title, description, tags, sources } = file.parsed.deck;
  const fields = {
    title, description, tags: JSON.stringify(tags), sources: JSON.stringify(sources),
    sourcePath: file.name, markdown: file.markdown, contentHash: file.contentHash,
  };
  if (existingId) await prisma.deck.update({ where: { id, ownerId: user.id }, data: fields });
  else await prisma.deck.create({ data: { id, slug, ownerId: user.id, builtIn: false, ...fields } });
  const parts: Omit<DeckPlan, "counts">[] = [
    ...sliceCreates(plan.create).map((create) => ({ create, update: [], archive: [] })),
    ...chunk(plan.update, IMPORT_BATCH.updates).map((update) => ({ create: [], update, archive: [] })),
    ...chunk(plan.archive, 500).map((archive) => ({ create: [], update: [], archive })),
  ];
  for (const part of parts) {
    await yieldToOthers();
    await prisma.$transaction((tx) => writeDeckPlan(tx, part, now));
  }
}

/**
 * Imports parsed notes into the user's own decks, one deck per file keyed by
 * (owner, slug): re-importing a file updates its deck in place, so edited
 * cards keep their id, state and logs, and removed ones are archived. A
 * preview only plans (nothing is written), so its counts are exactly what
 * saving would do. Saving writes in short slices; if it is interrupted,
 * importing the same files again completes it (card keys are stable).
 */
export async function importNotes(user: SessionUser, prepared: PreparedImport, now: Date): Promise<ImportResult> {
  let result: ImportResult = { preview: prepared.preview, files: [], added: 0, updated: 0, archived: 0, unchanged: 0 };
  for (const file of prepared.files) {
    const existing = await prisma.deck.findFirst({ where: { ownerId: user.id, slug: file.parsed.deck.slug }, select: { id: true } });
    const id = existing?.id ?? newDeckId();
    const rows = existing ? await prisma.card.findMany({ where: { deckId: id }, select: EXISTING_CARD_SELECT }) : [];
    const plan = planDeckChanges(id, rows, file.parsed);
    if (!prepared.preview) await writeDeck(user, file, existing?.id ?? null, id, plan, now);
    result = { ...result, ...sum(result, plan.counts) };
    result.files.push({
      name: file.name,
      ...(existing || !prepared.preview ? { deckId: id } : {}),
      slug: file.parsed.deck.slug,
      title: file.parsed.deck.title,
      ...plan.counts,
      cards: file.cards,
      warnings: file.parsed.warnings,
      unanswered: (file.parsed.unanswered ?? []).map((q) => ({ line: q.line, prompt: q.prompt, ...(q.parentId ? { parentKey: q.parentId } : {}) })),
      skipped: file.parsed.skipped ?? [],
    });
  }
  return result;
}
