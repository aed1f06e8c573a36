import { executeSql, type SqlPlan } from "@/lib/db/sql-plan";
import type { RestoreBatch, RestoreTable } from "./plan-restore";

/** The table each restore batch writes (the models' `@@map` names). */
const TABLE_NAME: Record<RestoreTable, string> = {
  deck: "deck",
  deckMarkdownPiece: "deck_markdown_piece",
  card: "card",
  cardState: "card_state",
  reviewLog: "review_log",
  attempt: "attempt",
  studyDay: "study_day",
};

const DATE_FIELDS: Record<RestoreTable, readonly string[]> = {
  deck: ["createdAt"],
  deckMarkdownPiece: [],
  card: ["archivedAt", "createdAt"],
  cardState: ["due", "lastReview", "passedAt"],
  reviewLog: ["due", "reviewedAt", "undoneAt", "createdAt"],
  attempt: ["createdAt"],
  studyDay: [],
};

/** Tables whose rows belong to the staging account through their deck, not a `userId`. */
const DECK_OWNED = new Set<RestoreTable>(["deckMarkdownPiece", "card"]);
/** Tables whose model has `@updatedAt` (no database default: the writer sets it). */
const HAS_UPDATED_AT = new Set<RestoreTable>(["deck", "card", "cardState"]);

/** Column names come from the export schema's keys; anything else is refused rather than quoted into SQL. */
const COLUMN = /^[A-Za-z][A-Za-z0-9]*$/;

export interface RestoreRowContext {
  /** The staging account that owns the rows until the swap. */
  stagingId: string;
  now: Date;
  /** A fresh id (card states always; review logs and attempts whose id another account has). */
  newId: () => string;
}

/** One batch's rows as the columns they are written to: dates as Dates, the staging owner, `updatedAt`. */
export function toRestoreRows(batch: RestoreBatch, ctx: RestoreRowContext): Record<string, unknown>[] {
  const dates = DATE_FIELDS[batch.table];
  return batch.rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) if (value !== undefined) out[key] = value;
    for (const f of dates) if (typeof out[f] === "string") out[f] = new Date(out[f] as string);
    if (batch.table === "deck") out.ownerId = ctx.stagingId;
    else if (!DECK_OWNED.has(batch.table)) out.userId = ctx.stagingId;
    if (batch.table === "cardState") out.id = ctx.newId();
    if (HAS_UPDATED_AT.has(batch.table)) out.updatedAt = ctx.now;
    return out;
  });
}

function insertSql(table: RestoreTable, columns: string[], keepTakenIds: boolean): string {
  for (const c of columns) if (!COLUMN.test(c)) throw new Error(`restore: unexpected column ${c}`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  const values = columns.map(() => "?").join(", ");
  return `INSERT INTO "${TABLE_NAME[table]}" (${list}) VALUES (${values})${keepTakenIds ? ` ON CONFLICT ("id") DO NOTHING` : ""}`;
}

/**
 * The statements of one restore batch, as a plan that runs on either
 * database (lib/db/sql-plan.ts): one parameterised INSERT per row, so on
 * SQLite a batch is a few prepared statements on the app's connection and
 * nothing goes through Prisma's query compiler on the request thread.
 * Review-log and attempt ids are kept unless another account on this
 * server has them: the row is then written again under a fresh id.
 */
export function* restoreBatchPlan(batch: RestoreBatch, ctx: RestoreRowContext): SqlPlan<number> {
  const keyed = batch.table === "reviewLog" || batch.table === "attempt";
  let written = 0;
  for (const row of toRestoreRows(batch, ctx)) {
    const columns = Object.keys(row);
    const values = columns.map((c) => row[c]);
    if (keyed && (yield* executeSql(insertSql(batch.table, columns, true), ...values)) === 0) {
      row.id = ctx.newId();
      yield* executeSql(insertSql(batch.table, columns, false), ...columns.map((c) => row[c]));
    } else if (!keyed) yield* executeSql(insertSql(batch.table, columns, false), ...values);
    written++;
  }
  return written;
}
