/**
 * Parts of a carded topic: every card nested under another card (a heading
 * card under a carded heading, or a question line inside a carded section),
 * with its structural features and its label, and what each candidate rule
 * would do to exact / follow-ups / junk per repo (with a split-half check).
 * Usage: npm run parts-analysis [-- DIR] [--list] [--json] [--labels FILE]
 * (--list: one row per nested card; --json: the parser's per-repo counts, to
 * compare two parser versions half against half.) Cards are those of the
 * parser as it is: a rule already built in shows no further change here.
 * Prints note lines for the reader; nothing is stored.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDeck } from "../lib/parser";
import type { ParsedCard } from "../lib/parser/types";
import { addScore, emptyScore, scoreFile, type FileScore } from "../lib/parser-eval/evaluate";
import { parseLabels, type QuestionLabel } from "../lib/parser-eval/labels";
import { describeParts, type PartFeatures } from "../lib/parser-eval/part-features";
import { RULES } from "../lib/parser-eval/part-rules";
import { searchFoldRules } from "../lib/parser-eval/part-search";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { labels: { type: "string" }, list: { type: "boolean", default: false }, json: { type: "boolean", default: false } } });
const ROOT = path.resolve(import.meta.dirname, "..");
const dir = path.resolve(positionals[0] ?? path.join(ROOT, "..", "shared", "corpus"));
const labelsFile = values.labels ?? path.join(ROOT, "test/fixtures/parser-labels.tsv");
if (!existsSync(dir)) {
  console.log(`corpus directory not found: ${dir}`);
  process.exit(0);
}
const labels = parseLabels(readFileSync(labelsFile, "utf8"));
const byFile = new Map<string, QuestionLabel[]>();
for (const l of labels) byFile.set(`${l.repo}\u0000${l.file}`, [...(byFile.get(`${l.repo}\u0000${l.file}`) ?? []), l]);

interface FileCase {
  repo: string;
  file: string;
  labels: QuestionLabel[];
  cards: ParsedCard[];
  parts: PartFeatures[];
  lines: string[];
}
const cases: FileCase[] = [];
for (const [key, list] of byFile) {
  const [repo, file] = key.split("\u0000") as [string, string];
  const full = path.join(dir, repo, file);
  if (!existsSync(full)) continue;
  const text = readFileSync(full, "utf8");
  const cards = parseDeck(text, { path: file }).cards;
  const matched = new Map<number, QuestionLabel>();
  scoreFile(list, cards, undefined, matched);
  cases.push({ repo, file, labels: list, cards, parts: describeParts(text, cards, matched), lines: text.split("\n") });
}

if (values.list) {
  console.log("label\tshape\trel\tAdepth\tAtitle\tAprose\tAgen\tsibs\tkids\town\tshared\tfacet\ttops\tfile:line\ttext\tannounced");
  for (const c of cases) {
    for (const p of c.parts) {
      const f = [p.label, p.shape, p.relDepth, p.ancestorDepth, p.ancestorIsTitle ? "T" : "-", p.ancestorProse, p.ancestorGenerated ? "g" : "q", p.siblings, p.children, p.ownLength, p.sharesSubject ? "S" : "-", p.facetWord ? "F" : "-", p.topLevel];
      console.log(`${f.join("\t")}\t${c.repo.slice(0, 14)}/${c.file}:${p.line}\t${(c.lines[p.line - 1] ?? "").trim().slice(0, 70)}\t${p.announced ? "A" : "-"}`);
    }
  }
}

/** Score of a set of files after applying a rule's decisions to their cards. */
function scoreWith(files: FileCase[], rule: ((p: PartFeatures) => "fold" | "followup" | null) | null): Map<string, FileScore> {
  const out = new Map<string, FileScore>();
  for (const c of files) {
    let cards = c.cards;
    if (rule) {
      const drop = new Set<number>();
      cards = cards.map((card) => ({ ...card }));
      for (const p of c.parts) {
        const act = rule(p);
        if (act === "fold") drop.add(p.index);
        if (act === "followup" && p.ancestorCardId) Object.assign(cards[p.index]!, { kind: "followup", parentId: p.ancestorCardId });
      }
      cards = cards.filter((_, i) => !drop.has(i));
    }
    const row = out.get(c.repo) ?? emptyScore();
    addScore(row, scoreFile(c.labels, cards));
    out.set(c.repo, row);
  }
  return out;
}

