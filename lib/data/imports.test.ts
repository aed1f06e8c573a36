import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { seedUser } from "@/test/fixtures/study-fixtures";
import { sliceCreates } from "./imports";
import { importNoteFiles as importNotes } from "@/test/helpers/import-notes";
import { updateCardStatus } from "./library-card-detail";
import { recordReview } from "./reviews";

const NOW = new Date("2026-11-24T01:00:00Z");
const LATER = new Date("2026-11-25T01:00:00Z");

const TCP = `## TCP 연결 수립

### 스크립트

TCP는 세 단계로 연결을 맺습니다.

> SYN, SYN+ACK, ACK 순서를 말하세요.

### 꼬리 질문

#### 왜 두 번이 아니라 세 번인가요?

양쪽의 초기 순서 번호를 서로 확인해야 하기 때문입니다.
`;
const UDP = `
## UDP 특징

### 스크립트

UDP는 연결 없이 데이터그램을 보냅니다.
`;
const note = (body: string) => `---\ntitle: 네트워크 노트\nslug: net-notes\n---\n\n${body}`;
const save = (user: Awaited<ReturnType<typeof seedUser>>, markdown: string, when = NOW, name = "network.md", confirmArchive = false) =>
  importNotes(user, [{ name, markdown }], { preview: false, now: when, confirmArchive });

async function cardsOf(deckId: string) {
  return prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
}

describe("importNotes", () => {
  it("previews exactly what saving would do, and saves nothing", async () => {
    const user = await seedUser();
    const preview = await importNotes(user, [{ name: "network.md", markdown: note(TCP + UDP) }], { preview: true, now: NOW });
    expect(preview.files[0]).toMatchObject({ name: "network.md", slug: "net-notes", title: "네트워크 노트" });
    expect(preview.files[0]!.deckId).toBeUndefined();
    expect(preview.added).toBeGreaterThanOrEqual(3);
    expect(preview.files[0]!.cards.map((c) => c.kind)).toEqual(expect.arrayContaining(["script", "followup"]));
    expect(await prisma.deck.count({ where: { ownerId: user.id } })).toBe(0);

    const saved = await save(user, note(TCP + UDP));
    expect({ ...saved, preview: true, files: [] }).toEqual({ ...preview, files: [] });
    const deck = await prisma.deck.findUniqueOrThrow({ where: { id: saved.files[0]!.deckId! } });
    expect(deck).toMatchObject({ ownerId: user.id, builtIn: false, slug: "net-notes", markdown: note(TCP + UDP), sourcePath: "network.md" });
    expect(deck.id).toMatch(/^d_[0-9a-f]{16}$/);
    expect(deck.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("re-import after a wording edit keeps ids, states and logs; a removed section is archived and can be restored", async () => {
    const user = await seedUser();
    const first = await save(user, note(TCP + UDP));
    const deckId = first.files[0]!.deckId!;
    const before = await cardsOf(deckId);
    const graded = before.filter((c) => c.kind === "script");
    for (const c of graded) await recordReview(user, { id: crypto.randomUUID(), cardId: c.id, rating: 3, durationMs: 5000 }, NOW);
    const statesBefore = await prisma.cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });

    const edited = note(TCP.replace("세 단계로", "세 번의 메시지로") + UDP);
    const again = await save(user, edited, LATER);
    expect(again).toMatchObject({ updated: 1, archived: 0, added: 0, unchanged: before.length - 1 });
    expect(again.files[0]!.deckId).toBe(deckId);
    const after = await cardsOf(deckId);
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.find((c) => c.answer.includes("세 번의 메시지로"))).toBeDefined();
    expect(await prisma.cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } })).toEqual(statesBefore);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(graded.length);

    // Archiving cards of an existing deck needs the user's explicit confirmation.
    await expect(save(user, note(TCP), LATER)).rejects.toMatchObject({ status: 409, code: "confirm_archive" });
    const removed = await save(user, note(TCP), LATER, "network.md", true);
    expect(removed).toMatchObject({ archived: 1, added: 0 });
    const udp = (await cardsOf(deckId)).find((c) => c.answer.includes("UDP"))!;
    expect(udp.archivedAt).toEqual(LATER);
    expect(await prisma.reviewLog.count({ where: { cardId: udp.id } })).toBe(1);
    expect(await prisma.cardState.count({ where: { cardId: udp.id } })).toBe(1);

    expect(await updateCardStatus(user, udp.id, "restore", LATER)).toMatchObject({ id: udp.id, state: "learning" });
    expect((await prisma.card.findUniqueOrThrow({ where: { id: udp.id } })).archivedAt).toBeNull();

    const back = await save(user, edited, LATER);
    expect(back).toMatchObject({ added: 0, archived: 0 });
    expect(back.updated + back.unchanged).toBe(before.length); // line ranges may shift
  });

  it("keys decks by owner: another user importing the same slug gets their own deck", async () => {
    const a = await seedUser();
    const b = await seedUser();
    const da = (await save(a, note(TCP))).files[0]!.deckId!;
    const db = (await save(b, note(TCP + UDP))).files[0]!.deckId!;
    expect(db).not.toBe(da);
    expect((await prisma.deck.findUniqueOrThrow({ where: { id: da } })).markdown).toBe(note(TCP));
  });

  it("gives two files with one slug distinct decks, with a warning", async () => {
    const user = await seedUser();
    const out = await importNotes(user, [{ name: "a/notes.md", markdown: note(TCP) }, { name: "b/notes.md", markdown: note(UDP) }], { preview: false, now: NOW });
    expect(new Set(out.files.map((f) => f.deckId)).size).toBe(2);
    expect(out.files[1]!.warnings[0]!.message).toContain("net-notes");
  });

  it("keeps XSS payloads as text; the renderer strips them", async () => {
    const user = await seedUser();
    const evil = TCP.replace("TCP는", `<script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3)) TCP는`);
    const out = await importNotes(user, [{ name: "evil.md", markdown: note(evil) }], { preview: true, now: NOW });
    const answer = out.files[0]!.cards.find((c) => c.kind === "script")!.answer;
    const html = renderMarkdown(answer);
    expect(html).not.toMatch(/<script|onerror=|href="javascript:/i);
    expect(renderMarkdown("[x](javascript:alert(3))")).not.toContain("javascript:");
  });
});

describe("sliceCreates", () => {
  it("cuts new cards into slices by row count and by text size", () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ prompt: "p", answer: i === 2 ? "가".repeat(400) : "a" }));
    expect(sliceCreates(rows, { rows: 2, bytes: 100_000 }).map((s) => s.length)).toEqual([2, 2, 1]);
    // Row 2 alone is ~1.5 KB of UTF-8: it gets a slice of its own under a 1 KB budget.
    expect(sliceCreates(rows, { rows: 10, bytes: 1024 }).map((s) => s.length)).toEqual([2, 1, 2]);
    expect(sliceCreates([], { rows: 2, bytes: 10 })).toEqual([]);
  });
});
