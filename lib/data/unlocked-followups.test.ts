import { describe, expect, it } from "vitest";
import { readPlan } from "@/lib/db/sql-plan";
import type { ParsedDeck } from "@/lib/parser/types";
import { SAMPLE_DECK, seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { unlockedFollowupsPlan } from "./new-topics-plan";
import { recordReview } from "./reviews";
import type { SessionUser } from "./session-user";

// The unlocked follow-ups the next card starts from (unlocked_followup, migration 0014), on
// SQLite and on PostgreSQL: passed and not failing topics only, by position then id over
// decks, bounded by a position, a limit and the decks asked for.

const T0 = new Date("2026-11-24T01:00:00Z");
const qa = (id: string, extra: Partial<ParsedDeck["cards"][number]> = {}) => ({ ...SAMPLE_DECK.cards[4]!, id, prompt: `${id}?`, ...extra });
const fu = (id: string, parentId: string) => qa(id, { kind: "followup", parentId });
const deck = (cards: ParsedDeck["cards"]): ParsedDeck => ({ ...SAMPLE_DECK, cards });

const grade = (user: SessionUser, cardId: string, rating: 1 | 2 | 3 | 4, minutes: number) =>
  recordReview(user, { id: crypto.randomUUID(), cardId, rating, durationMs: 1 }, new Date(T0.getTime() + minutes * 60_000));

describe("unlocked follow-ups", () => {
  it("are the new follow-ups of passed, not failing topics, by position then id, within a bound, a limit and the decks asked for", async () => {
    const user = await seedUser();
    // Two decks whose follow-ups share positions 1 and 3 (ties across decks are settled by id).
    const a = await seedDeck("uf-a", deck([qa("t0"), fu("f1", "t0"), qa("t2"), fu("f3", "t2"), fu("f4", "t0")]));
    const b = await seedDeck("uf-b", deck([qa("t0"), fu("f1", "t0"), qa("t2"), fu("f3", "t2")]));
    const [first, second] = [a["f1"]!, b["f1"]!].sort();
    const read = (decks: string[], limit: number, upTo?: number) =>
      readPlan(() => unlockedFollowupsPlan(user, `u."deckId" IN (${decks.map(() => "?").join(", ")})`, decks, limit, upTo)).then((rows) => rows.map((r) => r.id));

    expect(await read(["uf-a", "uf-b"], 50)).toEqual([]);
    await grade(user, a["t0"]!, 3, 0); // passed
    await grade(user, b["t0"]!, 4, 1); // passed
    await grade(user, a["t2"]!, 1, 2); // Again: not passed
    expect(await read(["uf-a", "uf-b"], 50)).toEqual([first, second, a["f4"]]);
    expect(await read(["uf-a", "uf-b"], 1)).toEqual([first]);
    expect(await read(["uf-a", "uf-b"], 50, 1)).toEqual([first, second]);
    expect(await read(["uf-a", "uf-b"], 50, 0)).toEqual([]);
    expect(await read(["uf-b"], 50)).toEqual([b["f1"]]);

    // Studying a follow-up takes it out; a topic that lapses (Again) locks its follow-ups again.
    await grade(user, b["f1"]!, 3, 3);
    expect(await read(["uf-a", "uf-b"], 50)).toEqual([a["f1"], a["f4"]]);
    await grade(user, a["t0"]!, 1, 4);
    expect(await read(["uf-a", "uf-b"], 50)).toEqual([]);
    // Passing the second topic of deck a unlocks its follow-up.
    await grade(user, a["t2"]!, 3, 5);
    expect(await read(["uf-a", "uf-b"], 50)).toEqual([a["f3"]]);
  });
});
