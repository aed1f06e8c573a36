import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { userExportSchema, type UserExport } from "@/lib/export/export-schema";
import { REVLOG_HEADER, numericCardId } from "@/lib/export/revlog-csv";
import { IMPORT_LIMITS } from "@/lib/import/limits";
import { readZip } from "@/lib/import/read-zip";
import { parseDeck } from "@/lib/parser";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { exportDecksZip, exportRevlogCsv, exportUserData } from "./exports";
import { restoreUserData } from "./exports-restore";
import { importNoteFiles as importNotes } from "@/test/helpers/import-notes";
import { updateCardStatus } from "./library-card-detail";
import { recordAttempt } from "./attempts";
import { recordReview } from "./reviews";

const NOW = new Date("2026-11-24T01:00:00Z");
const NOTE = `---
title: 운영체제
slug: os-notes
tags: [OS]
---

## 프로세스와 스레드

### 스크립트

프로세스는 실행 중인 프로그램이고 스레드는 그 안의 실행 흐름입니다.

> 메모리 공유 여부를 꼭 말하세요.

### 꼬리 질문

#### 스레드끼리 무엇을 공유하나요?

코드, 데이터, 힙 영역을 공유합니다.

#### 아래 코드는 hi를 몇 번 출력할까요?

\`\`\`c
fork(); fork();
printf("hi\\n");
\`\`\`

**정답**: 네 번입니다. fork마다 프로세스가 둘로 나뉩니다.

## 교착 상태

### 스크립트

교착 상태는 서로의 자원을 기다리며 멈춘 상태입니다.

### Q. 교착 상태의 네 가지 조건은 무엇인가요?

상호 배제, 점유 대기, 비선점, 순환 대기입니다.
`;

