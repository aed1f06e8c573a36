import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { ParsedDeck } from "@/lib/parser/types";
import { buildQueue, type QueueCard } from "@/lib/scheduler/queue";
import { endOfStudyDay } from "@/lib/scheduler/study-day";
import { SAMPLE_DECK, seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { DataError } from "./errors";
import { recordReview } from "./reviews";
import type { SessionUser } from "./session-user";
import { getNextCard } from "./study";
import { getDailyAllowance } from "./study-load";

const T0 = new Date("2026-11-24T01:00:00Z");

// Topics t0..t9; t0..t5 have follow-ups, t0's first follow-up has one of its own.
const qa = (id: string, extra: Partial<ParsedDeck["cards"][number]> = {}) => ({ ...SAMPLE_DECK.cards[4]!, id, prompt: `${id}?`, ...extra });
const fu = (id: string, parentId: string) => qa(id, { kind: "followup", parentId });
const CARDS: ParsedDeck["cards"] = Array.from({ length: 10 }, (_, i) => [
  qa(`t${i}`),
  ...(i < 6 ? [fu(`t${i}-f1`, `t${i}`)] : []),
  ...(i < 3 ? [fu(`t${i}-f2`, `t${i}`)] : []),
  ...(i === 0 ? [fu(`t0-f1-g`, "t0-f1")] : []),
]).flat();

/** A small deterministic PRNG (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The card a session should serve, from the whole deck: the queue over every card and state,
 * and the first new follow-up of the card graded last when follow-ups are still allowed today.
 */
async function expectedHead(user: SessionUser, deckId: string, now: Date): Promise<string | null> {
  const settings = await prisma.settings.findUniqueOrThrow({ where: { userId: user.id } });
  const allowance = await getDailyAllowance(user, now);
  const cards = await prisma.card.findMany({ where: { deckId }, select: { id: true, position: true, parentId: true, archivedAt: true } });
  const states = new Map((await prisma.cardState.findMany({ where: { userId: user.id } })).map((s) => [s.cardId, s]));
  const last = await prisma.reviewLog.findFirst({ where: { userId: user.id }, orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }] });
  const queueCards: QueueCard[] = cards.map((c) => {
    const s = states.get(c.id);
    return {
      cardId: c.id, position: c.position, parentId: c.parentId, archived: c.archivedAt !== null, suspended: s?.suspended ?? false,
      state: s ? { due: s.due, state: s.state as 0 | 1 | 2 | 3, scheduledDays: s.scheduledDays } : null,
      lastRating: s?.lastRating ?? 0, passedAt: s?.passedAt ?? null,
    };
  });
  const queue = (followupLimit: number) =>
    buildQueue({
      cards: queueCards, now, settings: { timezone: settings.timezone, dayStartHour: settings.dayStartHour, newPerDay: allowance.newLeft },
      newIntroducedToday: 0, followupLimit, dueBefore: endOfStudyDay(now, settings.timezone, settings.dayStartHour),
    }).items;
  const child = allowance.followupsLeft > 0 && last ? queue(Infinity).find((i) => i.kind === "new" && i.card.parentId === last.cardId) : undefined;
  return (child ?? queue(allowance.followupsLeft)[0])?.cardId ?? null;
}

describe("the next card, read from the head of each range", () => {
  // The session reads due cards first and walks new ones only when no due card leads;
  // through random grades, suspensions and days, it serves what the whole deck's queue serves.
  for (const seed of [1, 2, 3]) {
    it(`serves the whole queue's head (random session ${seed})`, async () => {
      const rnd = random(seed);
      const deckId = `deck-head-${seed}`;
      const ids = Object.values(await seedDeck(deckId, { ...SAMPLE_DECK, cards: CARDS }));
      const user = await seedUser("Asia/Seoul", 3);
      let now = T0;
      let served = 0;
      for (let step = 0; step < 70; step++) {
        const next = await getNextCard(user, { deckId, now });
        expect(next.card?.id ?? null, `step ${step}`).toBe(await expectedHead(user, deckId, now));
        const roll = rnd();
        if (roll < 0.65 && next.card) {
          served++;
          await recordReview(user, { id: crypto.randomUUID(), cardId: next.card.id, rating: (1 + Math.floor(rnd() * 4)) as 1 | 2 | 3 | 4, durationMs: 1, version: next.card.version }, now);
        } else if (roll < 0.8) {
          const cardId = ids[Math.floor(rnd() * ids.length)]!;
          // A locked follow-up is refused (its topic not passed): that is the DAL's rule, not this test's.
          await recordReview(user, { id: crypto.randomUUID(), cardId, rating: (1 + Math.floor(rnd() * 4)) as 1 | 2 | 3 | 4, durationMs: 1 }, now).catch((e: unknown) => {
            if (!(e instanceof DataError && e.status === 409)) throw e;
          });
        } else if (roll < 0.87) {
          const cardId = ids[Math.floor(rnd() * ids.length)]!;
          await prisma.cardState.updateMany({ where: { userId: user.id, cardId }, data: { suspended: rnd() < 0.6 } });
        }
        // Mostly minutes (learning steps), sometimes a day or more (reviews come due).
        now = new Date(now.getTime() + (rnd() < 0.85 ? Math.floor(rnd() * 15) * 60_000 : Math.floor(1 + rnd() * 6) * 86_400_000));
      }
      expect(served).toBeGreaterThan(20);
    });
  }

  it("serves an unlocked follow-up when no new topic is left today (no position bound on its walk)", async () => {
    const ids = await seedDeck("deck-head-nobound", { ...SAMPLE_DECK, cards: [qa("t0"), fu("t0-f1", "t0"), qa("t1")] });
    const user = await seedUser("Asia/Seoul", 0);
    await recordReview(user, { id: crypto.randomUUID(), cardId: ids["t0"]!, rating: 4, durationMs: 1 }, T0);
    await recordReview(user, { id: crypto.randomUUID(), cardId: ids["t1"]!, rating: 4, durationMs: 1 }, T0); // the last graded card has no follow-up
    const now = new Date(T0.getTime() + 60_000);
    const next = await getNextCard(user, { deckId: "deck-head-nobound", now });
    expect(next.card?.id).toBe(ids["t0-f1"]);
    expect(next.card?.id).toBe(await expectedHead(user, "deck-head-nobound", now));
  });

  it("orders a state reset to New among the new topics when nothing was graded yet", async () => {
    const ids = await seedDeck("deck-head-reset", { ...SAMPLE_DECK, cards: [qa("t0"), qa("t1"), qa("t2")] });
    const user = await seedUser("Asia/Seoul", 3);
    await prisma.cardState.create({ data: { id: crypto.randomUUID(), userId: user.id, cardId: ids["t2"]!, due: T0, stability: 0, difficulty: 0, version: 1 } });
    const now = new Date(T0.getTime() + 60_000);
    expect((await getNextCard(user, { deckId: "deck-head-reset", now })).card?.id).toBe(ids["t0"]);
    expect(await expectedHead(user, "deck-head-reset", now)).toBe(ids["t0"]);
  });
});
