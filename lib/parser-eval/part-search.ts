/**
 * Search of structural rules for folding generated sub-heading cards: every
 * conjunction of up to three feature conditions, chosen on one half of the
 * repos and scored on the other (a kept main question costs three, a junk
 * card removed gains one).
 */
import type { PartFeatures } from "./part-features";

type Cond = [string, (p: PartFeatures) => boolean];

const CONDITIONS: Cond[] = [
  ...[1, 2, 3].map((t): Cond => [`rel>=${t}`, (p) => p.relDepth >= t]),
  ...[2, 3, 4].map((t): Cond => [`ancestorDepth>=${t}`, (p) => p.ancestorDepth >= t]),
  ["ancestorIsTitle", (p) => p.ancestorIsTitle],
  ["!ancestorIsTitle", (p) => !p.ancestorIsTitle],
  ...[20, 100, 300].map((t): Cond => [`ancestorProse>=${t}`, (p) => p.ancestorProse >= t]),
  ...[100, 300].map((t): Cond => [`ancestorProse<${t}`, (p) => p.ancestorProse < t]),
  ["ancestorGenerated", (p) => p.ancestorGenerated],
  ...[1, 2, 3, 4].map((t): Cond => [`siblings<=${t}`, (p) => p.siblings <= t]),
  ...[3, 5].map((t): Cond => [`siblings>=${t}`, (p) => p.siblings >= t]),
  ["leaf", (p) => p.children === 0],
  ["hasChildren", (p) => p.children > 0],
  ...[100, 300].map((t): Cond => [`own<${t}`, (p) => p.ownLength < t]),
  ...[300, 800].map((t): Cond => [`own>=${t}`, (p) => p.ownLength >= t]),
  ["sharesSubject", (p) => p.sharesSubject],
  ["!sharesSubject", (p) => !p.sharesSubject],
  ["facetWord", (p) => p.facetWord],
  ["announced", (p) => p.announced],
  ["oneTopicFile", (p) => p.topLevel === 1],
  ["manyTopicsFile", (p) => p.topLevel >= 3],
];

export interface SearchResult {
  rule: string;
  pick: { main: number; junk: number; gain: number };
  heldOut: { main: number; junk: number; gain: number };
}

/** Best conjunctions picked on `pick` repos, each with its score on the `test` repos. */
export function searchFoldRules(parts: { repo: string; part: PartFeatures }[], pick: Set<string>, test: Set<string>, top = 5): SearchResult[] {
  const gen = parts.filter((x) => x.part.shape === "gen-heading" && (x.part.label === "main" || x.part.label === "junk"));
  const score = (conds: Cond[], repos: Set<string>) => {
    let main = 0;
    let junk = 0;
    for (const x of gen) {
      if (!repos.has(x.repo) || !conds.every(([, f]) => f(x.part))) continue;
      if (x.part.label === "main") main++;
      else junk++;
    }
    return { main, junk, gain: junk - 3 * main };
  };
  const out: SearchResult[] = [];
  const seen = new Set<string>();
  const n = CONDITIONS.length;
  for (let a = 0; a < n; a++)
    for (let b = a; b < n; b++)
      for (let c = b; c < n; c++) {
        const conds = [...new Set([CONDITIONS[a]!, CONDITIONS[b]!, CONDITIONS[c]!])];
        const rule = conds.map(([name]) => name).join(" & ");
        if (seen.has(rule)) continue;
        seen.add(rule);
        const p = score(conds, pick);
        if (p.gain > 0) out.push({ rule, pick: p, heldOut: score(conds, test) });
      }
  return out.sort((x, y) => y.pick.gain - x.pick.gain || x.rule.length - y.rule.length).slice(0, top);
}
