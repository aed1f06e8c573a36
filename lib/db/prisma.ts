import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseFilePath, databaseProvider, ensureDatabaseDir, resolveDatabaseUrl } from "./database-url";
import { applyPragmas } from "./pragmas";

type AdapterFactory = InstanceType<typeof PrismaBetterSQLite3>;

/**
 * Wraps the adapter factory so our pragmas run on the very connection Prisma
 * uses (the factory opens its own better-sqlite3 handle).
 */
function createAdapter(file: string, onConnect: (db: Database.Database) => void) {
  const factory: AdapterFactory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    async connect() {
      const adapter = await connect();
      const db = (adapter as unknown as { client: Database.Database }).client;
      applyPragmas(db);
      onConnect(db);
      return adapter;
    },
  });
}

const sqliteHandles = new WeakMap<PrismaClient, { db: Database.Database | null }>();

/**
 * The better-sqlite3 connection under a client, once Prisma has opened it
 * (null before, and for a client on another database). For the few
 * hand-written prepared statements on hot paths (lib/auth/session-fast-path.ts).
 */
export function sqliteHandleOf(client: PrismaClient): Database.Database | null {
  const db = sqliteHandles.get(client)?.db ?? null;
  return db?.open ? db : null;
}

/**
 * Opens a Prisma client on `url` (the app singleton and tests use it). The
 * URL's scheme picks the generated client and driver adapter; both clients
 * come from one data model (prisma/schema.prisma → scripts/db-schema.mjs), so
 * the PostgreSQL one is typed as the SQLite one and the rest of the app has
 * a single code path.
 */
export function createPrismaClient(url = resolveDatabaseUrl()): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    const poolSize = Number(process.env.DATABASE_POOL_SIZE) || 10;
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
    return client as unknown as PrismaClient;
  }
  const file = databaseFilePath(url);
  ensureDatabaseDir(file);
  const handle: { db: Database.Database | null } = { db: null };
  const client = new PrismaClient({ adapter: createAdapter(file, (db) => (handle.db = db)) });
  sqliteHandles.set(client, handle);
  return client;
}

const globalForPrisma = globalThis as unknown as { rehearsePrisma?: PrismaClient };

/** The app's single client; reused across hot reloads in development. */
export const prisma: PrismaClient = globalForPrisma.rehearsePrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.rehearsePrisma = prisma;
