import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedUser } from "@/test/fixtures/study-fixtures";
import { importNoteFiles as importNotes } from "@/test/helpers/import-notes";
import { renameDeck } from "./library";

const NOW = new Date("2026-11-24T01:00:00Z");
const TCP = "# TCP 노트\n\n## TCP 핸드셰이크\n\n### 스크립트\n\nSYN, SYN-ACK, ACK 세 단계로 연결합니다.\n\n## TCP 종료\n\n### 스크립트\n\nFIN과 ACK를 주고받아 연결을 닫습니다.\n";
const GC = "# GC 노트\n\n## 가비지 컬렉션\n\n### 스크립트\n\n도달할 수 없는 객체를 회수합니다.\n";
const run = (user: { id: string; email: string }, name: string, markdown: string, preview: boolean, confirmArchive = false) =>
  importNotes(user, [{ name, markdown }], { preview, now: NOW, confirmArchive });

describe("an import that would archive another deck's cards", () => {
  it("preview names the existing deck and lists the cards to be archived; saving needs confirmation", async () => {
    const user = await seedUser();
    const first = await run(user, "notes.md", TCP, false);
    const deckId = first.files[0]!.deckId!;
    await renameDeck(user, deckId, "내 TCP 덱");

    const preview = await run(user, "notes.md", GC, true);
    expect(preview.files[0]).toMatchObject({
      existingDeck: { id: deckId, title: "내 TCP 덱" },
      title: "내 TCP 덱", // the user's title wins over the note's
      archived: 2,
      diff: { archived: [expect.objectContaining({ prompt: expect.stringContaining("TCP 핸드셰이크") }), expect.objectContaining({ prompt: expect.stringContaining("TCP 종료") })] },
    });
    await expect(run(user, "notes.md", GC, false)).rejects.toMatchObject({ status: 409, code: "confirm_archive", message: expect.stringContaining("내 TCP 덱") });
    expect(await prisma.card.count({ where: { deckId, archivedAt: null } })).toBe(2); // nothing changed
    const deck = await prisma.deck.findUniqueOrThrow({ where: { id: deckId } });
    expect(deck.title).toBe("내 TCP 덱");

    await run(user, "notes.md", GC, false, true);
    expect(await prisma.card.count({ where: { deckId, archivedAt: null } })).toBe(1);
    expect((await prisma.deck.findUniqueOrThrow({ where: { id: deckId } })).title).toBe("내 TCP 덱");
  });

  it("a re-import that archives nothing saves without confirmation and reports changed cards", async () => {
    const user = await seedUser();
    await run(user, "tcp.md", TCP, false);
    const edited = TCP.replace("세 단계로", "세 번의 메시지로");
    const preview = await run(user, "tcp.md", edited + "\n## TCP 흐름 제어\n\n### 스크립트\n\n윈도로 조절합니다.\n", true);
    expect(preview.files[0]!.diff.archived).toEqual([]);
    expect(preview.files[0]!.diff.added).toHaveLength(1);
    expect(preview.files[0]!.diff.changed).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ answer: expect.stringContaining("세 단계로") }), after: expect.objectContaining({ answer: expect.stringContaining("세 번의 메시지로") }) }),
    ]);
    await expect(run(user, "tcp.md", edited, false)).resolves.toMatchObject({ updated: 1, archived: 0 });
  });
});

describe("a note with no cards", () => {
  it("is never saved as an empty deck; the preview marks it", async () => {
    const user = await seedUser();
    const preview = await run(user, "empty.md", "---\ntitle: 빈 노트\n---\n\n", true);
    expect(preview.files[0]).toMatchObject({ noCards: true, cards: [], added: 0 });
    await expect(run(user, "empty.md", "   \n", false)).rejects.toMatchObject({ status: 400, code: "no_cards" });
    expect(await prisma.deck.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it("in a batch, only the files with cards are saved", async () => {
    const user = await seedUser();
    const out = await importNotes(user, [{ name: "gc.md", markdown: GC }, { name: "empty.md", markdown: "" }], { preview: false, now: NOW });
    expect(out.files.map((f) => [f.name, f.noCards, !!f.deckId])).toEqual([["gc.md", false, true], ["empty.md", true, false]]);
    expect(await prisma.deck.count({ where: { ownerId: user.id } })).toBe(1);
  });
});
