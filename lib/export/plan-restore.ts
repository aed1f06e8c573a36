import crypto from "node:crypto";
import { cardRowId } from "@/lib/content/apply-parsed-deck";
import { MARKDOWN_PIECE_CHARS, splitMarkdownPieces } from "@/lib/content/markdown-pieces";
import { orderParentsFirst } from "@/lib/content/order-parents-first";
import type { UserExport } from "./export-schema";

/** Tables a restore writes row by row (settings travel apart: one row, written at the swap). */
export type RestoreTable = "deck" | "deckMarkdownPiece" | "card" | "cardState" | "reviewLog" | "attempt" | "studyDay";

/** One short write: rows of one table, dates as ISO strings, owner/user ids left for the writer. */
export interface RestoreBatch {
  table: RestoreTable;
  rows: Record<string, unknown>[];
}

export interface RestoreCounts {
  decks: number;
  cards: number;
  cardStates: number;
  reviewLogs: number;
  attempts: number;
}

/**
 * A validated export turned into the rows a restore writes, in write order
 * (decks, cards topics first, then states, logs, attempts, study days).
 * Batches are JSON text: a worker hands them over as strings (cheap to pass
 * between threads) and the writer parses one batch at a time.
 */
export interface RestorePlan {
  counts: RestoreCounts;
  /** Card ids the export references but does not contain: they must be built-in cards here. */
  foreignCardIds: string[];
  settings: UserExport["settings"];
  batches: string[];
}

/**
 * Rows per batch, and roughly how much text: each batch is one short write
 * transaction (on SQLite a few prepared statements and one fsync), so grades
 * queued behind it wait milliseconds. A single row over `chars` is a batch
 * of its own.
 */
export const RESTORE_BATCH = { rows: 100, chars: 64 * 1024 } as const;
export { MARKDOWN_PIECE_CHARS };

export class RestoreRefusedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function rowChars(row: Record<string, unknown>): number {
  let n = 64;
  for (const v of Object.values(row)) if (typeof v === "string") n += v.length;
  return n;
}

function toBatches(table: RestoreTable, rows: Record<string, unknown>[], out: string[]) {
  let current: Record<string, unknown>[] = [];
  let size = 0;
  const flush = () => {
    if (current.length > 0) out.push(JSON.stringify({ table, rows: current } satisfies RestoreBatch));
    current = [];
    size = 0;
  };
  for (const row of rows) {
    const chars = rowChars(row);
    if (current.length >= RESTORE_BATCH.rows || (current.length > 0 && size + chars > RESTORE_BATCH.chars)) flush();
    current.push(row);
    size += chars;
  }
  flush();
}

/** One batch per piece of a long deck Markdown (lib/content/markdown-pieces.ts). */
function toMarkdownPieces(deckId: string, markdown: string): string[] {
  return splitMarkdownPieces(markdown).map((text, n) => JSON.stringify({ table: "deckMarkdownPiece", rows: [{ deckId, n, text }] } satisfies RestoreBatch));
}

/**
 * Plans a restore of a validated export (pure but for fresh random deck ids):
 * deck ids are new (`d_…`), card ids follow from them, references to the
 * export's own cards are rewritten, anything else is listed in
 * `foreignCardIds` for the writer to check. Throws RestoreRefusedError for an
 * export that lists a deck slug or a card key twice.
 */
export function planRestore(data: UserExport): RestorePlan {
  const slugs = data.decks.map((d) => d.slug);
  const badDeck = data.decks.find((d) => new Set(d.cards.map((c) => c.key)).size !== d.cards.length);
  if (new Set(slugs).size !== slugs.length || badDeck) {
    throw new RestoreRefusedError("invalid_export", "내보낸 파일이 손상되었습니다(덱 또는 카드가 중복됩니다).");
  }
  const cardIds = new Map<string, string>();
  const decks: Record<string, unknown>[] = [];
  const pieces: string[] = [];
  const cards: Record<string, unknown>[] = [];
  for (const d of data.decks) {
    const id = `d_${crypto.randomBytes(8).toString("hex")}`;
    decks.push({
      id, builtIn: false, slug: d.slug, title: d.title, titleCustom: d.titleCustom ?? false, description: d.description,
      tags: JSON.stringify(d.tags), sources: JSON.stringify(d.sources), sourcePath: d.sourcePath,
      markdown: d.markdown.length > MARKDOWN_PIECE_CHARS ? "" : d.markdown, contentHash: d.contentHash, createdAt: d.createdAt,
    });
    if (d.markdown.length > MARKDOWN_PIECE_CHARS) pieces.push(...toMarkdownPieces(id, d.markdown));
    const rows = d.cards.map((c) => {
      cardIds.set(c.id, cardRowId(id, c.key));
      return {
        id: cardRowId(id, c.key), deckId: id, key: c.key, kind: c.kind, prompt: c.prompt, given: c.given ?? null, answer: c.answer,
        tips: JSON.stringify(c.tips), steps: c.steps === null ? null : JSON.stringify(c.steps),
        parentId: c.parentKey ? cardRowId(id, c.parentKey) : null, sources: JSON.stringify(c.sources),
        lineStart: c.lineStart, lineEnd: c.lineEnd, position: c.position, archivedAt: c.archivedAt, createdAt: c.createdAt,
      };
    });
    // Topics before follow-ups: the parent foreign key holds statement by statement.
    cards.push(...orderParentsFirst(rows));
  }
  const attempts = data.attempts ?? [];
  const mapCard = (id: string) => cardIds.get(id) ?? id;
  const foreignCardIds = [...new Set([...data.cardStates, ...data.reviewLogs, ...attempts].map((x) => x.cardId).filter((id) => !cardIds.has(id)))];
  const batches: string[] = [];
  toBatches("deck", decks, batches);
  batches.push(...pieces);
  toBatches("card", cards, batches);
  toBatches("cardState", data.cardStates.map((s) => ({ ...s, cardId: mapCard(s.cardId) })), batches);
  toBatches("reviewLog", data.reviewLogs.map((l) => ({ ...l, cardId: mapCard(l.cardId) })), batches);
  toBatches("attempt", attempts.map((a) => ({ ...a, cardId: mapCard(a.cardId) })), batches);
  toBatches("studyDay", data.studyDays.map((d) => ({ day: d.day, reviews: d.reviews })), batches);
  return {
    counts: { decks: data.decks.length, cards: cards.length, cardStates: data.cardStates.length, reviewLogs: data.reviewLogs.length, attempts: attempts.length },
    foreignCardIds,
    settings: data.settings,
    batches,
  };
}
