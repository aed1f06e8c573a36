// PostgreSQL only (the PostgreSQL run of `npm test`): due_state stays right when a
// grade and a change of the same card run in two transactions at once. Each
// transaction's row triggers see the other's rows only once committed, so without
// a lock between them the grade's re-inserted row outlives the card's archiving.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, dropPostgresDatabase } from "@/test/helpers/postgres-test-db";
import { applyPostgresMigrations } from "./migrate-postgres";

const created: string[] = [];
afterAll(async () => {
  for (const url of created) await dropPostgresDatabase(url);
});

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** One user, one deck, one card and the user's learning state on it. */
async function seed(c: pg.Client): Promise<void> {
  await c.query(`INSERT INTO "user" ("id", "email", "updatedAt") VALUES ('u1', 'u1@example.com', now())`);
  await c.query(`INSERT INTO "deck" ("id", "slug", "title", "ownerId", "updatedAt") VALUES ('d1', 'os', '운영체제', 'u1', now())`);
  await c.query(`INSERT INTO "card" ("id", "deckId", "key", "kind", "prompt", "answer", "updatedAt") VALUES ('c1', 'd1', 'k1', 'qa', '스레드란?', '실행 흐름', now())`);
  await c.query(
    `INSERT INTO "card_state" ("id", "userId", "cardId", "due", "stability", "difficulty", "state", "lastRating", "updatedAt")
     VALUES ('s1', 'u1', 'c1', '2026-12-01T00:00:00Z', 1, 5, 1, 3, now())`,
  );
}

describe("due_state under concurrent writers (PostgreSQL)", () => {
  it("a card archived while a grade of it is in flight leaves no due_state row once both commit", async () => {
    const url = await createPostgresDatabase();
    created.push(url);
    await applyPostgresMigrations(url);
    const [grader, archiver, reader] = [await connect(url), await connect(url), await connect(url)];
    try {
      await seed(reader);
      expect((await reader.query(`SELECT "cardId" FROM "due_state"`)).rows).toEqual([{ cardId: "c1" }]);

      // The grade rewrites the state (its trigger re-inserts the row) and stays open.
      await grader.query("BEGIN");
      await grader.query(`UPDATE "card_state" SET "due" = '2026-12-03T00:00:00Z', "reps" = "reps" + 1 WHERE "id" = 's1'`);
      // Meanwhile the card is archived (a re-import that dropped it, a deck sync).
      let archivedAt = 0;
      const archiving = archiver.query(`UPDATE "card" SET "archivedAt" = now() WHERE "id" = 'c1'`).then(() => (archivedAt = Date.now()));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const committedAt = Date.now();
      await grader.query("COMMIT");
      await archiving;

      // The archiving waited for the grade, then removed the row the grade wrote.
      expect(archivedAt).toBeGreaterThanOrEqual(committedAt);
      expect((await reader.query(`SELECT "cardId" FROM "due_state"`)).rows).toEqual([]);
    } finally {
      await Promise.all([grader.end(), archiver.end(), reader.end()]);
    }
  });
});
