import { splitMarkdownPieces } from "@/lib/content/markdown-pieces";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, sqliteHandleOf } from "./prisma";

/**
 * Strings longer than this are written around Prisma's query compiler.
 *
 * Prisma 6.19 compiles every query, parameter values included, in WASM on
 * the request thread: a 1.9 MB Korean note costs ~0.5 s of compile in one
 * synchronous call, a 12 MB one seconds, and every other user's request
 * waits (profiled with `node --cpu-prof`, see the README's "Limits under
 * abuse"). Short strings cost microseconds, so only long ones take this path.
 */
export const LONG_TEXT_CHARS = 16 * 1024;
/** PostgreSQL: characters per piece (each piece is one small compiled statement). */
const PIECE_CHARS = 32 * 1024;

/** The long-text columns the app writes: a table and one of its text columns. */
export type LongTextColumn = { table: "deck"; column: "markdown" } | { table: "card"; column: "answer" | "prompt" };

export interface LongTextWrite {
  target: LongTextColumn;
  id: string;
  text: string;
}

export const isLongText = (s: string | null | undefined): s is string => typeof s === "string" && s.length > LONG_TEXT_CHARS;

/**
 * Sets long text columns of rows that already exist, inside the caller's
 * transaction `tx`. On SQLite: one prepared statement on Prisma's own
 * connection (the transaction's, so it commits or rolls back with it; the
 * transaction holds the connection's gate, so no other request's statement
 * runs in between — lib/db/transaction-gate.ts); on
 * PostgreSQL: the text travels in pieces through a temporary table and one
 * `string_agg` puts it together on the server. Either way no statement
 * compiles more than PIECE_CHARS characters.
 */
export async function writeLongTexts(tx: Prisma.TransactionClient, writes: LongTextWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const db = sqliteHandleOf(prisma);
  if (db) {
    for (const w of writes) db.prepare(`UPDATE "${w.target.table}" SET "${w.target.column}" = ? WHERE "id" = ?`).run(w.text, w.id);
    return;
  }
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE IF NOT EXISTS rehearse_text_piece (n integer NOT NULL, piece text NOT NULL) ON COMMIT DELETE ROWS`);
  for (const w of writes) {
    await tx.$executeRawUnsafe(`DELETE FROM rehearse_text_piece`);
    // Never cut inside a surrogate pair: Prisma refuses a parameter holding half of one (an emoji at a piece boundary).
    const pieces = splitMarkdownPieces(w.text, PIECE_CHARS);
    for (const [n, piece] of (pieces.length > 0 ? pieces : [w.text]).entries()) {
      await tx.$executeRawUnsafe(`INSERT INTO rehearse_text_piece (n, piece) VALUES ($1, $2)`, n, piece);
    }
    await tx.$executeRawUnsafe(
      `UPDATE "${w.target.table}" SET "${w.target.column}" = (SELECT string_agg(piece, '' ORDER BY n) FROM rehearse_text_piece) WHERE "id" = $1`,
      w.id,
    );
  }
}

/**
 * Splits the long strings out of rows about to be written: returns the rows
 * with those fields emptied and the writes that fill them in afterwards
 * (`writeLongTexts`, same transaction).
 */
export function takeLongTexts<T extends { id: string }>(
  rows: T[],
  table: LongTextColumn["table"],
  columns: readonly (keyof T & string)[],
): { rows: T[]; writes: LongTextWrite[] } {
  const writes: LongTextWrite[] = [];
  const out = rows.map((row) => {
    let copy: T | null = null;
    for (const column of columns) {
      const value = row[column];
      if (typeof value !== "string" || !isLongText(value)) continue;
      copy ??= { ...row };
      (copy as Record<string, unknown>)[column] = "";
      writes.push({ target: { table, column } as LongTextColumn, id: row.id, text: value });
    }
    return copy ?? row;
  });
  return { rows: out, writes };
}
