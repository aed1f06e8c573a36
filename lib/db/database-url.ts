import fs from "node:fs";
import path from "node:path";

/** The embedded default: a SQLite file under ./data, relative to the working directory. */
export const DEFAULT_DATABASE_URL = "file:./data/rehearse.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** `DATABASE_URL`, or the embedded SQLite default when unset. */
export function resolveDatabaseUrl(url = process.env.DATABASE_URL): string {
  return url?.trim() || DEFAULT_DATABASE_URL;
}

/**
 * Which database a URL names, from its scheme alone: `file:` is SQLite,
 * `postgresql://` / `postgres://` is PostgreSQL. Schema, client, adapter and
 * migrations all follow from this one choice.
 */
export function databaseProvider(url = resolveDatabaseUrl()): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgresql:// URL, got "${url.split(":")[0]}:…"`);
}

/** Resolves a SQLite `file:` URL to a filesystem path. */
export function databaseFilePath(url = resolveDatabaseUrl()): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL, got "${url.split(":")[0]}:…"`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === ":memory:") return raw;
  return path.resolve(/*turbopackIgnore: true*/ raw);
}

/** Creates the database's folder so a fresh clone starts without manual steps. */
export function ensureDatabaseDir(file: string): void {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
}
