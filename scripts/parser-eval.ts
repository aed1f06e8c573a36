/**
 * Score the parser against the labelled development set and print the
 * issue's table per repo. Usage:
 *   npm run parser-eval [-- DIR] [--labels FILE] [--files]
 * DIR defaults to ../shared/corpus; labels default to DIR/parser-labels.tsv
 * when present, else test/fixtures/parser-labels.tsv. --files adds one row per file;
 * --misses lists, per file, the questions missed, follow-ups mistyped, unanswered
 * questions carded and junk cards, with the note's line (printed, never stored).
 * --junk prints only the unlabelled cards (file:line, heading path, answer size,
 * prompt), for auditing what the parser cards that no label names.
 * --merge scores the import's "merge sub-headings" switch (ParseOptions.mergeSubheadings).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDeck } from "../lib/parser";
import { addScore, emptyScore, scoreFile, type FileMisses, type FileScore } from "../lib/parser-eval/evaluate";
import { parseLabels, type QuestionLabel } from "../lib/parser-eval/labels";

const USAGE = "usage: npm run parser-eval [-- DIR] [--labels FILE] [--files] [--misses] [--junk] [--merge]";
const OPTIONS = { labels: { type: "string" }, files: { type: "boolean", default: false }, misses: { type: "boolean", default: false }, junk: { type: "boolean", default: false }, merge: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } } as const;
// (a mistyped option is named with the usage, not thrown as a stack trace)
const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (e) {
    console.error(`${(e as Error).message.split(".")[0]}.\n${USAGE}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const ROOT = path.resolve(import.meta.dirname, "..");
const dir = path.resolve(positionals[0] ?? path.join(ROOT, "..", "shared", "corpus"));
const labelsFile = values.labels ?? (existsSync(path.join(dir, "parser-labels.tsv")) ? path.join(dir, "parser-labels.tsv") : path.join(ROOT, "test/fixtures/parser-labels.tsv"));
if (!existsSync(dir)) {
  console.log(`corpus directory not found: ${dir} — nothing to evaluate.`);
  process.exit(0);
}
const labels = parseLabels(readFileSync(labelsFile, "utf8"));
const byFile = new Map<string, QuestionLabel[]>();
for (const l of labels) {
  const key = `${l.repo}\u0000${l.file}`;
  byFile.set(key, [...(byFile.get(key) ?? []), l]);
}

const pct = (n: number, d: number) => (d === 0 ? "   -" : `${((100 * n) / d).toFixed(0).padStart(3)}%`);
const rows = new Map<string, FileScore & { files: number }>();
const fileRows: string[] = [];
let missing = 0;
for (const [key, list] of byFile) {
  const [repo, file] = key.split("\u0000") as [string, string];
  const full = path.join(dir, repo, file);
  if (!existsSync(full)) {
    missing++;
    continue;
  }
  const text = readFileSync(full, "utf8");
  const deck = parseDeck(text, { path: file, mergeSubheadings: values.merge });
  const misses: FileMisses = { missed: [], untyped: [], demoted: [], carded: [], junk: [] };
  const score = scoreFile(list, deck.cards, misses);
  const row = rows.get(repo) ?? { ...emptyScore(), files: 0 };
  addScore(row, score);
  row.files++;
  rows.set(repo, row);
  if (values.files || values.misses) fileRows.push(`${repo}/${file}: ${line(score)}`);
  if (values.misses) fileRows.push(...missLines(misses, text.split("\n")));
  if (values.junk) fileRows.push(...junkLines(`${repo}/${file}`, misses, deck.cards));
}

function missLines(m: FileMisses, lines: string[]): string[] {
  const at = (n: number) => (lines[n - 1] ?? "").trim().slice(0, 100);
  return [
    ...m.missed.map((x) => `  missed ${x.kind}${x.tolerated ? " (tail)" : ""} L${x.line}: ${at(x.line)}`),
    ...m.untyped.map((x) => `  untyped L${x.line} as ${x.kind}, parent L${x.parentLine} got L${x.cardParentLine ?? "-"}: ${at(x.line)}`),
    ...m.demoted.map((x) => `  main made follow-up L${x.line} of L${x.cardParentLine ?? "-"}: ${at(x.line)}`),
    ...m.carded.map((x) => `  carded unanswered L${x.line}: ${x.prompt.slice(0, 100)}`),
    ...m.junk.map((x) => `  junk${x.inJunkSection ? " (junk section)" : ""} L${x.line}: ${x.prompt.slice(0, 100)}`),
  ];
}

function junkLines(where: string, m: FileMisses, cards: { lineStart: number; prompt: string; headingPath: string[]; answer: string; kind: string }[]): string[] {
  return m.junk
    .filter((x) => !x.inJunkSection)
    .map((x) => {
      const c = cards.find((k) => k.lineStart === x.line && k.prompt === x.prompt);
      const path = (c?.headingPath ?? []).slice(0, -1).map((h) => h.slice(0, 30)).join(" > ");
      return `${where}:${x.line}\t${c?.kind ?? "?"}\t${c?.answer.length ?? 0}ch\t[${path}]\t${x.prompt.slice(0, 90)}`;
    });
}

function line(s: FileScore): string {
  const junk = s.junkCards + s.unlabelled;
  return [
    `answered ${String(s.answered).padStart(4)}`,
    `exact ${pct(s.exact, s.answered)}`,
    `tail ${pct(s.tolerated, s.answered)}`,
    `follow-ups ${String(s.followups).padStart(3)} typed ${pct(s.followupsTyped, s.followups)} (mains made follow-ups ${s.mainsAsFollowups})`,
    `unanswered ${String(s.unanswered).padStart(4)} carded ${pct(s.unansweredCarded, s.unanswered)}`,
    `cards ${String(s.cards).padStart(4)} junk ${pct(junk, s.cards)} (${s.junkCards} in junk sections, ${s.unlabelled} unlabelled)`,
    `doubled ${s.doubled}`,
  ].join(" | ");
}

const total = { ...emptyScore(), files: 0 };
console.log(`parser-eval: ${labels.length} labels, ${byFile.size} files (${labelsFile.replace(ROOT + path.sep, "")})${missing ? `, ${missing} files missing` : ""}`);
console.log("goal: exact ≥95% · follow-ups typed ≥90% · unanswered carded ≤5% · junk ≤3% · doubled 0");
for (const [repo, row] of [...rows].sort()) {
  addScore(total, row);
  total.files += row.files;
  console.log(`${repo.padEnd(46)} ${String(row.files).padStart(3)} files | ${line(row)}`);
}
console.log(`${"TOTAL".padEnd(46)} ${String(total.files).padStart(3)} files | ${line(total)}`);
for (const r of fileRows) console.log(r);
