// PostgreSQL only (the PostgreSQL run of `npm test`): unlocked_followup (migration 0014) when two
// transactions change a topic and its follow-up at once. Each transaction's row triggers see the
// other's rows only once committed.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { readPlan } from "@/lib/db/sql-plan";
import { unlockedFollowupsPlan } from "./new-topics-plan";

const USER = { id: "u1", email: "u1@example.com" };
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  clients.push(client);
  return client;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end()));
  await prisma.$executeRawUnsafe(`DELETE FROM "deck"`);
  await prisma.$executeRawUnsafe(`DELETE FROM "user"`);
});

/** A user, a topic c1 with follow-up c2, and the user's state on the topic (not passed yet) and on the follow-up. */
async function seed(c: pg.Client): Promise<void> {
  await c.query(`INSERT INTO "user" ("id", "email", "updatedAt") VALUES ('u1', 'u1@example.com', now())`);
  await c.query(`INSERT INTO "deck" ("id", "slug", "title", "ownerId", "updatedAt") VALUES ('d1', 'net', '네트워크', 'u1', now())`);
  await c.query(
    `INSERT INTO "card" ("id", "deckId", "key", "kind", "prompt", "answer", "position", "parentId", "updatedAt")
     VALUES ('c1', 'd1', 'k1', 'qa', 'TCP란?', '연결형', 0, NULL, now()), ('c2', 'd1', 'k2', 'followup', '왜 3번인가요?', '양방향 확인', 1, 'c1', now())`,
  );
  await c.query(
    `INSERT INTO "card_state" ("id", "userId", "cardId", "due", "stability", "difficulty", "state", "lastRating", "updatedAt")
     VALUES ('s1', 'u1', 'c1', '2026-12-01T00:00:00Z', 1, 5, 1, 3, now()), ('s2', 'u1', 'c2', '2026-12-01T00:00:00Z', 1, 5, 1, 3, now())`,
  );
}

const unlocked = () => readPlan(() => unlockedFollowupsPlan(USER, `u."deckId" IN (?)`, ["d1"], 50));

describe("unlocked follow-ups under concurrent writers (PostgreSQL)", () => {
  it("a topic passed while its follow-up's state is deleted in another transaction unlocks the follow-up once both commit", async () => {
    const [grader, resetter] = [await connect(), await connect()];
    await seed(grader);
    expect(await unlocked()).toEqual([]);

    // The grade passes the topic and stays open; its trigger still sees the follow-up's state.
    await grader.query("BEGIN");
    await grader.query(`UPDATE "card_state" SET "passedAt" = now(), "state" = 2 WHERE "id" = 's1'`);
    // Meanwhile the follow-up is reset (its state deleted): it waits for the grade, then sees the topic passed.
    const resetting = resetter.query(`DELETE FROM "card_state" WHERE "id" = 's2'`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await grader.query("COMMIT");
    await resetting;

    expect(await unlocked()).toEqual([{ id: "c2", position: 1, parentId: "c1" }]);
  });

  it("a follow-up archived while its topic's grade unlocks it is not served", async () => {
    const [grader, archiver] = [await connect(), await connect()];
    await seed(grader);
    await grader.query(`DELETE FROM "card_state" WHERE "id" = 's2'`);

    await grader.query("BEGIN");
    await grader.query(`UPDATE "card_state" SET "passedAt" = now(), "state" = 2 WHERE "id" = 's1'`);
    // Meanwhile the follow-up is archived: its row trigger cannot see the row the open grade wrote
    // (the 0008 counters then make the archiving wait for the grade's commit).
    const archiving = archiver.query(`UPDATE "card" SET "archivedAt" = now() WHERE "id" = 'c2'`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await grader.query("COMMIT");
    await archiving;

    const left = await prisma.$queryRawUnsafe<{ cardId: string }[]>(`SELECT "cardId" FROM "unlocked_followup"`);
    expect(left).toEqual([{ cardId: "c2" }]);
    expect(await unlocked()).toEqual([]);
  });
});
