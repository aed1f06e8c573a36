import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionCase, type RouteCase, actionCases, routeCases } from "./authz-matrix";
import { type AuthzWorld, createAuthzWorld, snapshotUserData } from "./helpers/authz-world";
import { apiRequest, routeContext } from "./helpers/http";
import { mockNextRequestScope, setActionRequest } from "./helpers/next-request";
import { type TestDb, useAppTestDb } from "./helpers/test-db";

const ROOT = path.resolve(__dirname, "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function listFiles(dir: string, name: string): string[] {
  return (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => path.basename(f) === name)
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")))
    .sort();
}

/** Every `METHOD` exported by every route.ts under app/api. */
function discoverRoutes(): string[] {
  return listFiles("app/api", "route.ts").flatMap((file) => {
    const src = fs.readFileSync(path.join(ROOT, file), "utf8");
    const found = [...src.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+([A-Z]+)\b/g)].map((m) => m[1]!);
    return found.filter((m) => METHODS.includes(m)).map((m) => `${m} ${file}`);
  });
}

/** Every export of every actions.ts under app/. */
function discoverActions(): string[] {
  return listFiles("app", "actions.ts").flatMap((file) => {
    const src = fs.readFileSync(path.join(ROOT, file), "utf8");
    return [...src.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+(\w+)/g)].map((m) => `${m[1]} ${file}`);
  });
}

const routeKey = (c: RouteCase) => `${c.method} ${c.route}`;
const actionKey = (c: ActionCase) => `${c.name} ${c.file}`;

function urlFor(route: string, params: Record<string, string> = {}, search = ""): string {
  const segments = route.replace(/^app/, "").replace(/\/route\.ts$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s));
  const pathname = segments.map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, (_m, k: string) => encodeURIComponent(params[k] ?? `missing-${k}`))).join("/");
  return `${pathname}${search ? `?${search}` : ""}`;
}

describe("the matrix covers the code", () => {
  it("every route method has a row, and every row a route", () => {
    const inCode = discoverRoutes();
    const inMatrix = routeCases.map(routeKey);
    expect(inCode.filter((k) => !inMatrix.includes(k)), "routes without a row in test/authz-matrix.ts").toEqual([]);
    expect(inMatrix.filter((k) => !inCode.includes(k)), "rows for routes that no longer exist").toEqual([]);
    expect(new Set(inMatrix).size).toBe(inMatrix.length);
  });

  it("every server action has a row, and every row an action", () => {
    const inCode = discoverActions();
    const inMatrix = actionCases.map(actionKey);
    expect(inCode.filter((k) => !inMatrix.includes(k)), "actions without a row in test/authz-matrix.ts").toEqual([]);
    expect(inMatrix.filter((k) => !inCode.includes(k)), "rows for actions that no longer exist").toEqual([]);
  });

  it("every row either exercises user B or says why it is exempt", () => {
    for (const c of [...routeCases, ...actionCases]) expect(Boolean(c.asB) !== Boolean(c.exempt), JSON.stringify(c)).toBe(true);
  });
});

describe("user B against user A's resources", () => {
  let db: TestDb;
  let world: AuthzWorld;

  beforeAll(async () => {
    db = await useAppTestDb();
    process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
    mockNextRequestScope();
    const { POST } = await import("@/app/api/v1/auth/signup/route");
    world = await createAuthzWorld(db.prisma, POST as (req: Request, ctx: unknown) => Promise<Response>);
  });
  afterAll(() => db.cleanup());

  const call = async (c: RouteCase, cookie: string) => {
    const mod = (await import(path.join(ROOT, c.route))) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
    const { params, body, search } = c.asB!(world);
    const req = apiRequest(urlFor(c.route, params, search), { method: c.method, cookie, ...(body === undefined ? {} : { body }) });
    return mod[c.method]!(req, routeContext(params));
  };

  for (const c of routeCases.filter((r) => r.asB)) {
    it(`${routeKey(c)} → ${c.expect ?? 404} for B, nothing changed`, async () => {
      const before = await snapshotUserData(db.prisma);
      const res = await call(c, world.b.cookie);
      const text = await res.text();
      expect(res.status, text).toBe(c.expect ?? 404);
      if ((c.expect ?? 404) === 404) expect(JSON.parse(text).error.code).toBe("not_found");
      for (const secret of c.mustNotLeak?.(world) ?? []) expect(text).not.toContain(secret);
      expect(await snapshotUserData(db.prisma)).toBe(before);
      // The same request by the owner reaches the resource.
      const owner = await call(c, world.a.cookie);
      expect(owner.status).toBe(c.ownerStatus ?? 200);
      for (const secret of c.mustNotLeak?.(world) ?? []) if (c.expect === 200 && secret !== world.a.user.email) expect(await owner.text()).toContain(secret);
    });
  }

  for (const c of actionCases.filter((a) => a.asB)) {
    it(`${actionKey(c)} → not_found for B, nothing changed`, async () => {
      const mod = (await import(path.join(ROOT, c.file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const before = await snapshotUserData(db.prisma);
      setActionRequest({ cookie: world.b.cookie });
      expect(await mod[c.name]!(...c.asB!(world))).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshotUserData(db.prisma)).toBe(before);
      if (c.ownerSucceeds !== false) {
        setActionRequest({ cookie: world.a.cookie });
        expect(await mod[c.name]!(...c.asB!(world))).toMatchObject({ ok: true });
      }
    });
  }
});
