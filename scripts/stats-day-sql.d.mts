/** Types of scripts/stats-day-sql.mjs (the SQL of migration 0009's statistics triggers). */
export function counterColumns(r: string): Array<[string, string]>;
export function sqliteTriggers(): string;
export function postgresTriggers(): string;
export function backfill(): string;
