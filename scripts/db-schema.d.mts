export const ROOT: string;
export const SQLITE_SCHEMA: string;
export const PG_SCHEMA: string;
export const SQLITE_MIGRATIONS: string;
export const PG_MIGRATIONS: string;
export function toPostgresSchema(source: string): string;
export function generatePostgresSchema(root?: string): string;
