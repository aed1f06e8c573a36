// One source of truth for the data model: prisma/schema.prisma (SQLite).
// PostgreSQL needs its own schema file (Prisma allows no env() in
// `provider`), so it is generated from that one by a fixed set of rewrites:
//
//   - datasource provider "sqlite" → "postgresql"
//   - generator output → lib/generated/prisma-postgresql (a second client)
//   - every DateTime field → @db.Timestamptz(3) (instants with a time zone;
//     SQLite keeps ISO text)
//
// Booleans become PostgreSQL `boolean` (SQLite: INTEGER 0/1) and JSON
// payloads stay `text` in both (String fields holding JSON; the model is
// shared, so no provider-only Json type). Never edit the generated file;
// `npm run db:migration` rewrites it (see README "Changing the schema").
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const PG_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");
export const SQLITE_MIGRATIONS = path.join("prisma", "migrations");
export const PG_MIGRATIONS = path.join("prisma", "postgresql", "migrations");

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/db-schema.mjs: do not edit.
// Change prisma/schema.prisma and run \`npm run db:migration -- <name>\` (README "Changing the schema").
`;

/** The PostgreSQL schema text for a SQLite schema text. */
export function toPostgresSchema(source) {
  let out = source;
  const provider = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  if (!provider.test(out)) throw new Error('schema.prisma: datasource provider "sqlite" not found');
  out = out.replace(provider, '$1"postgresql"');
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;
  if (!output.test(out)) throw new Error('schema.prisma: generator output "../lib/generated/prisma" not found');
  out = out.replace(output, '$1"../../lib/generated/prisma-postgresql"');
  // A field line: name, type DateTime or DateTime?, then attributes. Add the
  // native type unless the field already names one.
  out = out.replace(/^(\s+\w+\s+DateTime\??)([^\n]*)$/gm, (line, head, rest) => {
    if (/@db\./.test(rest)) return line;
    const [attrs, comment] = splitComment(rest);
    return `${head}${attrs.replace(/\s+$/, "")} @db.Timestamptz(3)${comment ? ` ${comment}` : ""}`;
  });
  return HEADER + out;
}

function splitComment(rest) {
  const i = rest.indexOf("//");
  return i < 0 ? [rest, ""] : [rest.slice(0, i), rest.slice(i).trim()];
}

/** Reads prisma/schema.prisma and returns the PostgreSQL schema it implies. */
export function generatePostgresSchema(root = ROOT) {
  return toPostgresSchema(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
}

// `node scripts/db-schema.mjs --check` fails when the committed file drifted;
// without flags it rewrites it.
if (import.meta.url === `file://${process.argv[1]}`) {
  const want = generatePostgresSchema();
  const file = path.join(ROOT, PG_SCHEMA);
  const have = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (have !== want) {
      console.error(`${PG_SCHEMA} is out of date with ${SQLITE_SCHEMA}: run \`npm run db:migration -- --postgresql\``);
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, want);
    console.log(`wrote ${PG_SCHEMA}`);
  }
}
