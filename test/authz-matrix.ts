/**
 * The authorization matrix: one row per API route method and per server
 * action. test/authz.test.ts finds every `app/api/**\/route.ts` export and
 * every export of an `app/**\/actions.ts`, and fails when one has no row here,
 * so a new route or action must say how user B is kept out of user A's data.
 *
 * A row either
 *  - names the request user B makes against A's resources (`asB`): B must get
 *    404 (never 403) and no user-data row may change; A making the same
 *    request gets `ownerStatus` / `ok: true`, which proves the case aims at a real resource;
 *  - or is a scoped list (`expect: 200`): B's answer must not contain A's ids (`mustNotLeak`);
 *  - or is `exempt` with the reason (no id and no user data involved).
 */
import { numericCardId } from "@/lib/export/revlog-csv";
import type { AuthzWorld } from "./helpers/authz-world";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface BRequest {
  /** Values for the route's [segments]. */
  params?: Record<string, string>;
  body?: unknown;
  /** Query string without "?". */
  search?: string;
}

export interface RouteCase {
  /** Path from the repo root, e.g. "app/api/v1/decks/[id]/route.ts". */
  route: string;
  method: HttpMethod;
  exempt?: string;
  asB?: (w: AuthzWorld) => BRequest;
  /** B's expected status: 404 (default) for one resource, 200 for a list scoped to B. */
  expect?: 404 | 200;
  /** A's ids / e-mail that must not appear anywhere in B's answer. */
  mustNotLeak?: (w: AuthzWorld) => string[];
  /** Status A gets for the same request (default 200). */
  ownerStatus?: number;
}

export interface ActionCase {
  /** Path from the repo root, e.g. "app/study/actions.ts". */
  file: string;
  /** The exported action's name. */
  name: string;
  exempt?: string;
  /** Arguments user B calls the action with, aimed at A's resources; must return { ok: false, code: "not_found" }. */
  asB?: (w: AuthzWorld) => unknown[];
  /** A calling with the same arguments succeeds (`ok: true`); set false for actions that cannot be repeated. */
  ownerSucceeds?: boolean;
}

