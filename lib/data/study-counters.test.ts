import { describe, expect, it } from "vitest";
import { applyParsedDeck } from "@/lib/content/apply-parsed-deck";
import { databaseProvider } from "@/lib/db/database-url";
import { prisma } from "@/lib/db/prisma";
import { readPlan } from "@/lib/db/sql-plan";
import type { ParsedDeck } from "@/lib/parser/types";
import { DUE_STATE_COLUMNS, recountSql } from "@/scripts/due-state-sql.mjs";
import { recountSql as unlockedRecountSql } from "@/scripts/unlocked-followup-sql.mjs";
import { SAMPLE_DECK, seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { exportUserData } from "./exports";
import { restoreUserData } from "./exports-restore";
import { deleteDeck } from "./library";
import { updateCardStatus } from "./library-card-detail";
import { firstNewTopicsPlan } from "./new-topics-plan";
import { recordReview } from "./reviews";
import { getNextCard } from "./study";
import { undoLastReview } from "./undo-review";

// The counters of migration 0008 (deck_count, deck_progress) are kept by
// database triggers; after every kind of write they must equal a recount from
// the rows themselves, on SQLite and on PostgreSQL (this file runs in both).

const T0 = new Date("2026-11-24T01:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
type User = { id: string; email: string };
// Written with `?`; PostgreSQL numbers its placeholders.
const dialect = (sql: string) => (databaseProvider() === "postgresql" ? ((i) => sql.replace(/\?/g, () => `$${++i}`))(0) : sql);
const rows = async <R,>(sql: string, ...params: unknown[]) => (await prisma.$queryRawUnsafe<R[]>(dialect(sql), ...params)) as R[];
const run = (sql: string, ...params: unknown[]) => prisma.$executeRawUnsafe(dialect(sql), ...params);
const n = (v: unknown) => Number(v);

/** Counters as stored vs as recounted from card and card_state; frontiers checked as lower bounds. */
async function counters() {
  const stored = (await rows<{ deckId: string; cards: unknown; topics: unknown }>(`SELECT "deckId", "cards", "topics" FROM "deck_count"`))
    .filter((r) => n(r.cards) !== 0 || n(r.topics) !== 0)
    .map((r) => `${r.deckId}: ${n(r.cards)} cards, ${n(r.topics)} topics`)
    .sort();
  const recount = (
    await rows<{ deckId: string; cards: unknown; topics: unknown }>(
      `SELECT "deckId", COUNT(*) AS "cards", SUM(CASE WHEN "parentId" IS NULL THEN 1 ELSE 0 END) AS "topics" FROM "card" WHERE "archivedAt" IS NULL GROUP BY "deckId"`,
    )
  )
    .map((r) => `${r.deckId}: ${n(r.cards)} cards, ${n(r.topics)} topics`)
    .sort();
  const progress = (await rows<{ userId: string; deckId: string; studiedTopics: unknown; unlockedFollowups: unknown }>(`SELECT "userId", "deckId", "studiedTopics", "unlockedFollowups" FROM "deck_progress"`))
    .filter((r) => n(r.studiedTopics) !== 0 || n(r.unlockedFollowups) !== 0)
    .map((r) => `${r.userId}/${r.deckId}: ${n(r.studiedTopics)} studied, ${n(r.unlockedFollowups)} unlocked`)
    .sort();
  const recounted = new Map<string, { studied: number; unlocked: number }>();
  const add = (key: string, field: "studied" | "unlocked", v: number) => recounted.set(key, { studied: 0, unlocked: 0, ...recounted.get(key), [field]: v });
  for (const r of await rows<{ userId: string; deckId: string; n: unknown }>(
    `SELECT s."userId" AS "userId", c."deckId" AS "deckId", COUNT(*) AS "n" FROM "card_state" s JOIN "card" c ON c."id" = s."cardId"
     WHERE c."parentId" IS NULL AND c."archivedAt" IS NULL GROUP BY s."userId", c."deckId"`,
  ))
    add(`${r.userId}/${r.deckId}`, "studied", n(r.n));
  // The study-load query before 0008: follow-ups without a state whose topic is passed and not failing.
  for (const r of await rows<{ userId: string; deckId: string; n: unknown }>(
    `SELECT p."userId" AS "userId", f."deckId" AS "deckId", COUNT(*) AS "n" FROM "card_state" p JOIN "card" f ON f."parentId" = p."cardId"
     WHERE p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1 AND f."archivedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "card_state" fs WHERE fs."userId" = p."userId" AND fs."cardId" = f."id")
     GROUP BY p."userId", f."deckId"`,
  ))
    add(`${r.userId}/${r.deckId}`, "unlocked", n(r.n));
  const studied = [...recounted].map(([key, v]) => `${key}: ${v.studied} studied, ${v.unlocked} unlocked`).sort();
  // No new topic (not archived, no state) may sit below a stored frontier.
  const frontierViolations = await rows<{ userId: string; deckId: string }>(
    `SELECT p."userId" AS "userId", p."deckId" AS "deckId" FROM "deck_progress" p JOIN "card" t ON t."deckId" = p."deckId"
     WHERE t."archivedAt" IS NULL AND t."parentId" IS NULL AND t."position" < p."newFrom"
       AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = t."id")`,
  );
  return { decks: { stored, recount }, studied: { stored: progress, recount: studied }, frontierViolations, due: await dueStates(), unlocked: await unlockedFollowups() };
}

// due_state (migrations 0011, 0012) as stored, and as recomputed from card_state and card by the
// definition its triggers are written from (scripts/due-state-sql.mjs): states not suspended of
// cards not archived; "counts" = learning/review and, for a follow-up, a topic state that is not
// failing. What that rule means is pinned by the exact values of the "counts" test below.
const DUE_COLUMNS = DUE_STATE_COLUMNS.map((c) => `"${c}"`).join(", ");
const DUE_RECOUNT = recountSql("true");

async function dueStates() {
  const ms = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).getTime());
  const line = (r: Record<string, unknown>) =>
    [r.userId, r.cardId, r.deckId, ms(r.due), n(r.state), r.counts === true || n(r.counts) === 1 ? "counts" : "-", n(r.scheduledDays), n(r.lastRating), ms(r.passedAt), n(r.position), r.parentId].join(" ");
  return {
    stored: (await rows<Record<string, unknown>>(`SELECT ${DUE_COLUMNS} FROM "due_state"`)).map(line).sort(),
    recount: (await rows<Record<string, unknown>>(DUE_RECOUNT)).map(line).sort(),
  };
}

