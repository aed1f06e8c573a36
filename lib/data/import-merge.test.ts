import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedUser } from "@/test/fixtures/study-fixtures";
import { importNoteFiles } from "@/test/helpers/import-notes";
import { recordReview } from "./reviews";

const NOW = new Date("2026-11-24T01:00:00Z");
const LATER = new Date("2026-11-25T01:00:00Z");

// A note written for this test: a topic over two leaf kinds.
const NOTE = `---
slug: join-notes
---

## 조인

두 테이블을 공통 열로 이어 하나의 결과로 만드는 연산이다.

### INNER JOIN

양쪽 테이블에 모두 값이 있는 행만 남긴다.

### LEFT JOIN

왼쪽 테이블의 행은 모두 남기고, 오른쪽에 짝이 없으면 NULL로 채운다.
`;
const files = [{ name: "join.md", markdown: NOTE }];

describe("importing with the merge-sub-headings switch", () => {
  it("counts in the preview what the switch would fold, and merges only when it is on", async () => {
    const user = await seedUser();
    const off = await importNoteFiles(user, files, { preview: true, now: NOW });
    expect(off.files[0]!.mergeableSubheadings).toBe(2);
    expect(off.files[0]!.cards.map((c) => c.prompt)).toEqual(["조인에 대해 설명해 주세요.", "INNER JOIN에 대해 설명해 주세요.", "LEFT JOIN에 대해 설명해 주세요."]);
    const on = await importNoteFiles(user, files, { preview: true, now: NOW, mergeSubheadings: true });
    expect(on.files[0]!.mergeableSubheadings).toBe(0);
    expect(on.files[0]!.cards.map((c) => c.prompt)).toEqual(["조인에 대해 설명해 주세요."]);
    expect(on.files[0]!.cards[0]!.answer).toContain("**LEFT JOIN**");
  });

  it("re-imported merged, keeps the topic card's row and history and archives the parts only once confirmed", async () => {
    const user = await seedUser();
    await importNoteFiles(user, files, { preview: false, now: NOW });
    const deck = await prisma.deck.findFirstOrThrow({ where: { ownerId: user.id, slug: "join-notes" }, select: { id: true } });
    const topic = await prisma.card.findFirstOrThrow({ where: { deckId: deck.id, prompt: "조인에 대해 설명해 주세요." }, select: { id: true } });
    await recordReview(user, { id: crypto.randomUUID(), cardId: topic.id, rating: 3, durationMs: 4000 }, NOW);

    const preview = await importNoteFiles(user, files, { preview: true, now: LATER, mergeSubheadings: true });
    expect(preview).toMatchObject({ added: 0, updated: 1, archived: 2 });
    await expect(importNoteFiles(user, files, { preview: false, now: LATER, mergeSubheadings: true })).rejects.toMatchObject({ status: 409, code: "confirm_archive" });
    await importNoteFiles(user, files, { preview: false, now: LATER, mergeSubheadings: true, confirmArchive: true });

    const cards = await prisma.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { id: true, prompt: true, answer: true, archivedAt: true } });
    expect(cards.filter((c) => !c.archivedAt).map((c) => c.id)).toEqual([topic.id]);
    expect(cards.filter((c) => c.archivedAt).map((c) => c.prompt)).toEqual(["INNER JOIN에 대해 설명해 주세요.", "LEFT JOIN에 대해 설명해 주세요."]);
    expect(cards.find((c) => c.id === topic.id)!.answer).toContain("**INNER JOIN**");
    expect(await prisma.reviewLog.count({ where: { cardId: topic.id } })).toBe(1);
  });
});