export const routeCases: RouteCase[] = [
  { route: "app/api/v1/health/route.ts", method: "GET", exempt: "no session, no data" },
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method) => ({
    route: "app/api/v1/[...path]/route.ts",
    method,
    exempt: "unknown API paths: a JSON 404 for everyone, reads no session and no data",
  })),
  { route: "app/api/v1/auth/signup/route.ts", method: "POST", exempt: "creates the caller's own account; no id" },
  { route: "app/api/v1/auth/login/route.ts", method: "POST", exempt: "credentials only; no id" },
  { route: "app/api/v1/auth/logout/route.ts", method: "POST", exempt: "revokes the caller's own session (from the cookie)" },
  {
    route: "app/api/v1/me/route.ts",
    method: "GET",
    asB: () => ({}),
    expect: 200,
    mustNotLeak: (w) => [w.a.user.id, w.a.user.email],
  },
  {
    route: "app/api/v1/decks/route.ts",
    method: "GET",
    asB: () => ({}),
    expect: 200,
    mustNotLeak: (w) => [w.privateDeckA.id],
  },
  {
    route: "app/api/v1/decks/[id]/route.ts",
    method: "GET",
    asB: (w) => ({ params: { id: w.privateDeckA.id } }),
  },
  // Bring your own notes: import, export, library (cards, deck rename/delete).
  { route: "app/api/v1/imports/route.ts", method: "POST", exempt: "writes only the caller's own decks, found by (owner, slug); no id (see test/import-api.test.ts)" },
  { route: "app/api/v1/export/restore/route.ts", method: "POST", exempt: "restores into the caller's own, empty account; no id (see test/import-api.test.ts)" },
  {
    route: "app/api/v1/export/route.ts",
    method: "GET",
    asB: () => ({}),
    expect: 200,
    mustNotLeak: (w) => [w.reviewLogA.id],
  },
  {
    route: "app/api/v1/export/revlog.csv/route.ts",
    method: "GET",
    asB: () => ({}),
    expect: 200,
    mustNotLeak: (w) => [String(numericCardId(w.reviewLogA.cardId))],
  },
  { route: "app/api/v1/export/decks.zip/route.ts", method: "GET", asB: (w) => ({ search: `deck=${w.privateDeckA.id}` }) },
  {
    route: "app/api/v1/cards/route.ts",
    method: "GET",
    asB: () => ({}),
    expect: 200,
    mustNotLeak: (w) => [w.privateDeckA.cardIds[0]!],
  },
  { route: "app/api/v1/cards/[id]/route.ts", method: "GET", asB: (w) => ({ params: { id: w.privateDeckA.cardIds[0]! } }) },
  {
    route: "app/api/v1/cards/[id]/route.ts",
    method: "PATCH",
    asB: (w) => ({ params: { id: w.privateDeckA.cardIds[0]! }, body: { action: "suspend" } }),
  },
  // Hear the answer: attempts at a card (B aims at a card of A's private deck).
  { route: "app/api/v1/cards/[id]/attempts/route.ts", method: "GET", asB: (w) => ({ params: { id: w.privateDeckA.cardIds[0]! } }) },
  {
    route: "app/api/v1/cards/[id]/attempts/route.ts",
    method: "POST",
    asB: (w) => ({ params: { id: w.privateDeckA.cardIds[0]! }, body: { transcript: "가로챈 답변", durationMs: 1000, source: "typed" } }),
    ownerStatus: 201,
  },
  {
    route: "app/api/v1/decks/[id]/route.ts",
    method: "PATCH",
    asB: (w) => ({ params: { id: w.privateDeckA.id }, body: { title: "가로챈 이름" } }),
  },
  { route: "app/api/v1/decks/[id]/route.ts", method: "DELETE", asB: (w) => ({ params: { id: w.spareDeckA.id } }) },
  // The daily loop: study queue, grades, undo, Today, settings.
  { route: "app/api/v1/study/next/route.ts", method: "GET", asB: (w) => ({ search: `deck=${w.privateDeckA.id}` }) },
  {
    route: "app/api/v1/reviews/route.ts",
    method: "POST",
    asB: (w) => ({ body: { id: crypto.randomUUID(), cardId: w.privateDeckA.cardIds[1]!, rating: 3, durationMs: 1000 } }),
    ownerStatus: 201,
  },
  {
    route: "app/api/v1/reviews/undo/route.ts",
    method: "POST",
    asB: (w) => ({ body: { reviewId: w.reviewLogA.id } }),
    // A's grade from the row above is newer, so for A this one is "not the latest": it exists.
    ownerStatus: 409,
  },
  {
    route: "app/api/v1/today/route.ts",
    method: "GET",
    asB: () => ({}),
    expect: 200,
    mustNotLeak: (w) => [w.privateDeckA.id],
  },
  { route: "app/api/v1/settings/route.ts", method: "GET", exempt: "no id: reads only the caller's own settings row, keyed by the session user" },
  { route: "app/api/v1/settings/route.ts", method: "PUT", exempt: "no id: writes only the caller's own settings row, keyed by the session user" },
  // Statistics and per-user FSRS optimisation (issue 11).
  { route: "app/api/v1/stats/route.ts", method: "GET", asB: (w) => ({ search: `deck=${w.privateDeckA.id}` }) },
  { route: "app/api/v1/scheduler/optimize/route.ts", method: "POST", exempt: "no id: queues a job over the caller's own review log only (see lib/data/optimize.test.ts)" },
  { route: "app/api/v1/scheduler/optimize/[job]/route.ts", method: "GET", asB: (w) => ({ params: { job: w.jobA.id } }) },
  {
    route: "app/api/v1/scheduler/parameters/route.ts",
    method: "GET",
    asB: () => ({}),
    expect: 200,
    mustNotLeak: (w) => [w.parameterSetA.id],
  },
  { route: "app/api/v1/scheduler/parameters/route.ts", method: "POST", asB: (w) => ({ body: { action: "apply", id: w.parameterSetA.id } }) },
  { route: "app/api/v1/study/custom/route.ts", method: "POST", exempt: "no id: raises only the caller's own extra-new-cards allowance for today, keyed by the session user" },
];

export const actionCases: ActionCase[] = [
  { file: "app/(auth)/login/actions.ts", name: "signInAction", exempt: "credentials only; no id" },
  { file: "app/(auth)/signup/actions.ts", name: "signUpAction", exempt: "creates the caller's own account; no id" },
  { file: "app/(auth)/actions.ts", name: "signOutAction", exempt: "revokes the caller's own session (from the cookie)" },
];
