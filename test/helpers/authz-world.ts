/**
 * The fixture the authorization matrix runs against: two signed-up users,
 * A and B, and resources that belong to A. Later features extend this with
 * their own rows (imports, exports, …) and reference them from test/authz-matrix.ts.
 */
import crypto from "node:crypto";
import type { SessionUser } from "@/lib/data/session-user";
import { databaseProvider } from "@/lib/db/database-url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { apiRequest, sessionCookieFrom } from "./http";

export interface Actor {
  user: SessionUser;
  /** `name=value` session cookie for requests and actions. */
  cookie: string;
}

export interface AuthzWorld {
  prisma: PrismaClient;
  a: Actor;
  b: Actor;
  /** Visible to both; A has progress on it. */
  builtInDeck: { id: string; cardIds: string[] };
  /** Owned by A (user decks arrive with imports; created directly here). */
  privateDeckA: { id: string; cardIds: string[] };
  /** A second deck of A that a row may delete (the owner replays every request). */
  spareDeckA: { id: string; cardIds: string[] };
  /** A's card state and review log on the built-in deck's first card. */
  cardStateA: { id: string; cardId: string };
  reviewLogA: { id: string; cardId: string };
  /** A's finished optimisation job and the parameter set it produced (better than the defaults). */
  jobA: { id: string };
  parameterSetA: { id: string };
}

type SignupHandler = (req: Request, ctx: unknown) => Promise<Response>;

async function signUp(signup: SignupHandler, email: string): Promise<Actor> {
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email, password: "authz-password-1" } }), undefined);
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const { user } = (await res.json()) as { user: SessionUser };
  return { user, cookie: sessionCookieFrom(res) };
}

async function createDeck(prisma: PrismaClient, ownerId: string | null, slug: string) {
  const id = `deck-${slug}-${crypto.randomUUID().slice(0, 8)}`;
  await prisma.deck.create({ data: { id, slug, title: `${slug} 덱`, builtIn: ownerId === null, ownerId } });
  const cardIds: string[] = [];
  for (let i = 0; i < 2; i++) {
    const cardId = `${id}-card-${i}`;
    await prisma.card.create({
      data: { id: cardId, deckId: id, key: `k${i}`, kind: "qa", prompt: `${slug} 질문 ${i}`, answer: `${slug} 답변 ${i}`, position: i },
    });
    cardIds.push(cardId);
  }
  return { id, cardIds };
}

/** Builds the world; `signup` is the POST handler of app/api/v1/auth/signup/route.ts. */
export async function createAuthzWorld(prisma: PrismaClient, signup: SignupHandler): Promise<AuthzWorld> {
  const a = await signUp(signup, "owner-a@example.com");
  const b = await signUp(signup, "intruder-b@example.com");
  const builtInDeck = await createDeck(prisma, null, "builtin");
  const privateDeckA = await createDeck(prisma, a.user.id, "private-a");
  const spareDeckA = await createDeck(prisma, a.user.id, "spare-a");
  const cardId = builtInDeck.cardIds[0]!;
  const now = new Date();
  const cardStateA = await prisma.cardState.create({
    data: { id: crypto.randomUUID(), userId: a.user.id, cardId, due: now, stability: 1, difficulty: 5, state: 2, reps: 1 },
    select: { id: true, cardId: true },
  });
  const reviewLogA = await prisma.reviewLog.create({
    data: {
      id: crypto.randomUUID(),
      userId: a.user.id,
      cardId,
      rating: 3,
      state: 0,
      due: now,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reviewedAt: now,
    },
    select: { id: true, cardId: true },
  });
  const metrics = { reviews: 500, trainItems: 400, testItems: 100, before: { logLoss: 0.4, rmseBins: 0.08 }, after: { logLoss: 0.35, rmseBins: 0.05 }, better: true };
  const parameterSetA = await prisma.parameterSet.create({
    data: { id: crypto.randomUUID(), userId: a.user.id, w: JSON.stringify(Array.from({ length: 21 }, (_, i) => 0.1 + i / 10)), metrics: JSON.stringify(metrics) },
    select: { id: true },
  });
  const jobA = await prisma.job.create({
    data: { id: crypto.randomUUID(), userId: a.user.id, kind: "optimize", status: "done", progress: 1, result: JSON.stringify({ ...metrics, parameterSetId: parameterSetA.id }) },
    select: { id: true },
  });
  return { prisma, a, b, builtInDeck, privateDeckA, spareDeckA, cardStateA, reviewLogA, jobA, parameterSetA };
}

const VOLATILE_TABLES = new Set(["session", "rate_limit", "verification", "_prisma_migrations"]);

/** Every row of every user-data table, to prove a refused request changed nothing. */
export async function snapshotUserData(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    databaseProvider() === "postgresql"
      ? `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`
      : // Ordinary tables: the search index (FTS5 table and shadow tables, migration 0009) only mirrors card.
        `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    if (VOLATILE_TABLES.has(name)) continue;
    // Sorted here, not by the database: PostgreSQL has no rowid and no stable physical order.
    out[name] = (await prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`)).map(json).sort();
  }
  return JSON.stringify(out);
}
