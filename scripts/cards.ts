/**
 * Print the cards parsed from Markdown notes.
 *
 *   npm run cards -- <file-or-dir>... [--json]
 *
 * Directories are walked recursively for .md/.markdown/.txt files. With
 * --json, stdout is exactly one JSON array of all cards (errors go to
 * stderr); without it, a readable summary per file. Exits 1 if a path
 * does not exist.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseDeck } from "../lib/parser";
import { CARD_KINDS, type ParsedCard, type ParsedDeck } from "../lib/parser/types";

const NOTE = /\.(md|markdown|txt)$/i;

/** Expand files and directories (recursively, sorted) into note files. */
export function collectFiles(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (NOTE.test(e.name)) files.push(f);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) missing.push(input);
    else if (statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, missing };
}

/** Readable summary of one parsed file. */
export function summarize(file: string, deck: ParsedDeck): string {
  const out: string[] = [];
  const counts = CARD_KINDS.map((k) => `${k} ${deck.cards.filter((c) => c.kind === k).length}`).join(", ");
  out.push(`# ${file}`, `  덱: ${deck.deck.title} (${deck.deck.slug}) — 카드 ${deck.cards.length}장 [${counts}]`);
  const byId = new Map(deck.cards.map((c) => [c.id, c]));
  for (const c of deck.cards) {
    const first = c.answer.split("\n").find((l) => l.trim()) ?? "";
    const extras = [c.given ? `문제 ${c.given.split("\n").length}줄` : "", c.steps ? `steps ${c.steps.length}` : "", c.tips.length ? `tips ${c.tips.length}` : "", `L${c.lineStart}-${c.lineEnd}`].filter(Boolean).join(", ");
    out.push(`  - [${c.kind}] ${c.prompt}  (${extras})`, `      ${first.slice(0, 100)}`);
    if (c.parentId) out.push(`      ↳ 상위: ${byId.get(c.parentId)?.prompt ?? c.parentId}`);
  }
  // (what the import preview lists beside the cards: the questions still to answer and where the note says to read)
  for (const u of deck.unanswered ?? []) {
    const parent = u.parentId ? ` ↳ 상위: ${byId.get(u.parentId)?.prompt ?? u.parentId}` : "";
    out.push(`  ? 답이 없는 질문 (L${u.line}) ${u.prompt}${parent}${u.sources?.length ? ` — ${u.sources.join(", ")}` : ""}`);
  }
  if (deck.deck.sources.length > 0) out.push(`  @ 출처: ${deck.deck.sources.join(", ")}`);
  for (const w of deck.warnings) out.push(`  ! ${file}:${w.line} ${w.message}`);
  return out.join("\n");
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const inputs = argv.filter((a) => a !== "--json");
  if (inputs.length === 0) {
    console.error("usage: npm run cards -- <file-or-dir>... [--json]");
    return 2;
  }
  const { files, missing } = collectFiles(inputs);
  for (const m of missing) console.error(`no such file or directory: ${m}`);
  const all: ParsedCard[] = [];
  for (const file of files) {
    let deck: ParsedDeck;
    try {
      deck = parseDeck(readFileSync(file, "utf8"), { path: path.relative(process.cwd(), path.resolve(file)) });
    } catch (e) {
      console.error(`${file}: ${(e as Error)?.message ?? e}`);
      continue;
    }
    if (json) all.push(...deck.cards);
    else console.log(summarize(file, deck) + "\n");
  }
  if (json) process.stdout.write(JSON.stringify(all, null, 2) + "\n");
  return missing.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
