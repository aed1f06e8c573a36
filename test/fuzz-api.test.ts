// Property test: every API route answers arbitrary input with a 2xx or 4xx,
// never a 5xx. Handlers are called directly, signed in, with a same-origin
// Origin header, so requests get past auth and CSRF into body validation.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, routeContext, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;
interface Route {
  /** e.g. "/api/v1/decks/[id]" */
  pattern: string;
  method: string;
  handler: Handler;
}

const API_DIR = path.resolve(__dirname, "..", "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
// Logging out would end the session the other routes need; it gets its own below.
const LAST = new Set(["/api/v1/auth/logout"]);
const RUNS = 12;

let db: TestDb;
let cookie = "";
let cardId = "";
let deckId = "";
const routes: Route[] = [];

function routeFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === "route.ts")
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

beforeAll(async () => {
  db = await useAppTestDb();
  process.env.AUTH_RATE_LIMIT_PER_IP = "100000";
  // Built-in decks give the fuzzer real ids to mix in, so it also reaches past "not found".
  const { syncBuiltInDecks } = await import("@/lib/content/sync-built-in-decks");
  await syncBuiltInDecks(db.prisma, new Date());
  const card = await db.prisma.card.findFirst({ select: { id: true, deckId: true } });
  cardId = card?.id ?? "no-card";
  deckId = card?.deckId ?? "no-deck";

  for (const file of routeFiles(API_DIR)) {
    const pattern = "/api" + path.dirname(path.relative(API_DIR, file)).split(path.sep).map((s) => `/${s}`).join("");
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof mod[method] === "function") routes.push({ pattern, method, handler: mod[method] as Handler });
  }
  const signup = routes.find((r) => r.pattern === "/api/v1/auth/signup" && r.method === "POST")!.handler;
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: "fuzz@example.com", password: "fuzz-Passw0rd!-long" } }), undefined);
  expect(res.status).toBe(201);
  cookie = sessionCookieFrom(res);
}, 60_000);
afterAll(() => db?.cleanup());

/** Keys the routes actually read, so objects are sometimes half-valid. */
const key = fc.constantFrom("id", "cardId", "rating", "durationMs", "version", "email", "password", "timezone", "title", "description", "desiredRetention", "newPerDay", "markdown", "suspended", "archived", "deckId", "slug", "tags", "transcript", "source", "__proto__", "constructor");
const realish = fc.oneof(fc.uuid().map(String), fc.constant(cardId), fc.constant(deckId), fc.integer({ min: -5, max: 10 }), fc.double(), fc.constantFrom(null, true, false, "", "Asia/Seoul", "x@example.com", "1".repeat(5000), "speech", "typed", "음 신을 보내고 애크를 받습니다"));
const value = fc.oneof(realish, fc.jsonValue({ maxDepth: 3 }));
const jsonBody = fc.oneof(
  fc.dictionary(key, value, { maxKeys: 6 }).map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }), // not JSON at all
  fc.constantFrom("", "{", "[]", "null", '{"a":' + "[".repeat(5000) + "]".repeat(5000) + "}", "\u0000", '{"rating":1e309}'),
);
const segment = fc.oneof(fc.constant(cardId), fc.constant(deckId), fc.string({ maxLength: 40 }), fc.constantFrom("..", "%00", "../../etc/passwd", "a".repeat(500)));
const query = fc.dictionary(fc.constantFrom("deck", "ahead", "q", "page", "limit", "cursor", "kind", "status", "sort", "format"), fc.oneof(fc.string({ maxLength: 30 }), realish.map(String)), { maxKeys: 4 });
const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "multipart/form-data; boundary=x", null);

async function call(route: Route, body: string, param: string, q: Record<string, string>, type: string | null, sessionCookie = cookie) {
  const pathname = route.pattern.replace(/\[(\w+)\]/g, () => encodeURIComponent(param));
  const search = new URLSearchParams(q).toString();
  const hasBody = route.method !== "GET";
  const req = apiRequest(`${pathname}${search ? `?${search}` : ""}`, {
    method: route.method,
    cookie: sessionCookie,
    ...(hasBody ? { body, contentType: type } : {}),
  });
  const params = Object.fromEntries([...route.pattern.matchAll(/\[(\w+)\]/g)].map((m) => [m[1]!, param]));
  const res = await route.handler(req, routeContext(params));
  await res.arrayBuffer();
  return res.status;
}

describe("API (fuzz): arbitrary input never causes a 5xx", () => {
  it("found the routes", () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it("every route except logout", async () => {
    for (const route of routes.filter((r) => !LAST.has(r.pattern))) {
      await fc.assert(
        fc.asyncProperty(jsonBody, segment, query, contentType, async (body, param, q, type) => {
          const status = await call(route, body, param, q, type);
          if (status >= 500) throw new Error(`${route.method} ${route.pattern} → ${status}`);
        }),
        { numRuns: RUNS },
      );
    }
  }, 60_000);

  it("logout, last: it ends the shared session", async () => {
    for (const route of routes.filter((r) => LAST.has(r.pattern))) {
      await fc.assert(
        fc.asyncProperty(jsonBody, contentType, fc.boolean(), async (body, type, signedIn) => {
          const status = await call(route, body, "", {}, type, signedIn ? cookie : "");
          if (status >= 500) throw new Error(`${route.method} ${route.pattern} → ${status}`);
        }),
        { numRuns: RUNS },
      );
    }
  });
});
