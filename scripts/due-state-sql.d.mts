/** Types of scripts/due-state-sql.mjs (the SQL that keeps due_state, migrations 0011 and 0012). */
export function countsOf(s?: string, c?: string): string;
export function dueStateRows(where: string): string;
export function recountSql(where?: string): string;
export function storedSql(): string;
export const DUE_STATE_COLUMNS: string[];
export function backfill(): string;
export function sqliteTriggers(): string;
export function postgresTriggers(): string;
export const SQLITE_TRIGGERS: string[];
export const POSTGRES_TRIGGERS: Array<[string, string]>;
export const POSTGRES_FUNCTIONS: string[];
