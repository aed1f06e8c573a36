// Prisma CLI config. `engine: "js"` + a driver adapter makes the CLI use its
// bundled WebAssembly engine instead of downloading a native schema engine,
// which cannot be fetched offline (see README).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The CLI resolves env("DATABASE_URL") in schema.prisma; without it, it falls
// back to downloading a native engine, so always provide the default here.
process.env.DATABASE_URL ??= "file:./data/rehearse.db";
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url });
  },
});
