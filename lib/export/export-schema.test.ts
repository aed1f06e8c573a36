import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "@/lib/import/limits";
import { userExportSchema } from "./export-schema";

const at = "2026-11-20T09:00:00.000Z";
/** A minimal export with one deck holding one card whose fields can be overridden. */
function exportWithCard(card: Record<string, unknown>) {
  return {
    format: "rehearse-export", version: 1, exportedAt: at, settings: null, cardStates: [], reviewLogs: [], studyDays: [],
    decks: [{
      id: "d_1", slug: "os", title: "운영체제", description: "", tags: [], sources: [], sourcePath: "os.md", markdown: "## 스레드\n\n답\n", contentHash: "h", createdAt: at,
      cards: [{ id: "c_1", key: "k", kind: "qa", prompt: "스레드란?", answer: "답", tips: [], steps: null, parentKey: null, sources: [], lineStart: 1, lineEnd: 3, position: 0, archivedAt: null, createdAt: at, ...card }],
    }],
  };
}
const issuePaths = (value: unknown) => userExportSchema.safeParse(value).error?.issues.map((i) => i.path.join(".")) ?? [];

describe("restore: a card's text is bounded by what one note can hold", () => {
  const max = IMPORT_LIMITS.maxFileBytes;

  it("accepts a prompt, an answer and a tip as long as a whole note", () => {
    expect(issuePaths(exportWithCard({ prompt: "가".repeat(max), answer: "a".repeat(max), tips: ["b".repeat(max)] }))).toEqual([]);
  });

  it("refuses longer card texts and names each field", () => {
    const over = "a".repeat(max + 1);
    expect(issuePaths(exportWithCard({ prompt: over, answer: over, tips: ["팁", over], steps: [over] }))).toEqual([
      "decks.0.cards.0.prompt",
      "decks.0.cards.0.answer",
      "decks.0.cards.0.tips.1",
      "decks.0.cards.0.tips",
      "decks.0.cards.0.steps.0",
      "decks.0.cards.0.steps",
    ]);
  });

  it("refuses tips that together are longer than a note, though each one fits", () => {
    const half = "a".repeat(max / 2 + 1);
    expect(issuePaths(exportWithCard({ tips: [half, half] }))).toEqual(["decks.0.cards.0.tips"]);
    expect(issuePaths(exportWithCard({ steps: Array.from({ length: 1001 }, () => "단계") }))).toEqual(["decks.0.cards.0.steps"]);
  });
});
