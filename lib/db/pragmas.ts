import type Database from "better-sqlite3";

/**
 * Durability settings for every connection we open. better-sqlite3 is built
 * with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so a WAL database silently runs at
 * synchronous=NORMAL unless each connection asks for FULL again: a grade that
 * was acknowledged must survive a power cut.
 */
export function applyPragmas(db: Database.Database): void {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
}
