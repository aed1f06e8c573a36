export function isPostgresUrl(url: string): boolean;
export function queryRows<T = Record<string, unknown>>(url: string, sql: string, params?: unknown[]): Promise<T[]>;
export function builtInCardIds(url: string, limit?: number): Promise<string[]>;
export function createPostgresDatabase(adminUrl: string, prefix?: string): Promise<string>;
export function dropPostgresDatabase(adminUrl: string, url: string): Promise<void>;
