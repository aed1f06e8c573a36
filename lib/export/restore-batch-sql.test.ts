import { describe, expect, it } from "vitest";
import type { SqlStep } from "@/lib/db/sql-plan";
import type { UserExport } from "./export-schema";
import { MARKDOWN_PIECE_CHARS, planRestore, RESTORE_BATCH, type RestoreBatch } from "./plan-restore";
import { restoreBatchPlan } from "./restore-batch-sql";

const AT = "2026-11-20T09:00:00.000Z";
const NOW = new Date("2026-12-01T10:00:00.000Z");

function exportOf(markdown: string, answers: string[] = ["답"]): UserExport {
  return {
    format: "rehearse-export", version: 1, exportedAt: AT, settings: null, cardStates: [], studyDays: [], reviewLogs: [],
    decks: [{
      id: "d_src", slug: "big", title: "덱", description: "", tags: [], sources: [], sourcePath: "big.md", markdown, contentHash: "h", createdAt: AT,
      cards: answers.map((answer, i) => ({ id: `c${i}`, key: `k${i}`, kind: "script", prompt: `질문 ${i}?`, answer, tips: [], steps: null, parentKey: null, sources: [], lineStart: i, lineEnd: i, position: i, archivedAt: null, createdAt: AT })),
    }],
  };
}

const batchesOf = (markdown: string, answers?: string[]) => planRestore(exportOf(markdown, answers)).batches.map((b) => JSON.parse(b) as RestoreBatch);

/** Runs a plan against a fake database: a write answers 1, a read (INSERT … RETURNING) what `returning` says. */
function runPlan(plan: Generator<SqlStep, number, unknown>, returning: (step: SqlStep) => unknown[] = () => []): SqlStep[] {
  const steps: SqlStep[] = [];
  let step = plan.next();
  while (!step.done) {
    steps.push(step.value);
    step = plan.next(step.value.write ? 1 : returning(step.value));
  }
  return steps;
}

describe("planRestore: long deck Markdown in pieces", () => {
  it("keeps a Markdown up to the piece size in the deck row", () => {
    const markdown = "가".repeat(MARKDOWN_PIECE_CHARS);
    const [deck, ...rest] = batchesOf(markdown);
    expect(deck!.table).toBe("deck");
    expect(deck!.rows[0]!.markdown).toBe(markdown);
    expect(rest.map((b) => b.table)).toEqual(["card"]);
  });

  it("writes a longer one as ordered pieces, one batch each, that join back exactly (no split surrogate pair)", () => {
    // An emoji (two UTF-16 units) straddles the first piece boundary.
    const markdown = "가".repeat(MARKDOWN_PIECE_CHARS - 1) + "🙂" + "나".repeat(2 * MARKDOWN_PIECE_CHARS);
    const batches = batchesOf(markdown);
    expect(batches.map((b) => b.table)).toEqual(["deck", "deckMarkdownPiece", "deckMarkdownPiece", "deckMarkdownPiece", "deckMarkdownPiece", "card"]);
    const deckId = batches[0]!.rows[0]!.id;
    expect(batches[0]!.rows[0]!.markdown).toBe("");
    const pieces = batches.filter((b) => b.table === "deckMarkdownPiece").map((b) => b.rows[0]!);
    expect(pieces.map((p) => [p.deckId, p.n])).toEqual([[deckId, 0], [deckId, 1], [deckId, 2], [deckId, 3]]);
    expect((pieces[0]!.text as string).length).toBe(MARKDOWN_PIECE_CHARS - 1);
    expect(pieces.map((p) => p.text).join("")).toBe(markdown);
  });

  it("counts every text toward a batch's size: a card with a long answer is a batch of its own", () => {
    const long = "다".repeat(RESTORE_BATCH.chars);
    const cards = batchesOf("# 덱\n", ["짧다", long, "짧다"]).filter((b) => b.table === "card");
    expect(cards.map((b) => b.rows.map((r) => r.key))).toEqual([["k0"], ["k1"], ["k2"]]);
  });
});

describe("restoreBatchPlan", () => {
  const ctx = { stagingId: "restore_s", now: NOW, newId: (() => { let i = 0; return () => `new-${++i}`; })() };

  it("inserts the rows with the staging owner, dates as Dates and updatedAt, in one parameterised statement", () => {
    const [deck] = batchesOf("# 덱\n");
    const steps = runPlan(restoreBatchPlan(deck!, ctx));
    expect(steps).toHaveLength(1);
    expect(steps[0]!.sql).toBe(
      `INSERT INTO "deck" ("id", "builtIn", "slug", "title", "titleCustom", "description", "tags", "sources", "sourcePath", "markdown", "contentHash", "createdAt", "ownerId", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    expect(steps[0]!.params.slice(1)).toEqual([false, "big", "덱", false, "", "[]", "[]", "big.md", "# 덱\n", "h", new Date(AT), "restore_s", NOW]);
  });

  it("keeps review log ids unless taken (on the server or twice in the export); those rows are written again under fresh ids", () => {
    const log = { id: "log-1", cardId: "c_x", rating: 3, reviewedAt: AT };
    const batch: RestoreBatch = { table: "reviewLog", rows: [log, { ...log, id: "log-2" }, { ...log, id: "log-1", rating: 4 }, { ...log, id: "log-3" }] };
    // log-2 is another account's; the second log-1 conflicts with the first.
    const steps = runPlan(restoreBatchPlan(batch, ctx), () => [{ id: "log-1" }, { id: "log-3" }]);
    expect(steps.map((s) => [s.write, s.sql.endsWith(`ON CONFLICT ("id") DO NOTHING RETURNING "id"`)])).toEqual([[false, true], [true, false]]);
    expect(steps[0]!.sql).toContain("VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?) ON CONFLICT");
    expect(steps[1]!.params).toEqual(["new-1", "c_x", 3, new Date(AT), "restore_s", "new-2", "c_x", 4, new Date(AT), "restore_s"]);
  });

  it("gives pieces no owner column (they belong to the staging deck) and refuses a column name that is not an identifier", () => {
    const pieces = runPlan(restoreBatchPlan({ table: "deckMarkdownPiece", rows: [{ deckId: "d_1", n: 0, text: "가" }] }, ctx));
    expect(pieces[0]!.sql).toBe(`INSERT INTO "deck_markdown_piece" ("deckId", "n", "text") VALUES (?, ?, ?)`);
    expect(() => runPlan(restoreBatchPlan({ table: "studyDay", rows: [{ 'day" ) --': "x" }] }, ctx))).toThrow(/unexpected column/);
  });
});
