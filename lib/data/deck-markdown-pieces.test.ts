import { describe, expect, it } from "vitest";
import { MARKDOWN_PIECE_CHARS, splitMarkdownPieces } from "@/lib/content/markdown-pieces";
import { prisma, sqliteHandleOf } from "@/lib/db/prisma";
import { seedUser } from "@/test/fixtures/study-fixtures";
import { importNoteFiles as importNotes } from "@/test/helpers/import-notes";
import { exportUserData } from "./exports";

const NOW = new Date("2026-11-24T01:00:00Z");
const note = (slug: string, filler: string) => `---\nslug: ${slug}\n---\n\n## TCP 연결 수립\n\n### 스크립트\n\nTCP는 세 단계로 연결을 맺습니다.\n\n${filler}\n`;

describe("splitMarkdownPieces", () => {
  it("leaves a Markdown up to the piece size whole and splits a longer one without breaking a surrogate pair", () => {
    expect(splitMarkdownPieces("가나다", 3)).toEqual([]);
    expect(splitMarkdownPieces("가나🙂다라", 3)).toEqual(["가나", "🙂다", "라"]);
    expect(splitMarkdownPieces("가나다라마바사", 3)).toEqual(["가나다", "라마바", "사"]);
  });
});

describe("a long note is stored in pieces", () => {
  it("import writes a note over the piece size as pieces; export gives it back whole; a shorter re-import replaces them", async () => {
    const user = await seedUser();
    const slug = `pieces-${user.id.slice(-8)}`;
    const long = note(slug, "문단이 길게 이어집니다 🙂. ".repeat(Math.ceil((2.5 * MARKDOWN_PIECE_CHARS) / 17)));
    await importNotes(user, [{ name: "long.md", markdown: long }], { preview: false, now: NOW });
    const deck = await prisma.deck.findFirstOrThrow({ where: { ownerId: user.id, slug }, select: { id: true, markdown: true } });
    expect(deck.markdown).toBe("");
    expect(await prisma.deckMarkdownPiece.count({ where: { deckId: deck.id } })).toBe(splitMarkdownPieces(long).length);
    expect(splitMarkdownPieces(long).length).toBe(3);
    expect((await exportUserData(user, NOW)).decks.map((d) => d.markdown)).toEqual([long]);
    // Pieces but the last commit without their own fsync; the connection is back at FULL for everyone else (grades).
    const sqlite = sqliteHandleOf(prisma);
    if (sqlite) expect(Number(sqlite.pragma("synchronous", { simple: true }))).toBe(2);

    const short = note(slug, "짧은 문단입니다.");
    await importNotes(user, [{ name: "long.md", markdown: short }], { preview: false, now: NOW });
    expect(await prisma.deckMarkdownPiece.count({ where: { deckId: deck.id } })).toBe(0);
    expect((await exportUserData(user, NOW)).decks.map((d) => d.markdown)).toEqual([short]);
  });
});
