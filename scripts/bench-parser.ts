/**
 * Benchmark part 1: parseDeck over the shared corpus and the built-in decks,
 * against remark-parse alone on the same files (the floor: no parser of ours
 * can beat tokenizing the Markdown once). Prints one JSON object on stdout.
 *
 *   tsx scripts/bench-parser.ts [--rounds 7]
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseDeck } from "@/lib/parser";
import { median } from "../bench/lib/stats.mjs";

const { values: args } = parseArgs({ options: { rounds: { type: "string", default: "7" } } });
const ROUNDS = Number(args.rounds);
const ROOT = path.resolve(import.meta.dirname, "..");
const CORPUS = path.resolve(ROOT, "..", "shared", "corpus");

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const builtIn = markdownFiles(path.join(ROOT, "content")).filter((f) => path.basename(f) !== "README.md");
const corpusPresent = fs.existsSync(CORPUS);
if (!corpusPresent) process.stderr.write(`[bench:parser] ../shared/corpus is absent: measuring content/ only\n`);
const files = [...(corpusPresent ? markdownFiles(CORPUS) : []), ...builtIn].map((f) => ({
  path: path.relative(corpusPresent && f.startsWith(CORPUS) ? CORPUS : ROOT, f),
  text: fs.readFileSync(f, "utf8"),
}));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const floorProcessor = unified().use(remarkParse);
let cards = 0;
const ours = () => {
  cards = 0;
  for (const f of files) cards += parseDeck(f.text, { path: f.path }).cards.length;
};
const floor = () => {
  for (const f of files) floorProcessor.parse(f.text);
};
const timeOnce = (fn: () => void) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

// Warm both up (JIT, lazy module init), then interleave so load spikes hit both alike.
ours();
floor();
const oursMs: number[] = [];
const floorMs: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  oursMs.push(timeOnce(ours));
  floorMs.push(timeOnce(floor));
}
const r2 = (x: number) => Math.round(x * 100) / 100;
const o = median(oursMs);
const fl = median(floorMs);
console.log(
  JSON.stringify({
    files: files.length,
    bytes,
    cards,
    corpus: corpusPresent ? "../shared/corpus + content/" : "content/ only (../shared/corpus absent)",
    rounds: ROUNDS,
    oursMs: r2(o),
    floorMs: r2(fl),
    ratio: r2(o / fl),
  }),
);
