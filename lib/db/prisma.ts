import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseFilePath, databaseProvider, ensureDatabaseDir, resolveDatabaseUrl } from "./database-url";
import { applyPragmas } from "./pragmas";
import { TransactionGate } from "./transaction-gate";

type AdapterFactory = InstanceType<typeof PrismaBetterSQLite3>;

/**
 * Wraps the adapter factory so our pragmas run on the very connection Prisma
 * uses (the factory opens its own better-sqlite3 handle).
 */
function createAdapter(file: string, gate: TransactionGate, onConnect: (db: Database.Database) => void) {
  const factory: AdapterFactory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    async connect() {
      const adapter = await connect();
      const db = (adapter as unknown as { client: Database.Database }).client;
      applyPragmas(db);
      onConnect(db);
      return gateAdapter(adapter, gate);
    },
  });
}

type SqliteAdapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type SqliteTransaction = Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;

/**
 * Plain queries wait while a transaction is open (see TransactionGate). The adapter's
 * queries run synchronously once called, so nothing slips in between the wait and the
 * statement; the transaction's own queries go through its own object, not these.
 */
function gateAdapter(adapter: SqliteAdapter, gate: TransactionGate): SqliteAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  return Object.assign(adapter, {
    async queryRaw(query: Parameters<SqliteAdapter["queryRaw"]>[0]) {
      if (!gate.isOpen) await gate.whenOpen();
      return queryRaw(query);
    },
    async executeRaw(query: Parameters<SqliteAdapter["executeRaw"]>[0]) {
      if (!gate.isOpen) await gate.whenOpen();
      return executeRaw(query);
    },
    async executeScript(script: string) {
      if (!gate.isOpen) await gate.whenOpen();
      return executeScript(script);
    },
    async startTransaction(isolationLevel?: Parameters<SqliteAdapter["startTransaction"]>[0]): Promise<SqliteTransaction> {
      const release = await gate.close();
      try {
        const tx = await startTransaction(isolationLevel);
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        return Object.assign(tx, {
          commit: () => commit().finally(release),
          rollback: () => rollback().finally(release),
        });
      } catch (err) {
        release();
        throw err;
      }
    },
  });
}

const sqliteHandles = new WeakMap<PrismaClient, { db: Database.Database | null; gate: TransactionGate }>();

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
 * The SQLite connection once no transaction holds it, for a synchronous prepared
 * statement or a synchronous better-sqlite3 transaction: call it and use the handle
 * before the next `await`, or another request's transaction may have begun. Null
 * before Prisma opened the connection and on PostgreSQL.
 */
export async function idleSqliteHandleOf(client: PrismaClient): Promise<Database.Database | null> {
  const entry = sqliteHandles.get(client);
  if (!entry?.db?.open) return null;
  if (!entry.gate.isOpen) await entry.gate.whenOpen();
  return entry.db.open ? entry.db : null;
}

/**
 * Opens a Prisma client on `url` (the app singleton and tests use it). The
 * URL's scheme picks the generated client and driver adapter; both clients
 * come from one data model (prisma/schema.prisma → scripts/db-schema.mjs), so
 * the PostgreSQL one is typed as the SQLite one and the rest of the app has
 * a single code path.
 */
export function createPrismaClient(url = resolveDatabaseUrl(), options: { log?: Prisma.LogDefinition[] } = {}): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    const poolSize = Number(process.env.DATABASE_POOL_SIZE) || 10;
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
    return client as unknown as PrismaClient;
  }
  const file = databaseFilePath(url);
  ensureDatabaseDir(file);
  const handle: { db: Database.Database | null; gate: TransactionGate } = { db: null, gate: new TransactionGate() };
  const client = new PrismaClient({ adapter: createAdapter(file, handle.gate, (db) => (handle.db = db)), ...options });
  sqliteHandles.set(client, handle);
  return client;
}

const globalForPrisma = globalThis as unknown as { rehearsePrisma?: PrismaClient };

/** The app's single client; reused across hot reloads in development. */
export const prisma: PrismaClient = globalForPrisma.rehearsePrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.rehearsePrisma = prisma;