// unlocked_followup (migration 0014) as stored, and as recomputed by the definition its triggers
// are written from (scripts/unlocked-followup-sql.mjs); the same rows deck_progress counts per deck.
async function unlockedFollowups() {
  const line = (r: Record<string, unknown>) => [r.userId, r.cardId, r.deckId, n(r.position), r.parentId].join(" ");
  return {
    stored: (await rows<Record<string, unknown>>(`SELECT "userId", "cardId", "deckId", "position", "parentId" FROM "unlocked_followup"`)).map(line).sort(),
    recount: (await rows<Record<string, unknown>>(unlockedRecountSql())).map(line).sort(),
  };
}

async function expectCountersRight(step: string) {
  const c = await counters();
  expect(c.decks.stored, `${step}: deck_count`).toEqual(c.decks.recount);
  expect(c.studied.stored, `${step}: deck_progress.studiedTopics, unlockedFollowups`).toEqual(c.studied.recount);
  expect(c.frontierViolations, `${step}: deck_progress.newFrom`).toEqual([]);
  expect(c.due.stored, `${step}: due_state`).toEqual(c.due.recount);
  expect(c.unlocked.stored, `${step}: unlocked_followup`).toEqual(c.unlocked.recount);
}

/** The first new topics as the query before 0008 found them: every topic checked against card_state. */
async function firstNewByScan(user: User, deckIds: string[], limit: number) {
  const found = await rows<{ id: string }>(
    `SELECT c."id" AS "id" FROM "card" c WHERE c."archivedAt" IS NULL AND c."parentId" IS NULL AND c."deckId" IN (${deckIds.map(() => "?").join(", ")})
       AND NOT EXISTS (SELECT 1 FROM "card_state" s WHERE s."userId" = ? AND s."cardId" = c."id")`,
    ...deckIds,
    user.id,
  );
  const pos = new Map((await rows<{ id: string; position: unknown }>(`SELECT "id", "position" FROM "card"`)).map((r) => [r.id, n(r.position)]));
  return found
    .map((r) => r.id)
    .sort((a, b) => pos.get(a)! - pos.get(b)! || (a < b ? -1 : 1))
    .slice(0, limit);
}

