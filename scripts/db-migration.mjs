// Writes a schema migration for both databases from the one data model.
//
//   npm run db:migration -- <name> --from <old schema.prisma>
//       After editing prisma/schema.prisma (copy it first, see README):
//       prisma/migrations/NNNN_<name>/migration.sql              (SQLite)
//       prisma/postgresql/migrations/NNNN_<name>/migration.sql   (PostgreSQL)
//       and regenerates prisma/postgresql/schema.prisma + both clients.
//
//   npm run db:migration -- --postgresql [<name>]
//       Only the PostgreSQL side: after merging a branch that changed
//       prisma/schema.prisma and committed its SQLite migration. Diffs the
//       committed prisma/postgresql/schema.prisma (what the PostgreSQL
//       migrations produce) against the one generated now; the folder is named
//       after the newest SQLite migration unless <name> is given.
//
// `prisma migrate diff` needs a PostgreSQL server to write PostgreSQL SQL
// (its offline engine talks through the driver adapter); with no
// postgresql:// DATABASE_URL set, a throwaway cluster is started and removed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PG_MIGRATIONS, PG_SCHEMA, ROOT, SQLITE_MIGRATIONS, SQLITE_SCHEMA, generatePostgresSchema } from "./db-schema.mjs";
import { findPostgresBin, startPostgresCluster } from "./pg-cluster.mjs";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: "string" },
    postgresql: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PG_PORT || "5499" },
  },
});
const prismaBin = path.join(ROOT, "node_modules", ".bin", "prisma");
const abs = (p) => path.join(ROOT, p);
const listDirs = (dir) =>
  fs.existsSync(abs(dir)) ? fs.readdirSync(abs(dir)).filter((n) => fs.existsSync(path.join(abs(dir), n, "migration.sql"))).sort() : [];
const nextNumber = () => {
  const max = Math.max(0, ...[...listDirs(SQLITE_MIGRATIONS), ...listDirs(PG_MIGRATIONS)].map((n) => parseInt(n, 10) || 0));
  return String(max + 1).padStart(4, "0");
};
const fail = (msg) => {
  console.error(`[db:migration] ${msg}`);
  process.exit(1);
};

function diff(config, from, to, env = {}) {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  return execFileSync(prismaBin, ["migrate", "diff", "--config", config, ...fromArgs, "--to-schema-datamodel", to, "--script"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function writeMigration(dir, name, sql) {
  const folder = path.join(abs(dir), name);
  if (fs.existsSync(folder)) fail(`${path.join(dir, name)} already exists`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`[db:migration] wrote ${path.join(dir, name, "migration.sql")}`);
}

const newPgSchema = generatePostgresSchema();
const oldPgSchema = fs.existsSync(abs(PG_SCHEMA)) ? fs.readFileSync(abs(PG_SCHEMA), "utf8") : null;
let name;
if (args.postgresql) {
  if (oldPgSchema === newPgSchema) {
    console.log(`[db:migration] ${PG_SCHEMA} already matches ${SQLITE_SCHEMA}: nothing to write`);
    process.exit(0);
  }
  const given = positionals[0];
  name = given ? (/^\d{4}_/.test(given) ? given : `${nextNumber()}_${given}`) : listDirs(SQLITE_MIGRATIONS).at(-1);
  if (!name || listDirs(PG_MIGRATIONS).includes(name)) fail(`name the PostgreSQL migration: npm run db:migration -- --postgresql <name>`);
} else {
  if (!positionals[0] || !args.from) fail("usage: npm run db:migration -- <name> --from <old schema.prisma>  (or --postgresql [<name>])");
  name = `${nextNumber()}_${positionals[0]}`;
  // (the CLI's engine opens the configured SQLite file; a fresh clone has no data/ folder, so diff beside a scratch file)
  const scratch = process.env.DATABASE_URL?.startsWith("file:") ? {} : { DATABASE_URL: `file:${path.join(os.tmpdir(), `rehearse-diff-${process.pid}.db`)}` };
  const sql = diff("prisma.config.ts", args.from, SQLITE_SCHEMA, scratch);
  if (scratch.DATABASE_URL) fs.rmSync(scratch.DATABASE_URL.slice("file:".length), { force: true });
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) fail(`${args.from} and ${SQLITE_SCHEMA} describe the same schema: nothing to migrate`);
  writeMigration(SQLITE_MIGRATIONS, name, sql);
}

// The PostgreSQL side: committed generated schema → freshly generated schema.
let cluster = null;
let pgUrl = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(pgUrl)) {
  if (!findPostgresBin()) fail("PostgreSQL binaries (initdb, pg_ctl) are needed to write PostgreSQL SQL: apt-get install postgresql");
  cluster = await startPostgresCluster({ port: Number(args.port) });
  pgUrl = cluster.adminUrl;
}
try {
  // The CLI wants the config's own schema file in place (else it falls back
  // to downloading an engine), so the new schema goes there first.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-schema-"));
  let from = null;
  if (oldPgSchema !== null) {
    from = path.join(tmp, "old.prisma");
    fs.writeFileSync(from, oldPgSchema);
  }
  fs.mkdirSync(path.dirname(abs(PG_SCHEMA)), { recursive: true });
  fs.writeFileSync(abs(PG_SCHEMA), newPgSchema);
  let sql;
  try {
    sql = diff("prisma.postgresql.config.ts", from, PG_SCHEMA, { DATABASE_URL: pgUrl });
  } catch (err) {
    if (oldPgSchema === null) fs.rmSync(abs(PG_SCHEMA));
    else fs.writeFileSync(abs(PG_SCHEMA), oldPgSchema);
    throw err;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  writeMigration(PG_MIGRATIONS, name, sql);
  fs.writeFileSync(
    path.join(abs(PG_MIGRATIONS), "migration_lock.toml"),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  console.log(`[db:migration] wrote ${PG_SCHEMA}`);
} finally {
  cluster?.stop();
}
for (const config of ["prisma.config.ts", "prisma.postgresql.config.ts"]) {
  execFileSync(prismaBin, ["generate", "--config", config], { cwd: ROOT, stdio: "inherit" });
}
