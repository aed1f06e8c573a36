// Parses one file in its own process and prints a compact summary as JSON.
// Tests use it for very large inputs: a synchronous multi-second parse
// inside a Vitest worker would starve the worker's RPC with the runner.
import fs from "node:fs";
import { parseDeck } from "../../lib/parser";

const file = process.argv[2];
if (!file) throw new Error("usage: parse-file-child <file>");
const input = fs.readFileSync(file, "utf8");
const t = performance.now();
const deck = parseDeck(input, { path: file });
const ms = performance.now() - t;
process.stdout.write(
  JSON.stringify({
    ms,
    cards: deck.cards.map((c) => [c.id, c.lineStart, c.lineEnd]),
    warnings: deck.warnings,
  }),
);
