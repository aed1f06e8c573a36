// Prints how the answer analysis agrees with the labelled development set
// (lib/analysis/dev-set): per entry, then per kind of answer.
import path from "node:path";
import { scoreDevSet, summarizeByKind } from "@/lib/analysis/dev-set/score-dev-set";

const rows = scoreDevSet(path.resolve(import.meta.dirname, "..", "content"));
const pct = (x: number) => `${Math.round(x * 100)}%`;
console.log("| deck | card | kind | key points agree | coverage (labelled) | suggested | fillers |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(`| ${r.entry.deck} | ${r.entry.prompt} | ${r.entry.kind} | ${r.agree}/${r.total} | ${pct(r.coverage)} (${pct(r.labelledCoverage)}) | ${r.suggestedRating} | ${r.fillers} |`);
}
console.log("\n| kind | entries | agreement | falsely covered | falsely missed |");
console.log("| --- | --- | --- | --- | --- |");
for (const s of summarizeByKind(rows)) console.log(`| ${s.kind} | ${s.entries} | ${s.agree}/${s.total} (${pct(s.agree / s.total)}) | ${s.falseCovered} | ${s.falseMissed} |`);
