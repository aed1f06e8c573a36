import fs from "node:fs";
import path from "node:path";
import { parseDeck } from "@/lib/parser";
import { analyzeAttempt } from "../analyze-attempt";
import { DEV_SET, type DevEntry, type DevKind } from "./entries";

export interface DevRow {
  entry: DevEntry;
  /** Key points the analysis and the label agree on. */
  agree: number;
  total: number;
  /** Covered by the analysis but not by the label / the other way round. */
  falseCovered: number;
  falseMissed: number;
  coverage: number;
  labelledCoverage: number;
  suggestedRating: number;
  fillers: number;
}

/** Scores every development entry against the built-in decks in `contentDir`. */
export function scoreDevSet(contentDir: string): DevRow[] {
  const decks = new Map<string, ReturnType<typeof parseDeck>>();
  return DEV_SET.map((entry) => {
    if (!decks.has(entry.deck)) decks.set(entry.deck, parseDeck(fs.readFileSync(path.join(contentDir, entry.deck), "utf8"), { path: entry.deck }));
    const card = decks.get(entry.deck)!.cards.find((c) => c.prompt.startsWith(entry.prompt));
    if (!card) throw new Error(`${entry.deck}: no card "${entry.prompt}"`);
    const a = analyzeAttempt({ card, transcript: entry.transcript, durationMs: entry.durationMs, targetSeconds: 60 });
    if (a.keyPoints.length !== entry.labels.length) throw new Error(`${entry.deck} "${entry.prompt}": ${a.keyPoints.length} key points, ${entry.labels.length} labels`);
    const pairs = a.keyPoints.map((k, i) => [k.covered, entry.labels[i]!] as const);
    return {
      entry,
      agree: pairs.filter(([p, l]) => p === l).length,
      total: pairs.length,
      falseCovered: pairs.filter(([p, l]) => p && !l).length,
      falseMissed: pairs.filter(([p, l]) => !p && l).length,
      coverage: a.coverage,
      labelledCoverage: Math.round((entry.labels.filter(Boolean).length / entry.labels.length) * 1000) / 1000,
      suggestedRating: a.suggestedRating,
      fillers: a.fillers.count,
    };
  });
}

/** Key-point agreement per kind of answer. */
export function summarizeByKind(rows: DevRow[]): { kind: DevKind | "all"; entries: number; agree: number; total: number; falseCovered: number; falseMissed: number }[] {
  const kinds = [...new Set(rows.map((r) => r.entry.kind)), "all"] as (DevKind | "all")[];
  return kinds.map((kind) => {
    const rs = rows.filter((r) => kind === "all" || r.entry.kind === kind);
    const sum = (f: (r: DevRow) => number) => rs.reduce((n, r) => n + f(r), 0);
    return { kind, entries: rs.length, agree: sum((r) => r.agree), total: sum((r) => r.total), falseCovered: sum((r) => r.falseCovered), falseMissed: sum((r) => r.falseMissed) };
  });
}