/** firstNewTopicsPlan (frontiers, deck by deck) against the scan, per deck and over both decks at once. */
async function expectFirstNewLikeScan(users: User[], deckIds: string[]) {
  for (const user of users)
    for (const decks of [...deckIds.map((d) => [d]), deckIds]) {
      // limit ≤ decks with a new topic: the bounded read over all decks at once; more: deck by deck.
      for (const limit of [1, 2, 3]) {
        const fromFrontiers = await readPlan(() => firstNewTopicsPlan(user, `dc."deckId" IN (${decks.map(() => "?").join(", ")})`, decks, limit));
        expect(fromFrontiers.map((r) => r.id), `${user.id} ${decks.join(",")} limit ${limit}`).toEqual(await firstNewByScan(user, decks, limit));
      }
    }
}

async function grade(user: User, deckId: string, rating: 1 | 2 | 3 | 4, now: Date) {
  const next = await getNextCard(user, { deckId, now });
  if (!next.card) throw new Error("queue unexpectedly empty");
  await recordReview(user, { id: crypto.randomUUID(), cardId: next.card.id, rating, durationMs: 1, version: next.card.version }, now);
  return next.card.id;
}

/** Grades one named card (its current version), as another tab would. */
async function gradeCard(user: User, cardId: string, rating: 1 | 2 | 3 | 4, now: Date) {
  const s = await prisma.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } }, select: { version: true } });
  await recordReview(user, { id: crypto.randomUUID(), cardId, rating, durationMs: 1, version: s?.version ?? 0 }, now);
}

/** Ten topics, every other one with a follow-up: enough positions for the frontier to move. */
function bigDeck(slug: string, without: string[] = [], followupOf: Record<string, string> = {}): ParsedDeck {
  const cards: ParsedDeck["cards"] = [];
  for (let i = 0; i < 10; i++) {
    const id = `t${i}`;
    if (!without.includes(id)) cards.push({ id, kind: "qa", prompt: `${id}?`, answer: `${id} 답.`, tips: [], sources: [], headingPath: [id], lineStart: i * 4 + 1, lineEnd: i * 4 + 2, ...(followupOf[id] ? { kind: "followup", parentId: followupOf[id] } : {}) });
    if (i % 2 === 0 && !without.includes(`${id}-f`)) cards.push({ id: `${id}-f`, kind: "followup", parentId: id, prompt: `${id} 꼬리?`, answer: "꼬리 답.", tips: [], sources: [], headingPath: [id, "f"], lineStart: i * 4 + 3, lineEnd: i * 4 + 4 });
  }
  return { deck: { slug, title: slug, description: "", tags: [], sources: [] }, warnings: [], cards };
}

