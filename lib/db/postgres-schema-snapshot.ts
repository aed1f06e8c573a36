import type pg from "pg";

/**
 * A comparable description of a PostgreSQL schema: every table's columns,
 * indexes and constraints, as the catalog reports them (the PostgreSQL
 * counterpart of schema-snapshot.ts). Trigram indexes (`…_trgm_idx`, migration
 * 0009) are left out: Prisma cannot model them. Columns are compared by name, not
 * position: ALTER TABLE … ADD COLUMN appends (Prisma writes several in
 * alphabetical order), so a migrated table's column order need not match a
 * table created from the schema, and nothing reads columns by position.
 */
export async function snapshotPostgresSchema(client: pg.Client): Promise<Record<string, unknown>> {
  const q = async (sql: string) => (await client.query(sql)).rows;
  const columns = await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, datetime_precision
    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
    ORDER BY table_name, column_name`);
  const indexes = await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' AND indexname NOT LIKE '%\\_trgm\\_idx' ORDER BY tablename, indexname`);
  const constraints = await q(`SELECT r.relname AS table_name, c.conname, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
    WHERE n.nspname = current_schema() AND r.relname <> '_prisma_migrations' ORDER BY 1, 2`);
  return { columns, indexes, constraints };
}
