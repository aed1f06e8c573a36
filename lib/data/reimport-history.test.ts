import { describe, expect, it } from "vitest";
import { applyParsedDeck } from "@/lib/content/apply-parsed-deck";
import { prisma } from "@/lib/db/prisma";
import { parseDeck } from "@/lib/parser";
import type { ParsedDeck } from "@/lib/parser/types";
import { seedUser } from "@/test/fixtures/study-fixtures";
import { importNoteFiles } from "@/test/helpers/import-notes";
import { recordReview } from "./reviews";

const NOW = new Date("2026-11-24T01:00:00Z");
const LATER = new Date("2026-11-25T01:00:00Z");

// A question heading nested under a question: an older parser made it a qa card
// (key depended on the kind), this one types it a follow-up with a new key.
const NOTE = `---
slug: os-notes
---

## 프로세스와 스레드의 차이를 설명해 주세요.

프로세스는 주소 공간을 따로 가지고 스레드는 나눠 씁니다.

### 스레드가 공유하지 않는 것은 무엇인가요?

스택과 레지스터입니다.
`;

describe("re-importing a note parsed by an older parser", () => {
  it("keeps the row, state and review history of every card whose question is unchanged", async () => {
    const user = await seedUser();
    const parsed = parseDeck(NOTE, { path: "os.md" });
    expect(parsed.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ["qa", "프로세스와 스레드의 차이를 설명해 주세요."],
      ["followup", "스레드가 공유하지 않는 것은 무엇인가요?"],
    ]);
    // First import as the old parser saw it: other keys, the follow-up typed qa,
    // the topic prompt with a generated request tail.
    const old: ParsedDeck = {
      ...parsed,
      cards: [
        { ...parsed.cards[0]!, id: "old-topic", prompt: "프로세스와 스레드의 차이를 설명해 주세요." },
        { ...parsed.cards[1]!, id: "old-followup", kind: "qa", parentId: undefined, prompt: "스레드가 공유하지 않는 것은 무엇인가요?에 대해 설명해 주세요." },
      ],
    };
    const deck = await prisma.deck.create({ data: { id: "d_reimport00000001", slug: "os-notes", ownerId: user.id, builtIn: false, title: "os", markdown: NOTE } });
    await prisma.$transaction((tx) => applyParsedDeck(tx, deck.id, old, NOW));
    const before = await prisma.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    for (const c of before) await recordReview(user, { id: crypto.randomUUID(), cardId: c.id, rating: 3, durationMs: 4000 }, NOW);

    const result = await importNoteFiles(user, [{ name: "os.md", markdown: NOTE }], { preview: false, now: LATER });
    expect(result).toMatchObject({ added: 0, archived: 0, updated: 2 });
    const after = await prisma.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.map((c) => [c.key, c.kind, c.archivedAt])).toEqual([
      [parsed.cards[0]!.id, "qa", null],
      [parsed.cards[1]!.id, "followup", null],
    ]);
    expect(after[1]!.parentId).toBe(after[0]!.id);
    expect(await prisma.reviewLog.count({ where: { cardId: { in: after.map((c) => c.id) } } })).toBe(2);
    expect(await prisma.cardState.count({ where: { userId: user.id, cardId: { in: after.map((c) => c.id) } } })).toBe(2);
  });

  it("keeps a quiz card's row and history when its code moves out of the answer into what the question shows", async () => {
    const user = await seedUser();
    const quiz = "---\nslug: js-quiz\n---\n\n## 무엇이 출력 될까요?\n\n```js\nconsole.log(typeof null);\n```\n\n- A: `null`\n- B: `object`\n\n**정답**: B, 초기 구현의 흔적입니다.\n";
    const parsed = parseDeck(quiz, { path: "quiz.md" });
    expect(parsed.cards.map((c) => [c.prompt, c.given, c.answer])).toEqual([["무엇이 출력 될까요?", "```js\nconsole.log(typeof null);\n```\n\n- A: `null`\n- B: `object`", "**정답**: B, 초기 구현의 흔적입니다."]]);
    // as an older parser saved it: the code and choices at the top of the answer
    const old: ParsedDeck = { ...parsed, cards: [{ ...parsed.cards[0]!, given: undefined, answer: `${parsed.cards[0]!.given}\n\n${parsed.cards[0]!.answer}` }] };
    const deck = await prisma.deck.create({ data: { id: "d_reimport00000002", slug: "js-quiz", ownerId: user.id, builtIn: false, title: "quiz", markdown: quiz } });
    await prisma.$transaction((tx) => applyParsedDeck(tx, deck.id, old, NOW));
    const [before] = await prisma.card.findMany({ where: { deckId: deck.id } });
    expect(before!.given).toBeNull();
    await recordReview(user, { id: crypto.randomUUID(), cardId: before!.id, rating: 3, durationMs: 4000 }, NOW);

    const result = await importNoteFiles(user, [{ name: "quiz.md", markdown: quiz }], { preview: false, now: LATER });
    expect(result).toMatchObject({ added: 0, archived: 0, updated: 1 });
    const after = await prisma.card.findMany({ where: { deckId: deck.id } });
    expect(after.map((c) => [c.id, c.given, c.answer])).toEqual([[before!.id, parsed.cards[0]!.given, "**정답**: B, 초기 구현의 흔적입니다."]]);
    expect(await prisma.reviewLog.count({ where: { cardId: before!.id } })).toBe(1);
  });
});
