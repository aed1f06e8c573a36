// Database helpers shared by the benchmark, the crash test and the
// two-instance test: the same questions asked of a SQLite file or a
// PostgreSQL database (quoted identifiers: PostgreSQL folds unquoted names).
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url);

/** Rows of one query; `?` placeholders on SQLite, `$1…` on PostgreSQL. */
export async function queryRows(url, sql, params = []) {
  if (!isPostgresUrl(url)) {
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      return db.prepare(sql).all(...params);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Ids of the live built-in cards (the bench and crash test grade them). */
/** Built-in topic cards to grade (a follow-up is refused until its topic passes). */
export async function builtInCardIds(url, limit = 100_000) {
  const rows = await queryRows(
    url,
    isPostgresUrl(url)
      ? `SELECT c.id FROM card c JOIN deck d ON d.id = c."deckId" WHERE d."builtIn" AND c."archivedAt" IS NULL AND c."parentId" IS NULL ORDER BY c.id LIMIT ${Number(limit)}`
      : `SELECT c.id FROM card c JOIN deck d ON d.id = c.deckId WHERE d.builtIn = 1 AND c.archivedAt IS NULL AND c.parentId IS NULL ORDER BY c.id LIMIT ${Number(limit)}`,
  );
  return rows.map((r) => r.id);
}

async function admin(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh empty database on the cluster of `adminUrl`; returns its URL. */
export async function createPostgresDatabase(adminUrl, prefix = "bench") {
  const name = `${prefix}_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await admin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by createPostgresDatabase (closing its connections). */
export async function dropPostgresDatabase(adminUrl, url) {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z]+_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