const junkOf = (s: FileScore) => s.junkCards + s.unlabelled;
const pct = (n: number, d: number) => (d === 0 ? "  -" : `${Math.round((100 * n) / d)}%`.padStart(4));
const sum = (m: Map<string, FileScore>, repos?: Set<string>) => {
  const t = emptyScore();
  for (const [r, s] of m) if (!repos || repos.has(r)) addScore(t, s);
  return t;
};
/** Net gain of a rule over a set of repos: junk removed + follow-ups typed, an exact hit lost costs three. */
function gain(base: FileScore, after: FileScore): number {
  return junkOf(base) - junkOf(after) + (after.followupsTyped - base.followupsTyped) - 3 * (base.exact - after.exact);
}
const fmt = (s: FileScore) => `exact ${pct(s.exact, s.answered)} (${s.exact}) · fu ${pct(s.followupsTyped, s.followups)} (${s.followupsTyped}/${s.followups}) · junk ${pct(junkOf(s), s.cards)} (${junkOf(s)}/${s.cards})`;

const base = scoreWith(cases, null);
if (values.json) {
  // per-repo counts of the parser as it is, to compare parser variants half against half
  console.log(JSON.stringify(Object.fromEntries([...base].map(([r, s]) => [r, { exact: s.exact, typed: s.followupsTyped, junk: junkOf(s), cards: s.cards, answered: s.answered, followups: s.followups }]))));
  process.exit(0);
}
const counts = new Map<string, number>();
for (const c of cases) for (const p of c.parts) counts.set(`${p.shape} ${p.label}`, (counts.get(`${p.shape} ${p.label}`) ?? 0) + 1);
console.log("nested cards by shape and label:", Object.fromEntries([...counts].sort()));
console.log(`${"baseline".padEnd(28)} ${fmt(sum(base))}`);
for (const [name, rule] of Object.entries(RULES)) {
  const after = scoreWith(cases, rule);
  const t = sum(after);
  console.log(`${name.padEnd(28)} ${fmt(t)} · gain ${gain(sum(base), t)}`);
  // per repo: Δexact / Δfollow-ups typed / Δjunk where anything moved
  const moved = [...after].flatMap(([r, s]) => {
    const b = base.get(r)!;
    const d = [s.exact - b.exact, s.followupsTyped - b.followupsTyped, junkOf(s) - junkOf(b)];
    return d.some((x) => x !== 0) ? [`${r.split("__")[0]} ${d.map((x) => (x > 0 ? `+${x}` : `${x}`)).join("/")}`] : [];
  });
  console.log(`${"".padEnd(28)} per repo Δexact/Δfu/Δjunk: ${moved.join(", ") || "none"}`);
}

// split-half: repos alternate in name order; pick on one half, report on the other
const repos = [...new Set(cases.map((c) => c.repo))].sort();
const halves: [Set<string>, Set<string>] = [new Set(repos.filter((_, i) => i % 2 === 0)), new Set(repos.filter((_, i) => i % 2 === 1))];
for (const [pick, test] of [[0, 1], [1, 0]] as const) {
  let best = "";
  let bestGain = -Infinity;
  const results = new Map<string, Map<string, FileScore>>();
  for (const [name, rule] of Object.entries(RULES)) {
    const after = scoreWith(cases, rule);
    results.set(name, after);
    const g = gain(sum(base, halves[pick]), sum(after, halves[pick]));
    if (g > bestGain) [best, bestGain] = [name, g];
  }
  const after = results.get(best)!;
  console.log(`\nsplit ${pick === 0 ? "A→B" : "B→A"}: picked "${best}" on [${[...halves[pick]].map((r) => r.split("__")[0]).join(", ")}] (gain ${bestGain})`);
  console.log(`  held-out before: ${fmt(sum(base, halves[test]))}`);
  console.log(`  held-out after:  ${fmt(sum(after, halves[test]))} · gain ${gain(sum(base, halves[test]), sum(after, halves[test]))}`);
}

// structure alone: the best conjunctions of features on one half, scored on the other
const allParts = cases.flatMap((c) => c.parts.map((part) => ({ repo: c.repo, part })));
for (const [pick, test] of [[0, 1], [1, 0]] as const) {
  console.log(`\nstructural fold rules picked on half ${pick === 0 ? "A" : "B"} (main kept costs 3, junk removed gains 1):`);
  for (const r of searchFoldRules(allParts, halves[pick], halves[test])) {
    console.log(`  ${r.rule.padEnd(52)} pick: main ${r.pick.main} junk ${r.pick.junk} gain ${r.pick.gain} | held out: main ${r.heldOut.main} junk ${r.heldOut.junk} gain ${r.heldOut.gain}`);
  }
}

console.log("\nper repo, one rule (PARTS_RULE, default \"fold unnamed\") vs the parser as it is:");
const chosen = process.env.PARTS_RULE && RULES[process.env.PARTS_RULE] ? process.env.PARTS_RULE : "fold unnamed";
const after = scoreWith(cases, RULES[chosen]!);
for (const r of repos) console.log(`${r.padEnd(46)} ${fmt(base.get(r)!)}  →  ${fmt(after.get(r)!)}`);
console.log(`(rule: ${chosen})`);
