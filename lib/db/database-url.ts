import fs from "node:fs";
import path from "node:path";

/** The embedded default: a SQLite file under ./data, relative to the working directory. */
export const DEFAULT_DATABASE_URL = "file:./data/rehearse.db";

/** Resolves `DATABASE_URL` (only `file:` URLs are supported) to a filesystem path. */
export function databaseFilePath(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
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
