import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The checksum both runners store for a migration (sha256 of its SQL, as `prisma migrate` does). */
export function migrationChecksum(sql: string): string {
  return crypto.createHash("sha256").update(sql).digest("hex");
}

/**
 * The applied migrations whose file no longer matches what ran. A committed migration
 * never changes; one that did (an edit after it ran, a merge that rewrote it) leaves
 * databases that ran the old text different from new ones, silently.
 */
export function changedMigrations(applied: readonly { migration_name: string; checksum: string }[], dir: string): string[] {
  return applied
    .filter((m) => {
      const file = path.join(dir, m.migration_name, "migration.sql");
      return fs.existsSync(/*turbopackIgnore: true*/ file) && migrationChecksum(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")) !== m.checksum;
    })
    .map((m) => m.migration_name);
}

/** Says so on the server's log, once per start: the database keeps working. */
export function warnChangedMigrations(names: readonly string[]): void {
  for (const name of names) {
    console.warn(`[rehearse] migration ${name} was changed after it was applied to this database; its new text did not run here.`);
  }
}
