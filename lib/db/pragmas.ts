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
  // Up to 64 MiB of pages per connection (SQLite's default is 2 MiB): at 100,000 cards the
  // study queries revisit the same few MiB of index pages on every request, and each page
  // read back from the OS costs a system call (bench/README.md, "counters at scale").
  // Grows only as pages are read, so a small database stays small in memory.
  db.pragma("cache_size = -65536");
}
