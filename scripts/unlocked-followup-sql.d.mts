/** Types of scripts/unlocked-followup-sql.mjs (the SQL that keeps unlocked_followup, migration 0014). */
export function unlockedRows(where: string): string;
export function backfill(): string;
export function recountSql(where?: string): string;
export function storedSql(): string;
export function sqliteTriggers(): string;
export function postgresTriggers(): string;
