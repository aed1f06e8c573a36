import { executeSql, selectRows, type SqlPlan } from "@/lib/db/sql-plan";
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

function insertSql(table: RestoreTable, columns: string[], rows: number, keepTakenIds: boolean): string {
  for (const c of columns) if (!COLUMN.test(c)) throw new Error(`restore: unexpected column ${c}`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const values = Array.from({ length: rows }, () => tuple).join(", ");
  return `INSERT INTO "${TABLE_NAME[table]}" (${list}) VALUES ${values}${keepTakenIds ? ` ON CONFLICT ("id") DO NOTHING RETURNING "id"` : ""}`;
}

/** Consecutive rows with the same columns (optional fields may be absent from some). */
function groupByColumns(rows: Record<string, unknown>[]): Record<string, unknown>[][] {
  const groups: Record<string, unknown>[][] = [];
  let key = "";
  for (const row of rows) {
    const k = Object.keys(row).join(",");
    if (groups.length === 0 || k !== key) groups.push([]);
    key = k;
    groups[groups.length - 1]!.push(row);
  }
  return groups;
}

const paramsOf = (rows: Record<string, unknown>[], columns: string[]) => rows.flatMap((row) => columns.map((c) => row[c]));

/**
 * The statements of one restore batch, as a plan that runs on either
 * database (lib/db/sql-plan.ts): one parameterised multi-row INSERT per
 * batch, so on SQLite a batch is a prepared statement on the app's
 * connection and nothing goes through Prisma's query compiler on the request
 * thread, and on PostgreSQL one round trip. Review-log and attempt ids are
 * kept unless another account on this server has them (or the export lists
 * one twice): those rows are written again under fresh ids.
 */
export function* restoreBatchPlan(batch: RestoreBatch, ctx: RestoreRowContext): SqlPlan<number> {
  const keyed = batch.table === "reviewLog" || batch.table === "attempt";
  let written = 0;
  for (const rows of groupByColumns(toRestoreRows(batch, ctx))) {
    const columns = Object.keys(rows[0]!);
    if (!keyed) {
      written += yield* executeSql(insertSql(batch.table, columns, rows.length, false), ...paramsOf(rows, columns));
      continue;
    }
    const inserted = yield* selectRows<{ id: string }>(insertSql(batch.table, columns, rows.length, true), ...paramsOf(rows, columns));
    const left = new Map<string, number>();
    for (const { id } of inserted) left.set(id, (left.get(id) ?? 0) + 1);
    const taken = rows.filter((row) => {
      const n = left.get(row.id as string) ?? 0;
      if (n > 0) left.set(row.id as string, n - 1);
      return n === 0;
    });
    for (const row of taken) row.id = ctx.newId();
    if (taken.length > 0) yield* executeSql(insertSql(batch.table, columns, taken.length, false), ...paramsOf(taken, columns));
    written += rows.length;
  }
  return written;
}
