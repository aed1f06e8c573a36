/**
 * Parse every note of a corpus and report, per source repo: files, cards by
 * kind, warnings, crashes and time. Usage: npm run corpus-report [-- dir]
 * (default ../shared/corpus). Exits 1 if any file crashed the parser.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseDeck } from "../lib/parser";
import { CARD_KINDS, type CardKind } from "../lib/parser/types";

interface Row {
  repo: string;
  files: number;
  withCards: number;
  kinds: Record<CardKind, number>;
  warnings: number;
  crashes: number;
  ms: number;
}

/** Files listed in MANIFEST.tsv (repo, path), or every .md under the dir when there is none. */
export function listCorpus(dir: string): { repo: string; file: string }[] {
  const manifest = path.join(dir, "MANIFEST.tsv");
  if (existsSync(manifest)) {
    const rows = readFileSync(manifest, "utf8").split("\n").slice(1).filter((l) => l.trim());
    return rows.map((l) => {
      const [repo = "?", , file = ""] = l.split("\t");
      return { repo, file: path.join(dir, repo.replace("/", "__"), file) };
    });
  }
  const out: { repo: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (/\.(md|markdown)$/i.test(e.name)) out.push({ repo: path.relative(dir, f).split(path.sep)[0] ?? "?", file: f });
    }
  };
  walk(dir);
  return out;
}

function main(): number {
  const dir = path.resolve(process.argv[2] ?? "../shared/corpus");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.log(`corpus directory not found: ${dir} — nothing to report.`);
    return 0;
  }
  const rows = new Map<string, Row>();
  const crashes: string[] = [];
  const started = performance.now();
  for (const { repo, file } of listCorpus(dir)) {
    const row = rows.get(repo) ?? { repo, files: 0, withCards: 0, kinds: { script: 0, steps: 0, qa: 0, followup: 0 }, warnings: 0, crashes: 0, ms: 0 };
    rows.set(repo, row);
    row.files++;
    const t = performance.now();
    try {
      const text = readFileSync(file, "utf8");
      const deck = parseDeck(text, { path: path.relative(dir, file) });
      for (const c of deck.cards) row.kinds[c.kind]++;
      if (deck.cards.length > 0) row.withCards++;
      row.warnings += deck.warnings.length;
    } catch (e) {
      row.crashes++;
      crashes.push(`${path.relative(dir, file)}: ${(e as Error)?.stack ?? e}`);
    }
    row.ms += performance.now() - t;
  }
  const total = performance.now() - started;
  const header = ["repo", "files", "w/cards", ...CARD_KINDS, "warnings", "crashes", "ms"];
  const body = [...rows.values()].map((r) => [r.repo, r.files, r.withCards, ...CARD_KINDS.map((k) => r.kinds[k]), r.warnings, r.crashes, Math.round(r.ms)].map(String));
  const sum = (f: (r: Row) => number) => String([...rows.values()].reduce((a, r) => a + f(r), 0));
  body.push(["TOTAL", sum((r) => r.files), sum((r) => r.withCards), ...CARD_KINDS.map((k) => sum((r) => r.kinds[k])), sum((r) => r.warnings), sum((r) => r.crashes), String(Math.round(total))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of body) console.log(line(r));
  console.log(`\n${sum((r) => r.files)} files parsed in ${Math.round(total)} ms.`);
  if (crashes.length > 0) {
    console.log(`\n${crashes.length} crash(es):`);
    for (const c of crashes) console.log("  " + c);
    return 1;
  }
  return 0;
}

process.exitCode = main();
