import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, routeContext, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

// proxy.ts no longer runs for /api/* (its cost showed in every API request's
// profile, bench/README.md), so each state-changing API handler must refuse a
// foreign or missing Origin on its own. Every route.ts under app/api is found
// and every non-GET method is called, signed in, from the wrong origin.
const ROOT = path.resolve(__dirname, "..");
const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"];
type Handler = (req: Request, ctx: unknown) => Promise<Response>;

function discover(): { file: string; method: string; url: string }[] {
  const files = (fs.readdirSync(path.join(ROOT, "app/api"), { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts");
  return files.sort().flatMap((f) => {
    const file = path.posix.join("app/api", f.split(path.sep).join("/"));
    const src = fs.readFileSync(path.join(ROOT, file), "utf8");
    const methods = [...src.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+([A-Z]+)\b/g)].map((m) => m[1]!);
    const url = file.replace(/^app/, "").replace(/\/route\.ts$/, "").replace(/\[(?:\.\.\.)?\w+\]/g, "x");
    return methods.filter((m) => STATE_CHANGING.includes(m)).map((method) => ({ file, method, url }));
  });
}

let db: TestDb;
let cookie = "";
beforeAll(async () => {
  db = await useAppTestDb();
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  const signup = (await import("@/app/api/v1/auth/signup/route")).POST as Handler;
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: "csrf-no-proxy@example.com", password: "correct horse 1" } }), undefined);
  cookie = sessionCookieFrom(res);
});
afterAll(() => db.cleanup());

describe("every state-changing API handler checks Origin itself", () => {
  const cases = discover();
  it("finds the API's state-changing handlers", () => {
    expect(cases.map((c) => `${c.method} ${c.url}`)).toContain("POST /api/v1/reviews");
  });
  it.each(cases.map((c) => [`${c.method} ${c.url}`, c] as const))("%s: 403 csrf from a foreign or missing Origin", async (_name, c) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, c.file))) as Record<string, Handler>;
    for (const origin of ["http://evil.example", null]) {
      const res = await mod[c.method]!(apiRequest(c.url, { method: c.method, body: {}, cookie, origin }), routeContext({ id: "x" }));
      expect(res.status, `${c.method} ${c.url} from ${origin ?? "no Origin"}`).toBe(403);
      expect((await res.json()).error.code).toBe("csrf");
    }
  });
});
