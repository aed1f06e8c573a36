/**
 * Throwaway PostgreSQL databases for the PostgreSQL run of the suite.
 * `npm test` starts a cluster (scripts/pg-cluster.mjs) and passes its admin
 * URL as REHEARSE_TEST_POSTGRES_URL; every test file, and every createTestDb()
 * inside one, then gets its own freshly migrated database.
 */
import crypto from "node:crypto";
import pg from "pg";

/** The cluster's admin URL when this run targets PostgreSQL, else undefined. */
export function testPostgresAdminUrl(): string | undefined {
  return process.env.REHEARSE_TEST_POSTGRES_URL?.trim() || undefined;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresAdminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the test cluster and returns its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const base = testPostgresAdminUrl();
  if (!base) throw new Error("REHEARSE_TEST_POSTGRES_URL is not set");
  const name = `rt_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by createPostgresDatabase, closing what still holds it. */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^rt_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