describe("study counters (deck_count, deck_progress) kept by triggers", () => {
  it("equal a recount after grades, undo, suspend, reset, restore, re-import, export/restore, deck and account deletion, and raw SQL", async () => {
    const a = await seedUser("Asia/Seoul", 20);
    const b = await seedUser("Asia/Seoul", 20);
    const owned = `cnt-own-${a.id}`;
    await prisma.deck.create({ data: { id: owned, slug: owned, title: "내 덱", ownerId: a.id } });
    await prisma.$transaction((tx) => applyParsedDeck(tx, owned, bigDeck(owned), T0));
    const builtIn = await seedDeck(`cnt-builtin-${a.id}`, SAMPLE_DECK);
    const shared = `cnt-builtin-${a.id}`;
    await expectCountersRight("seeded");

    // Grades (new topics, a follow-up unlocked by a pass, a lapse) for two users.
    for (let i = 0; i < 5; i++) await grade(a, owned, i === 3 ? 1 : 3, at(i));
    await grade(b, shared, 3, at(1));
    await grade(a, shared, 4, at(6));
    await expectCountersRight("graded");
    const ids = Object.fromEntries((await prisma.card.findMany({ where: { deckId: owned }, select: { id: true, key: true } })).map((c) => [c.key, c.id]));
    expect(await getNextCard(a, { deckId: owned, now: at(7) }).then((x) => x.remaining.new)).toBeGreaterThan(0);
    // A passed topic lapses (its follow-up waits), then recovers (it unlocks again).
    await gradeCard(a, ids["t2"]!, 3, at(7));
    const unlockedOf = async () => (await rows<{ n: unknown }>(`SELECT "unlockedFollowups" AS "n" FROM "deck_progress" WHERE "userId" = ? AND "deckId" = ?`, a.id, owned))[0]?.n;
    const before = n(await unlockedOf());
    await gradeCard(a, ids["t2"]!, 1, at(7.5));
    expect(n(await unlockedOf())).toBe(before - 1);
    await expectCountersRight("lapse");
    await gradeCard(a, ids["t2"]!, 3, at(7.7));
    expect(n(await unlockedOf())).toBe(before);
    await expectCountersRight("recover");

    // Undo a first grade (the state row goes), then grade again.
    await undoLastReview(a, at(8));
    await expectCountersRight("undo");
    await grade(a, shared, 3, at(9));

    // Suspend a new card (a state row appears), unsuspend it (it goes again), reset a studied one.
    await updateCardStatus(a, ids["t8"]!, "suspend", at(10));
    await expectCountersRight("suspend new");
    await updateCardStatus(a, ids["t8"]!, "unsuspend", at(11));
    await updateCardStatus(a, ids["t0"]!, "reset", at(12));
    await expectCountersRight("unsuspend, reset");
    expect((await counters()).frontierViolations).toEqual([]);

    // Re-import without t2 (archived with its state) and with t4 turned into a follow-up of t3; then back.
    await prisma.$transaction((tx) => applyParsedDeck(tx, owned, bigDeck(owned, ["t2"], { t4: "t3" }), at(13)));
    await expectCountersRight("re-import archives and re-parents");
    await prisma.$transaction((tx) => applyParsedDeck(tx, owned, bigDeck(owned), at(14)));
    await expectCountersRight("re-import brings them back");
    await prisma.$transaction((tx) => applyParsedDeck(tx, owned, bigDeck(owned, ["t6"]), at(15)));
    await updateCardStatus(a, ids["t6"]!, "restore", at(16));
    await expectCountersRight("restore an archived card");

    // The first new topics served from the frontiers are the ones a scan of every topic finds.
    await expectFirstNewLikeScan([a, b], [owned, shared]);
    // Also when two new topics of a deck share a position (a restored card can land on a taken one).
    const fresh = await rows<{ id: string; position: unknown }>(
      `SELECT c."id" AS "id", c."position" AS "position" FROM "card" c WHERE c."deckId" = ? AND c."archivedAt" IS NULL AND c."parentId" IS NULL
         AND NOT EXISTS (SELECT 1 FROM "card_state" s WHERE s."userId" = ? AND s."cardId" = c."id") ORDER BY c."position"`,
      owned,
      a.id,
    );
    expect(fresh.length).toBeGreaterThan(2);
    const movedFrom = n(fresh[1]!.position);
    await run(`UPDATE "card" SET "position" = ? WHERE "id" = ?`, n(fresh[0]!.position), fresh[1]!.id);
    await expectFirstNewLikeScan([a, b], [owned, shared]);
    await expectCountersRight("two new topics at one position");
    await run(`UPDATE "card" SET "position" = ? WHERE "id" = ?`, movedFrom, fresh[1]!.id);

    // Export a, restore into a fresh account c (staging account, then a swap of userId).
    const c = await seedUser();
    const data = await exportUserData(a, at(18));
    await restoreUserData(c, JSON.parse(JSON.stringify(data)));
    await expectCountersRight("export and restore");
    expect((await counters()).studied.stored.some((s) => s.startsWith(`${c.id}/`))).toBe(true);

    // Raw SQL on a topic whose follow-up has a state: the topic fails (the follow-up stops
    // counting as due), recovers, and its card is deleted (the follow-up loses its parent).
    const [pair] = await rows<{ topic: string; followup: string }>(
      `SELECT f."parentId" AS "topic", f."id" AS "followup" FROM "card" f JOIN "card_state" fs ON fs."cardId" = f."id" AND fs."userId" = ?
       JOIN "card_state" ts ON ts."cardId" = f."parentId" AND ts."userId" = ? WHERE fs."state" > 0 AND ts."lastRating" <> 1 AND ts."state" <> 3 AND f."archivedAt" IS NULL`,
      c.id,
      c.id,
    );
    expect(pair, "a studied follow-up of a studied topic").toBeDefined();
    const countsOf = async () => n((await rows<{ counts: unknown }>(`SELECT CASE WHEN "counts" THEN 1 ELSE 0 END AS "counts" FROM "due_state" WHERE "userId" = ? AND "cardId" = ?`, c.id, pair!.followup))[0]?.counts);
    expect(await countsOf()).toBe(1);
    await run(`UPDATE "card_state" SET "lastRating" = 1 WHERE "userId" = ? AND "cardId" = ?`, c.id, pair!.topic);
    expect(await countsOf()).toBe(0);
    await expectCountersRight("raw SQL: a topic fails");
    await run(`UPDATE "card_state" SET "lastRating" = 3 WHERE "userId" = ? AND "cardId" = ?`, c.id, pair!.topic);
    expect(await countsOf()).toBe(1);
    await run(`UPDATE "card_state" SET "suspended" = true WHERE "userId" = ? AND "cardId" = ?`, c.id, pair!.followup);
    expect(await rows(`SELECT "cardId" FROM "due_state" WHERE "userId" = ? AND "cardId" = ?`, c.id, pair!.followup)).toEqual([]);
    await run(`UPDATE "card_state" SET "suspended" = false WHERE "userId" = ? AND "cardId" = ?`, c.id, pair!.followup);
    await run(`DELETE FROM "card_state" WHERE "userId" = ? AND "cardId" = ?`, c.id, pair!.topic);
    expect(await countsOf()).toBe(0);
    await expectCountersRight("raw SQL: a topic's state deleted");
    await gradeCard(c, pair!.topic, 3, at(19));
    await run(`DELETE FROM "card" WHERE "id" = ?`, pair!.topic);
    expect(await countsOf(), "a follow-up without a parent counts").toBe(1);
    await expectCountersRight("raw SQL: a topic card deleted");

    // Raw SQL: a deck's states removed and a card deleted outright.
    await run(`DELETE FROM "card_state" WHERE "userId" = ? AND "cardId" = ?`, a.id, ids["t3"]);
    await run(`DELETE FROM "card" WHERE "id" = ?`, ids["t1"]);
    await expectCountersRight("raw SQL deletes");
    await expectFirstNewLikeScan([a, b, c], [owned, shared]);

    // Deck deletion, then account deletion: their counter rows go too.
    await deleteDeck(a, owned);
    await expectCountersRight("delete deck");
    expect(await rows(`SELECT "deckId" FROM "deck_progress" WHERE "deckId" = ? UNION ALL SELECT "deckId" FROM "deck_count" WHERE "deckId" = ?`, owned, owned)).toEqual([]);
    await prisma.user.delete({ where: { id: a.id } });
    await expectCountersRight("delete account");
    expect(await rows(`SELECT "userId" FROM "deck_progress" WHERE "userId" = ?`, a.id)).toEqual([]);
    expect(builtIn["topic-a"]).toBeDefined();
  });
});
