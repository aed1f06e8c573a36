import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, routeContext, sessionCookieFrom } from "./helpers/http";
import { useAppTestDb, type TestDb } from "./helpers/test-db";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDb;
let signup: Handler, post: Handler, list: Handler, settings: Handler;
let cookie = "";
let cardId = "";

beforeAll(async () => {
  db = await useAppTestDb();
  process.env.AUTH_RATE_LIMIT_PER_IP = "1000";
  const { syncBuiltInDecks } = await import("@/lib/content/sync-built-in-decks");
  await syncBuiltInDecks(db.prisma, new Date());
  signup = (await import("@/app/api/v1/auth/signup/route")).POST as Handler;
  const route = await import("@/app/api/v1/cards/[id]/attempts/route");
  post = route.POST as Handler;
  list = route.GET as Handler;
  settings = (await import("@/app/api/v1/settings/route")).PUT as Handler;
  const res = await signup(apiRequest("/api/v1/auth/signup", { body: { email: "speaker@example.com", password: "speaker-pass-1" } }), undefined);
  cookie = sessionCookieFrom(res);
  const card = await db.prisma.card.findFirstOrThrow({ where: { deck: { slug: "tcp-handshake" }, kind: "steps", prompt: { startsWith: "TCP 4" } } });
  cardId = card.id;
}, 60_000);
afterAll(() => db?.cleanup());

const path = () => `/api/v1/cards/${cardId}/attempts`;
const send = (body: unknown) => post(apiRequest(path(), { body, cookie }), routeContext({ id: cardId }));

describe("/api/v1/cards/{id}/attempts", () => {
  it("POST answers the analysis in the documented shape; GET lists it", async () => {
    const card = await db.prisma.card.findUniqueOrThrow({ where: { id: cardId } });
    const steps = JSON.parse(card.steps!) as string[];
    const res = await send({ transcript: [steps[0], steps[1], steps[3]].join(" "), durationMs: 30_000, source: "typed" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      coverage: 0.75,
      fillers: { count: 0, perMinute: 0, words: [] },
      pace: { syllablesPerMinute: expect.any(Number) },
      lengthSeconds: 30,
      suggestedRating: 3,
      transcriptSaved: false,
    });
    expect(body.keyPoints.map((k: { covered: boolean }) => k.covered)).toEqual([true, true, false, true]);
    expect(body.keyPoints[2]).toMatchObject({ text: steps[2], covered: false });

    const listed = await (await list(apiRequest(path(), { cookie }), routeContext({ id: cardId }))).json();
    expect(listed.attempts).toHaveLength(1);
    expect(listed.attempts[0]).toMatchObject({ id: body.id, coverage: 0.75, coveredCount: 3, keyPointCount: 4, source: "typed", transcript: null });
  });

  it("stores the transcript only after 답변 기록 저장 is turned on", async () => {
    const put = await settings(apiRequest("/api/v1/settings", { method: "PUT", body: { saveTranscripts: true }, cookie }), undefined);
    expect((await put.json()).settings.saveTranscripts).toBe(true);
    const body = await (await send({ transcript: "클라이언트가 핀을 보냅니다", durationMs: 5_000, source: "speech" })).json();
    expect(body.transcriptSaved).toBe(true);
    expect((await db.prisma.attempt.findUniqueOrThrow({ where: { id: body.id } })).transcript).toBe("클라이언트가 핀을 보냅니다");
  });

  it("refuses a bad body with field errors, and an unknown card with 404", async () => {
    const bad = await send({ transcript: 3, durationMs: -1, source: "telepathy" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["durationMs", "source", "transcript"]);
    const missing = await post(apiRequest("/api/v1/cards/nope/attempts", { body: { transcript: "", durationMs: 0, source: "typed" }, cookie }), routeContext({ id: "nope" }));
    expect(missing.status).toBe(404);
  });
});
