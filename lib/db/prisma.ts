import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseFilePath, ensureDatabaseDir } from "./database-url";
import { applyPragmas } from "./pragmas";

type AdapterFactory = InstanceType<typeof PrismaBetterSQLite3>;

/**
 * Wraps the adapter factory so our pragmas run on the very connection Prisma
 * uses (the factory opens its own better-sqlite3 handle).
 */
function createAdapter(file: string) {
  const factory: AdapterFactory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    async connect() {
      const adapter = await connect();
      applyPragmas((adapter as unknown as { client: Database.Database }).client);
      return adapter;
    },
  });
}

/** Opens a Prisma client on a SQLite file (used by the app singleton and by tests). */
export function createPrismaClient(url?: string): PrismaClient {
  const file = databaseFilePath(url);
  ensureDatabaseDir(file);
  return new PrismaClient({ adapter: createAdapter(file) });
}

const globalForPrisma = globalThis as unknown as { rehearsePrisma?: PrismaClient };

/** The app's single client; reused across hot reloads in development. */
export const prisma: PrismaClient = globalForPrisma.rehearsePrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.rehearsePrisma = prisma;
