import type Database from "better-sqlite3";

/**
 * A comparable description of a SQLite schema: every table's columns, indexes
 * and foreign keys, as SQLite itself reports them.
 */
export function snapshotSchema(db: Database.Database): Record<string, unknown> {
  const tables = db
    // Ordinary tables only: the full-text index (an FTS5 virtual table and its shadow tables,
    // migration 0009) is not something Prisma models, so it is not part of the comparison.
    .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`)
    .all() as { name: string }[];
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    const q = (pragma: string) => db.prepare(`PRAGMA ${pragma}("${name.replace(/"/g, '""')}")`).all();
    const indexes = (q("index_list") as { name: string; unique: number; partial: number }[])
      .map((ix) => ({
        name: ix.name,
        unique: ix.unique,
        partial: ix.partial,
        columns: (db.prepare(`PRAGMA index_info("${ix.name}")`).all() as { name: string }[]).map((c) => c.name),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    out[name] = { columns: q("table_info"), indexes, foreignKeys: q("foreign_key_list") };
  }
  return out;
}
