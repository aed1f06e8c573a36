import "server-only";
import crypto from "node:crypto";
import { splitMarkdownPieces } from "@/lib/content/markdown-pieces";
import { EXISTING_CARD_SELECT, planDeckChanges, writeDeckPlan, type ApplyCounts, type DeckPlan } from "@/lib/content/apply-parsed-deck";
import { takeLongTexts, writeLongTexts } from "@/lib/db/long-text";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffDeck } from "@/lib/import/diff-deck";
import { ImportRefusedError, refuse } from "@/lib/import/import-refused-error";
import type { ImportedFile, ImportResult, PreparedFile, PreparedImport } from "@/lib/import/import-types";
import type { SessionUser } from "./session-user";
import { writeRowBatch } from "./write-row-batch";

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
async function writeDeck(user: SessionUser, file: PreparedFile, existing: ExistingDeck | null, id: string, plan: DeckPlan, now: Date) {
  const { slug, title, description, tags, sources } = file.parsed.deck;
  const fields = {
    // A title the user gave the deck in the library wins over the note's.
    ...(existing?.titleCustom ? {} : { title }),
    description, tags: JSON.stringify(tags), sources: JSON.stringify(sources),
    sourcePath: file.name, contentHash: file.contentHash,
  };
  // A long note (up to 2 MB) is stored in pieces, each written in its own short transaction below
  // (lib/content/markdown-pieces.ts); a shorter one still long for Prisma's query compiler goes around it (lib/db/long-text.ts).
  const pieces = splitMarkdownPieces(file.markdown);
  const { rows: [markdownRow], writes } = takeLongTexts([{ id, markdown: pieces.length > 0 ? "" : file.markdown }], "deck", ["markdown"]);
  await prisma.$transaction(async (tx) => {
    if (existing) {
      await tx.deck.update({ where: { id, ownerId: user.id }, data: { ...fields, markdown: markdownRow!.markdown } });
      // The new note replaces all of the old source, pieces a restore wrote included.
      await tx.deckMarkdownPiece.deleteMany({ where: { deckId: id } });
    }
    else await tx.deck.create({ data: { id, slug, ownerId: user.id, builtIn: false, title, ...fields, markdown: markdownRow!.markdown } });
    await writeLongTexts(tx, writes);
  });
  const pieceCtx = { stagingId: user.id, now, newId: () => crypto.randomUUID() };
  for (const [n, text] of pieces.entries()) {
    await yieldToOthers();
    // Only the last piece waits for an fsync; it makes the earlier ones durable with it (see writeRowBatch).
    await writeRowBatch({ table: "deckMarkdownPiece", rows: [{ deckId: id, n, text }] }, pieceCtx, { durableLater: n < pieces.length - 1 });
  }
  const parts: Omit<DeckPlan, "counts">[] = [
    ...sliceCreates(plan.create).map((create) => ({ create, update: [], archive: [] })),
    ...chunk(plan.update, IMPORT_BATCH.updates).map((update) => ({ create: [], update, archive: [] })),
    ...chunk(plan.archive, 500).map((archive) => ({ create: [], update: [], archive })),
  ];
  for (const part of parts) {
    await yieldToOthers();
    const created = takeLongTexts(part.create as (Prisma.CardCreateManyInput & { id: string })[], "card", ["answer", "prompt"]);
    const updated = takeLongTexts(part.update.map((u) => ({ ...u.data, id: u.id })), "card", ["answer", "prompt"]);
    const update = updated.rows.map(({ id: rowId, ...data }) => ({ id: rowId, data }));
    await prisma.$transaction(async (tx) => {
      await writeDeckPlan(tx, { create: created.rows, update, archive: part.archive }, now);
      await writeLongTexts(tx, [...created.writes, ...updated.writes]);
    });
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
  if (!prepared.preview && prepared.files.every((f) => f.parsed.cards.length === 0)) {
    throw refuse(prepared.files[0]?.name ?? "", "카드가 하나도 없어 저장할 수 없습니다. 미리 보기에서 이유를 확인해 주세요.", "no_cards");
  }
  // Plan every file first: a refusal (archiving without consent) saves nothing.
  const planned = [];
  for (const file of prepared.files) planned.push(await planFile(user, file, prepared));
  let result: ImportResult = { preview: prepared.preview, files: [], added: 0, updated: 0, archived: 0, unchanged: 0 };
  for (const { file, existing, id, plan, out } of planned) {
    if (plan && !prepared.preview) await writeDeck(user, file, existing, id, plan, now);
    if (plan) result = { ...result, ...sum(result, plan.counts) };
    result.files.push(out);
  }
  return result;
}

type ExistingDeck = { id: string; title: string; titleCustom: boolean };

/** What one file would do to the user's decks, and how the preview shows it. */
async function planFile(user: SessionUser, file: PreparedFile, prepared: PreparedImport) {
  const { slug, title } = file.parsed.deck;
  const existing = await prisma.deck.findFirst({ where: { ownerId: user.id, slug }, select: { id: true, title: true, titleCustom: true } });
  const id = existing?.id ?? newDeckId();
  const base = {
    name: file.name,
    slug,
    title: existing?.titleCustom ? existing.title : title,
    cards: file.cards,
    warnings: file.parsed.warnings,
    unanswered: (file.parsed.unanswered ?? []).map((q) => ({ line: q.line, prompt: q.prompt, ...(q.parentId ? { parentKey: q.parentId } : {}) })),
    skipped: file.parsed.skipped ?? [],
    mergeableSubheadings: file.parsed.mergeableSubheadings ?? 0,
    ...(existing ? { existingDeck: { id: existing.id, title: existing.title } } : {}),
  };
  if (file.parsed.cards.length === 0) {
    // An empty note never becomes (or empties) a deck.
    const out: ImportedFile = { ...base, added: 0, updated: 0, archived: 0, unchanged: 0, diff: { added: [], changed: [], archived: [] }, noCards: true };
    return { file, existing, id, plan: null, out };
  }
  const rows = existing ? await prisma.card.findMany({ where: { deckId: id }, select: EXISTING_CARD_SELECT, orderBy: [{ position: "asc" }, { id: "asc" }] }) : [];
  const plan = planDeckChanges(id, rows, file.parsed);
  // Compare under the keys the plan gives (a row re-keyed by its question is that card, not an archived one).
  const newKey = new Map(plan.update.map((u) => [u.id, u.data.key]));
  const diff = diffDeck(rows.map((r) => ({ ...r, key: newKey.get(r.id) ?? r.key })), file.parsed.cards);
  if (!prepared.preview && diff.archived.length > 0 && !prepared.confirmArchive) {
    throw new ImportRefusedError(
      409,
      "confirm_archive",
      file.name,
      `${file.name}: 저장하면 ‘${existing?.title ?? title}’ 덱의 카드 ${diff.archived.length}장이 보관됩니다. 미리 보기에서 확인한 뒤 저장해 주세요.`,
    );
  }
  const out: ImportedFile = { ...base, ...(existing || !prepared.preview ? { deckId: id } : {}), ...plan.counts, diff, noCards: false };
  return { file, existing, id, plan, out };
}