/** An account with an own deck (one card archived, one suspended), progress on a built-in deck and settings. */
async function busyAccount() {
  const user = await seedUser();
  const builtIn = await seedDeck(`builtin-rt-${user.id}`);
  const { files } = await importNotes(user, [{ name: "os.md", markdown: NOTE }], { preview: false, now: NOW });
  const cards = await prisma.card.findMany({ where: { deckId: files[0]!.deckId! }, orderBy: { position: "asc" } });
  let t = NOW.getTime();
  for (const c of [...cards, ...cards.slice(0, 2)]) {
    await recordReview(user, { id: crypto.randomUUID(), cardId: c.id, rating: 3, durationMs: 3000 }, new Date((t += 600_000)));
  }
  await recordReview(user, { id: crypto.randomUUID(), cardId: builtIn["topic-a"]!, rating: 1, durationMs: 1200 }, new Date((t += 60_000)));
  await importNotes(user, [{ name: "os.md", markdown: NOTE.replace(/\n### Q\.[\s\S]*$/, "\n") }], { preview: false, now: new Date(t), confirmArchive: true });
  await updateCardStatus(user, cards[0]!.id, "suspend", new Date(t));
  await prisma.settings.update({ where: { userId: user.id }, data: { newPerDay: 17, desiredRetention: 0.87, followupsPerDay: 3 } });
  await prisma.deck.update({ where: { id: files[0]!.deckId! }, data: { title: "내 운영체제 덱", titleCustom: true } });
  await recordAttempt(user, builtIn["topic-a"]!, { transcript: "음 비공개 답변", durationMs: 4000, source: "speech" }, new Date((t += 60_000)));
  await prisma.settings.update({ where: { userId: user.id }, data: { saveTranscripts: true } });
  await recordAttempt(user, cards[1]!.id, { transcript: "스레드는 실행 흐름입니다", durationMs: 2500, source: "typed" }, new Date((t += 60_000)));
  return user;
}

/** Ids that must differ between accounts, replaced by what they stand for. */
function normalize(data: UserExport) {
  const ref = new Map<string, string>();
  for (const d of data.decks) for (const c of d.cards) ref.set(c.id, `${d.slug}/${c.key}`);
  const card = (id: string) => ref.get(id) ?? id;
  return {
    ...data,
    exportedAt: "",
    decks: data.decks.map(({ id: _id, cards, ...d }) => ({ ...d, cards: cards.map(({ id, ...c }) => ({ ...c, id: card(id) })) })),
    cardStates: data.cardStates.map((s) => ({ ...s, cardId: card(s.cardId) })).sort((a, b) => a.cardId.localeCompare(b.cardId)),
    reviewLogs: data.reviewLogs.map(({ id: _id, ...l }) => ({ ...l, cardId: card(l.cardId) })),
    attempts: data.attempts?.map(({ id: _id, ...a }) => ({ ...a, cardId: card(a.cardId) })),
  };
}

describe("export and restore", () => {
  it("round-trips: export → restore into a new account → export gives the same data", async () => {
    const a = await busyAccount();
    const first = await exportUserData(a, NOW);
    expect(userExportSchema.parse(JSON.parse(JSON.stringify(first)))).toEqual(first);
    expect(first.decks[0]!.cards.some((c) => c.archivedAt)).toBe(true);
    expect(first.cardStates.some((s) => s.suspended)).toBe(true);
    expect(first.decks[0]!.cards.filter((c) => c.given).map((c) => c.prompt)).toEqual(["아래 코드는 hi를 몇 번 출력할까요?"]);

    const b = await seedUser();
    const counts = await restoreUserData(b, JSON.parse(JSON.stringify(first)));
    expect(counts).toEqual({ decks: 1, cards: first.decks[0]!.cards.length, cardStates: first.cardStates.length, reviewLogs: first.reviewLogs.length, attempts: 2 });
    expect(first.attempts!.map((x) => x.transcript)).toEqual([null, "스레드는 실행 흐름입니다"]);
    expect(first.settings!.saveTranscripts).toBe(true);
    expect(first.settings!.followupsPerDay).toBe(3);
    expect(first.decks[0]).toMatchObject({ title: "내 운영체제 덱", titleCustom: true });
    const second = await exportUserData(b, NOW);
    expect(second.decks[0]!.id).not.toBe(first.decks[0]!.id);
    expect(normalize(second)).toEqual(normalize(first));
  });

  it("restores an export written before attempts existed (no attempts, no saveTranscripts)", async () => {
    const a = await busyAccount();
    const { attempts: _a, ...older } = await exportUserData(a, NOW);
    const { saveTranscripts: _s, ...settings } = older.settings!;
    const parsed = userExportSchema.parse(JSON.parse(JSON.stringify({ ...older, settings })));
    const b = await seedUser();
    expect((await restoreUserData(b, parsed)).attempts).toBe(0);
    const restored = await exportUserData(b, NOW);
    expect(restored.attempts).toEqual([]);
    expect(restored.settings!.saveTranscripts).toBe(false);
    expect(restored.reviewLogs).toHaveLength(older.reviewLogs.length);
  });

  it("refuses to merge into an account that already has history", async () => {
    const a = await busyAccount();
    const data = await exportUserData(a, NOW);
    await expect(restoreUserData(a, data)).rejects.toMatchObject({ status: 409, code: "account_not_empty" });
  });

  it("writes the review log as FSRS CSV", async () => {
    const a = await busyAccount();
    const csv = (await exportRevlogCsv(a)).trim().split("\n");
    const logs = await prisma.reviewLog.findMany({ where: { userId: a.id }, orderBy: { reviewedAt: "asc" } });
    expect(csv[0]).toBe(REVLOG_HEADER);
    expect(csv).toHaveLength(logs.length + 1);
    const l = logs[0]!;
    expect(csv[1]).toBe(`${numericCardId(l.cardId)},${l.reviewedAt.getTime()},${l.rating},${l.state},3000`);
  });

  it("exports decks as canonical Markdown that parses back to the same cards", async () => {
    const a = await busyAccount();
    const zip = await exportDecksZip(a, NOW);
    const entries = readZip("decks.zip", zip, IMPORT_LIMITS, () => true);
    expect(entries.map((e) => e.path)).toEqual(["os-notes.md", "원본/os-notes.md"]);
    const canonical = Buffer.from(entries[0]!.bytes).toString("utf8");
    const parsed = parseDeck(canonical, { path: "os-notes.md" });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.deck).toMatchObject({ slug: "os-notes", title: "내 운영체제 덱", tags: ["OS"] }); // the title the user gave it in the library
    const active = await prisma.card.findMany({ where: { deck: { ownerId: a.id }, archivedAt: null }, orderBy: { position: "asc" } });
    expect(parsed.cards.map((c) => [c.kind, c.prompt]).sort()).toEqual(active.map((c) => [c.kind, c.prompt]).sort());
    // a quiz's code is written under its question and read back as what it shows
    expect(parsed.cards.filter((c) => c.given).map((c) => [c.prompt, c.given, c.answer])).toEqual(active.filter((c) => c.given).map((c) => [c.prompt, c.given, c.answer]));
    expect(parsed.cards.find((c) => c.given)?.given).toBe('```c\nfork(); fork();\nprintf("hi\\n");\n```');
  });
});
