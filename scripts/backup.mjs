// `npm run backup [-- <file>]`: a consistent copy of the database while the
// app keeps running.
//   SQLite (the default data/rehearse.db): VACUUM INTO a new file, a
//   transactionally consistent, compacted snapshot; then checks it with
//   integrity_check. Default target data/backups/rehearse-<UTC time>.db.
//   PostgreSQL: runs pg_dump (custom format; restore with pg_restore).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const DEFAULT_URL = "file:./data/rehearse.db";

/** Copies the SQLite database at `url` into `dest` (which must not exist); returns its table row counts. */
export function backupSqlite(url, dest) {
  const file = path.resolve(url.slice("file:".length).split("?")[0]);
  if (!fs.existsSync(file)) throw new Error(`no database at ${file}`);
  if (fs.existsSync(dest)) throw new Error(`${dest} already exists`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const db = new Database(file, { readonly: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.prepare("VACUUM INTO ?").run(dest);
  } finally {
    db.close();
  }
  const copy = new Database(dest, { readonly: true });
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`backup failed integrity_check: ${integrity}`);
    const tables = copy.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
    return Object.fromEntries(tables.map(({ name }) => [name, copy.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get().n]));
  } finally {
    copy.close();
  }
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_URL;
  const target = process.argv[2];
  if (/^postgres(ql)?:\/\//.test(url)) {
    const dest = path.resolve(target ?? path.join("data", "backups", `rehearse-${stamp()}.dump`));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    const res = spawnSync("pg_dump", ["--format=custom", `--file=${dest}`, url], { stdio: "inherit" });
    if (res.error) {
      console.error("[backup] pg_dump not found: install the PostgreSQL client tools (Debian: postgresql-client)");
      process.exit(1);
    }
    if (res.status !== 0) process.exit(res.status ?? 1);
    console.log(`[backup] ${dest} (pg_dump custom format; restore with pg_restore --dbname=<url> ${path.basename(dest)})`);
  } else {
    const dest = path.resolve(target ?? path.join("data", "backups", `rehearse-${stamp()}.db`));
    try {
      const counts = backupSqlite(url, dest);
      console.log(`[backup] ${dest}: integrity ok; ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(", ")}`);
    } catch (err) {
      console.error(`[backup] ${err.message}`);
      process.exit(1);
    }
  }
}
