// Prisma CLI config for the generated PostgreSQL schema (see prisma.config.ts
// and scripts/db-schema.mjs). The adapter is never connected by `generate`
// or `migrate diff --from-schema-datamodel`; it only keeps the CLI on its
// bundled WebAssembly engine (no download).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// schema.prisma reads env("DATABASE_URL"); a PostgreSQL schema needs a postgresql:// value to validate.
if (!/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "")) process.env.DATABASE_URL = "postgresql://localhost:5432/rehearse";
const connectionString = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgresql", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString });
  },
});
