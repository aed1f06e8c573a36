import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser, type TestDb, useAppTestDb } from "@/test/helpers/test-db";
import type { SessionUser } from "./session-user";

let db: TestDb;
let dal: typeof import("./decks");
let alice: SessionUser, bob: SessionUser;

async function seedDeck(id: string, ownerId: string | null, cards = 2) {
  await db.prisma.deck.create({ data: { id, slug: id, title: id, builtIn: ownerId === null, ownerId, markdown: "# secret source" } });
  for (let i = 0; i < cards; i++) {
    await db.prisma.card.create({ data: { id: `${id}-${i}`, deckId: id, key: `k${i}`, kind: "qa", prompt: "Q", answer: "A", position: i } });
  }
  // An archived card never counts or shows.
  await db.prisma.card.create({ data: { id: `${id}-old`, deckId: id, key: "old", kind: "qa", prompt: "Q", answer: "A", archivedAt: new Date() } });
}

beforeAll(async () => {
  db = await useAppTestDb();
  dal = await import("./decks");
  alice = await createTestUser(db.prisma, "alice@example.com");
  bob = await createTestUser(db.prisma, "bob@example.com");
  await seedDeck("builtin", null, 3);
  await seedDeck("alice-deck", alice.id, 2);
});
afterAll(() => db.cleanup());

describe("listVisibleDecks", () => {
  it("built-in decks plus the user's own, with active card counts", async () => {
    expect((await dal.listVisibleDecks(alice)).map((d) => [d.id, d.cardCount])).toEqual([
      ["builtin", 3],
      ["alice-deck", 2],
    ]);
    expect((await dal.listVisibleDecks(bob)).map((d) => d.id)).toEqual(["builtin"]);
    expect((await dal.listVisibleDecks(null)).map((d) => d.id)).toEqual(["builtin"]);
  });

  it("returns only selected fields (no owner, no markdown source)", async () => {
    const [deck] = await dal.listVisibleDecks(alice);
    expect(Object.keys(deck!).sort()).toEqual(["builtIn", "cardCount", "description", "id", "slug", "title"]);
  });
});

describe("getVisibleDeck", () => {
  it("the owner gets the deck and its active cards; another user gets null (→ 404)", async () => {
    const mine = await dal.getVisibleDeck(alice, "alice-deck");
    expect(mine?.cards.map((c) => c.id)).toEqual(["alice-deck-0", "alice-deck-1"]);
    expect(mine?.deck).not.toHaveProperty("markdown");
    expect(mine?.deck).not.toHaveProperty("ownerId");
    expect(await dal.getVisibleDeck(bob, "alice-deck")).toBeNull();
    expect(await dal.getVisibleDeck(null, "alice-deck")).toBeNull();
    expect(await dal.getVisibleDeck(bob, "no-such-deck")).toBeNull();
  });

  it("built-in decks are visible to everyone", async () => {
    expect((await dal.getVisibleDeck(bob, "builtin"))?.deck.cardCount).toBe(3);
  });
});
