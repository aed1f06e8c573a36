export function backupSqlite(url: string, dest: string): Record<string, number>;
