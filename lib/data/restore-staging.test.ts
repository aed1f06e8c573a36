import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { UserExport } from "@/lib/export/export-schema";
import { MARKDOWN_PIECE_CHARS, planRestore } from "@/lib/export/plan-restore";
import { importNoteFiles as importNotes } from "@/test/helpers/import-notes";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { exportUserData } from "./exports";
import { restoreUserData, writeRestorePlan } from "./exports-restore";

const AT = "2026-11-20T09:00:00.000Z";
/** Long texts of every kind of character (Hangul, emoji, quotes, backslashes, NUL-free control characters). */
const long = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i} 가나다 "인용" \\ 🙂\t`).join("\n");

function exportWith(cardIds: string[], { markdown = "# 덱\n", answer = "답" } = {}): UserExport {
  return {
    format: "rehearse-export", version: 1, exportedAt: AT, settings: null, cardStates: [], studyDays: [{ day: "2026-11-20", reviews: 2 }],
    reviewLogs: cardIds.map((cardId, i) => ({
      id: `restore-staging-${i}-${crypto.randomUUID()}`, cardId, rating: 3, state: 2, due: AT, stability: 3, difficulty: 5, elapsedDays: 1, lastElapsedDays: 1,
      scheduledDays: 3, learningSteps: 0, reviewedAt: AT, durationMs: 5000, previousState: null, nextState: JSON.stringify({ due: AT }), studyDay: "2026-11-20", undoneAt: null, createdAt: AT,
    })),
    decks: [{
      id: "d_src", slug: `staging-${crypto.randomUUID().slice(0, 8)}`, title: "긴 덱", description: "", tags: [], sources: [], sourcePath: "long.md", markdown, contentHash: "h", createdAt: AT,
      cards: [
        { id: "c_src1", key: "k1", kind: "script", prompt: "긴 답?", answer, tips: [], steps: null, parentKey: null, sources: [], lineStart: 1, lineEnd: 2, position: 0, archivedAt: null, createdAt: AT },
        { id: "c_src2", key: "k2", kind: "followup", prompt: "꼬리?", answer: "짧은 답", tips: [], steps: null, parentKey: "k1", sources: [], lineStart: 3, lineEnd: 4, position: 1, archivedAt: null, createdAt: AT },
      ],
    }],
  };
}

const stagingAccounts = () => prisma.user.count({ where: { email: { endsWith: "@restore.invalid" } } });

describe("restore in short batches, all or nothing", () => {
  it("writes texts longer than the query-compiler bypass threshold exactly (deck Markdown, card answers)", async () => {
    const user = await seedUser();
    const builtIn = await seedDeck(`builtin-staging-${user.id}`);
    const data = exportWith([builtIn["topic-a"]!, "c_src1"], { markdown: long(4000, "md"), answer: long(1500, "ans") });
    expect(data.decks[0]!.markdown.length).toBeGreaterThan(4 * 16 * 1024);
    expect(await restoreUserData(user, data)).toEqual({ decks: 1, cards: 2, cardStates: 0, reviewLogs: 2, attempts: 0 });
    const back = await exportUserData(user, new Date(AT));
    expect(back.decks[0]!.markdown).toBe(data.decks[0]!.markdown);
    expect(back.decks[0]!.cards.map((c) => c.answer)).toEqual([data.decks[0]!.cards[0]!.answer, "짧은 답"]);
    expect(back.reviewLogs.map((l) => l.cardId).sort()).toEqual([builtIn["topic-a"]!, back.decks[0]!.cards[0]!.id].sort());
    expect(back.studyDays).toEqual([{ day: "2026-11-20", reviews: 2 }]);
    expect(await stagingAccounts()).toBe(0);
  });

  it("a batch that fails half-way leaves the account empty and no staging account behind", async () => {
    const user = await seedUser();
    const plan = planRestore(exportWith(["c_src1"]));
    // A card state for a card that exists nowhere: its foreign key fails after the deck, cards and logs were written.
    const bad = { table: "cardState", rows: [{ cardId: "c_missing", due: AT, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: AT, suspended: false, lastRating: 3, passedAt: null, version: 1 }] };
    await expect(writeRestorePlan(user, { ...plan, batches: [...plan.batches, JSON.stringify(bad)] })).rejects.toThrow();
    expect(await prisma.deck.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await stagingAccounts()).toBe(0);
    // Nothing half-done blocks a second try.
    expect((await writeRestorePlan(user, planRestore(exportWith(["c_src1"])))).reviewLogs).toBe(1);
  });

  it("refuses at the swap when the account got history while the batches were written, and removes the staging rows", async () => {
    const user = await seedUser();
    const builtIn = await seedDeck(`builtin-swap-${user.id}`);
    const plan = planRestore(exportWith(Array.from({ length: 3000 }, () => "c_src1")));
    expect(plan.batches.length).toBeGreaterThan(20);
    const restoring = writeRestorePlan(user, plan);
    const outcome = restoring.then(() => "restored", (err: unknown) => err);
    // Once the staging account exists the early check has passed: the user grades now.
    while ((await stagingAccounts()) === 0) await new Promise((resolve) => setImmediate(resolve));
    await prisma.reviewLog.create({ data: { id: `swap-${user.id}`, userId: user.id, cardId: builtIn["topic-a"]!, rating: 3, state: 2, due: new Date(AT), stability: 3, difficulty: 5, elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 3, learningSteps: 0, reviewedAt: new Date(AT), durationMs: 1000, studyDay: "2026-11-20" } });
    expect(await outcome).toMatchObject({ status: 409, code: "account_not_empty" });
    expect(await prisma.deck.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect(await stagingAccounts()).toBe(0);
  });

  it("a later restore removes a staging account a crash left behind (older than an hour)", async () => {
    const user = await seedUser();
    const id = `restore_${crypto.randomUUID()}`;
    await prisma.user.create({ data: { id, email: `${id}@restore.invalid`, name: "restore", createdAt: new Date(Date.now() - 2 * 3600_000) } });
    await prisma.deck.create({ data: { id: `d_${id.slice(-16)}`, ownerId: id, builtIn: false, slug: "left", title: "남은 덱" } });
    await writeRestorePlan(user, planRestore(exportWith(["c_src1"])));
    expect(await prisma.user.count({ where: { id } })).toBe(0);
    expect(await prisma.deck.count({ where: { ownerId: id } })).toBe(0);
  });

  it("writes a Markdown longer than a piece as ordered pieces; export joins them, a re-import of the note replaces them", async () => {
    const user = await seedUser();
    const markdown = long(12_000, "조각");
    expect(markdown.length).toBeGreaterThan(3 * MARKDOWN_PIECE_CHARS);
    const data = exportWith(["c_src1"], { markdown });
    await restoreUserData(user, data);
    const deck = await prisma.deck.findFirstOrThrow({ where: { ownerId: user.id }, select: { id: true, markdown: true } });
    expect(deck.markdown).toBe("");
    const pieces = await prisma.deckMarkdownPiece.findMany({ where: { deckId: deck.id }, orderBy: { n: "asc" } });
    expect(pieces.map((p) => p.n)).toEqual(Array.from({ length: Math.ceil(markdown.length / MARKDOWN_PIECE_CHARS) }, (_, i) => i));
    expect((await exportUserData(user, new Date(AT))).decks[0]!.markdown).toBe(markdown);

    const note = `---\nslug: ${data.decks[0]!.slug}\n---\n\n## TCP 연결 수립\n\n### 스크립트\n\nTCP는 세 단계로 연결을 맺습니다.\n`;
    await importNotes(user, [{ name: "long.md", markdown: note }], { preview: false, now: new Date(AT), confirmArchive: true });
    expect(await prisma.deckMarkdownPiece.count({ where: { deckId: deck.id } })).toBe(0);
    expect((await exportUserData(user, new Date(AT))).decks.map((d) => d.markdown)).toEqual([note]);
  });
});
