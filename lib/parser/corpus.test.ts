import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const exists = existsSync(CORPUS);
if (!exists) console.warn(`[corpus.test] skipped: corpus not found at ${CORPUS}`);

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) stack.push(f);
      else if (e.name.toLowerCase().endsWith(".md")) out.push(f);
    }
  }
  return out.sort();
}

describe.skipIf(!exists)("real notes in ../shared/corpus", () => {
  it("every file parses without throwing into well-formed cards", () => {
    const files = markdownFiles(CORPUS);
    expect(files.length).toBeGreaterThan(100);
    let withCards = 0;
    const problems: string[] = [];
    const t = performance.now();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const lines = text.split(/\r\n|\r|\n/).length;
      const rel = path.relative(CORPUS, file);
      let deck;
      try {
        deck = parseDeck(text, { path: rel });
      } catch (e) {
        problems.push(`${rel}: threw ${(e as Error).message}`);
        continue;
      }
      if (deck.cards.length > 0) withCards++;
      const ids = new Set<string>();
      for (const c of deck.cards) {
        if (!c.prompt.trim()) problems.push(`${rel}:${c.lineStart} empty prompt`);
        if (!c.answer.trim()) problems.push(`${rel}:${c.lineStart} empty answer`);
        if (ids.has(c.id)) problems.push(`${rel}:${c.lineStart} duplicate id ${c.id}`);
        ids.add(c.id);
        if (c.lineStart < 1 || c.lineEnd < c.lineStart || c.lineEnd > lines) problems.push(`${rel}: bad range ${c.lineStart}-${c.lineEnd} of ${lines}`);
        if (c.parentId && !deck.cards.some((p) => p.id === c.parentId)) problems.push(`${rel}:${c.lineStart} dangling parent`);
      }
      for (const w of deck.warnings) if (w.line < 1 || w.line > lines) problems.push(`${rel}: warning line ${w.line} out of range`);
    }
    console.log(`corpus: ${files.length} files, ${withCards} with cards, ${Math.round(performance.now() - t)} ms`);
    expect(problems).toEqual([]);
    expect(withCards / files.length).toBeGreaterThan(0.5);
  }, 300_000);
});
