import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { SAMPLE_DECK, seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { deleteDeck, listLibraryDecks, renameDeck } from "./library";
import { getCardDetail, updateCardStatus } from "./library-card-detail";
import { searchCards } from "./library-cards";
import { recordReview } from "./reviews";

const NOW = new Date("2026-11-24T01:00:00Z");
const grade = (user: { id: string; email: string }, cardId: string, rating: 1 | 2 | 3 | 4 = 3, at = NOW) =>
  recordReview(user, { id: crypto.randomUUID(), cardId, rating, durationMs: 2000 }, at);

describe("library decks", () => {
  it("lists my decks and built-in ones with due / new / total, never another user's", async () => {
    const me = await seedUser();
    const other = await seedUser();
    const builtIn = await seedDeck(`lib-b-${me.id}`);
    const mine = await seedDeck(`lib-m-${me.id}`, SAMPLE_DECK, me.id);
    await seedDeck(`lib-o-${me.id}`, SAMPLE_DECK, other.id);
    await grade(me, mine["topic-a"]!, 4);
    await updateCardStatus(me, mine["question"]!, "suspend", NOW);
    const decks = await listLibraryDecks(me, new Date("2027-06-01T00:00:00Z"));
    expect(decks.map((d) => d.id)).not.toContain(`lib-o-${me.id}`);
    expect(decks.find((d) => d.id === `lib-m-${me.id}`)).toMatchObject({ own: true, total: 5, new: 2, due: 1 }); // topic-b + topic-a's unlocked follow-up

    expect(decks.find((d) => d.id === `lib-b-${me.id}`)).toMatchObject({ own: false, builtIn: true, total: 5, new: 3, due: 0 }); // follow-ups locked until their topic passes
    expect(builtIn).toBeDefined();
  });

  it("renames and deletes only my own decks (404 otherwise); delete takes cards and history", async () => {
    const me = await seedUser();
    const other = await seedUser();
    const ids = await seedDeck(`lib-r-${me.id}`, SAMPLE_DECK, me.id);
    await seedDeck(`lib-rb-${me.id}`);
    await grade(me, ids["topic-a"]!);
    await expect(renameDeck(other, `lib-r-${me.id}`, "남의 덱")).rejects.toMatchObject({ status: 404 });
    await expect(renameDeck(me, `lib-rb-${me.id}`, "기본 덱")).rejects.toMatchObject({ status: 404 });
    expect(await renameDeck(me, `lib-r-${me.id}`, "새 이름")).toEqual({ id: `lib-r-${me.id}`, title: "새 이름" });
    await expect(deleteDeck(other, `lib-r-${me.id}`)).rejects.toMatchObject({ status: 404 });
    expect(await deleteDeck(me, `lib-r-${me.id}`)).toEqual({ id: `lib-r-${me.id}`, cards: 5 });
    expect(await prisma.reviewLog.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("card browser", () => {
  it("searches prompt and answer in Korean and filters by deck, kind, state and due date", async () => {
    const me = await seedUser();
    const ids = await seedDeck(`lib-s-${me.id}`, SAMPLE_DECK, me.id);
    await prisma.card.update({ where: { id: ids["question"]! }, data: { answer: "교착 상태는 순환 대기에서 생깁니다." } });
    await grade(me, ids["topic-a"]!, 4);
    await grade(me, ids["topic-b"]!, 1);
    await updateCardStatus(me, ids["topic-b-follow"]!, "suspend", NOW);
    await prisma.card.update({ where: { id: ids["topic-a-follow"]! }, data: { archivedAt: NOW } });
    const deckId = `lib-s-${me.id}`;
    const find = async (q: Parameters<typeof searchCards>[1]) => (await searchCards(me, { deckId, ...q })).cards.map((c) => c.id).sort();

    expect(await find({ q: "순환 대기" })).toEqual([ids["question"]]);
    expect(await find({ kind: "script" })).toEqual([ids["topic-a"], ids["topic-b"]].sort());
    expect(await find({ state: "new" })).toEqual([ids["question"]]);
    expect(await find({ state: "review" })).toEqual([ids["topic-a"]]);
    expect(await find({ state: "learning" })).toEqual([ids["topic-b"]]);
    expect(await find({ state: "suspended" })).toEqual([ids["topic-b-follow"]]);
    expect(await find({ state: "archived" })).toEqual([ids["topic-a-follow"]]);
    expect(await find({ dueBefore: new Date(NOW.getTime() + 3_600_000) })).toEqual([ids["topic-b"]]);
    expect((await searchCards(me, { deckId })).total).toBe(4); // archived hidden by default
  });

  it("shows a card's history and suspends, unsuspends, resets and restores it", async () => {
    const me = await seedUser();
    const other = await seedUser();
    const ids = await seedDeck(`lib-d-${me.id}`, SAMPLE_DECK, me.id);
    const cardId = ids["topic-a"]!;
    await grade(me, cardId, 3);
    await grade(me, cardId, 4, new Date(NOW.getTime() + 600_000));
    const detail = await getCardDetail(me, cardId);
    expect(detail.history.map((h) => h.rating)).toEqual([3, 4]);
    expect(detail.history[0]!.nextDue).toMatch(/^2026-11-24T/);
    await expect(getCardDetail(other, cardId)).rejects.toMatchObject({ status: 404 });
    await expect(updateCardStatus(other, cardId, "suspend", NOW)).rejects.toMatchObject({ status: 404 });

    expect(await updateCardStatus(me, cardId, "suspend", NOW)).toEqual({ id: cardId, state: "suspended" });
    await expect(grade(me, cardId)).rejects.toMatchObject({ code: "suspended" });
    expect((await updateCardStatus(me, cardId, "unsuspend", NOW)).state).not.toBe("suspended");
    expect(await updateCardStatus(me, cardId, "reset", NOW)).toEqual({ id: cardId, state: "new" });
    expect((await getCardDetail(me, cardId)).history).toHaveLength(2); // history stays

    const fresh = ids["question"]!;
    await updateCardStatus(me, fresh, "suspend", NOW);
    expect(await updateCardStatus(me, fresh, "unsuspend", NOW)).toEqual({ id: fresh, state: "new" });

    const builtIn = await seedDeck(`lib-db-${me.id}`);
    await prisma.card.update({ where: { id: builtIn["question"]! }, data: { archivedAt: NOW } });
    await expect(updateCardStatus(me, builtIn["question"]!, "restore", NOW)).rejects.toMatchObject({ status: 404 });
  });
});
