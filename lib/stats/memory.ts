import { forgetting_curve } from "ts-fsrs";
import { daysBetween, studyDayOf } from "@/lib/scheduler/study-day";
import type { StatsCard } from "./types";

/** Upper bounds (exclusive, days) of the stability histogram's bins; the last bin is open. */
export const STABILITY_BINS = [1, 3, 7, 14, 30, 90, 180, 365] as const;
/** Upper bounds of the difficulty (from 1) and retrievability (from 0) histograms' bins. */
export const DIFFICULTY_BINS = [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1] as const;
export const RETRIEVABILITY_BINS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export interface Bin {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound; null = open-ended. */
  to: number | null;
  count: number;
}

export interface MemoryStats {
  cards: number;
  stability: Bin[];
  /** Difficulty 1–10 in ten bins of width 0.9. */
  difficulty: Bin[];
  /** Retrievability now in ten bins of 10 %. */
  retrievability: Bin[];
  /** Estimated cards remembered now: the sum of R. */
  sumRetrievability: number;
  /** Mean R, null without studied cards. */
  averageRetrievability: number | null;
}

/**
 * Retrievability of one card now: FSRS's forgetting curve at the study days
 * elapsed since its last review (`decay` is the weight w[20]).
 */
export function retrievabilityNow(stability: number, lastReview: Date, now: Date, timezone: string, dayStartHour: number, decay: number): number {
  const elapsed = Math.max(0, daysBetween(studyDayOf(lastReview, timezone, dayStartHour), studyDayOf(now, timezone, dayStartHour)));
  return forgetting_curve(decay, elapsed, stability);
}

function bins(bounds: readonly number[], lowest: number): Bin[] {
  const out: Bin[] = [];
  let from = lowest;
  for (const to of bounds) {
    out.push({ from, to, count: 0 });
    from = to;
  }
  out.push({ from, to: null, count: 0 });
  return out;
}

function place(list: Bin[], value: number): void {
  const bin = list.find((b) => b.to === null || value < b.to) ?? list[list.length - 1]!;
  bin.count++;
}

/**
 * Distributions of stability, difficulty and current retrievability over the
 * studied cards (graded at least once, not archived), and the sum of R.
 */
export function memoryStats(cards: readonly StatsCard[], now: Date, timezone: string, dayStartHour: number, decay: number): MemoryStats {
  const stability = bins(STABILITY_BINS, 0);
  const difficulty = bins(DIFFICULTY_BINS, 1);
  const retrievability = bins(RETRIEVABILITY_BINS, 0);
  let sum = 0;
  let n = 0;
  for (const card of cards) {
    const s = card.state;
    if (card.archived || !s || s.state === 0 || !s.lastReview) continue;
    n++;
    place(stability, s.stability);
    place(difficulty, s.difficulty);
    const r = retrievabilityNow(s.stability, s.lastReview, now, timezone, dayStartHour, decay);
    place(retrievability, r);
    sum += r;
  }
  return summarise(n, sum, stability, difficulty, retrievability);
}

/** Points of a card's forgetting curve: R after 0…`days` days, `steps` + 1 points. */
export function forgettingCurve(stability: number, decay: number, days: number, steps = 30): Array<{ day: number; r: number }> {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const day = (days * i) / steps;
    return { day, r: forgetting_curve(decay, day, stability) };
  });
}

/** Cards counted per (stability bin, difficulty bin, retrievability bin), with their summed R: memoryStats' inputs pre-grouped (by SQL). */
export interface MemoryGroup {
  stabilityBin: number;
  difficultyBin: number;
  retrievabilityBin: number;
  cards: number;
  sumR: number;
}

/** {@link memoryStats} from pre-grouped cards (bin i = the i-th bin of each histogram). */
export function memoryStatsFromGroups(groups: readonly MemoryGroup[]): MemoryStats {
  const stability = bins(STABILITY_BINS, 0);
  const difficulty = bins(DIFFICULTY_BINS, 1);
  const retrievability = bins(RETRIEVABILITY_BINS, 0);
  let sum = 0;
  let n = 0;
  for (const g of groups) {
    n += g.cards;
    sum += g.sumR;
    stability[g.stabilityBin]!.count += g.cards;
    difficulty[g.difficultyBin]!.count += g.cards;
    retrievability[g.retrievabilityBin]!.count += g.cards;
  }
  return summarise(n, sum, stability, difficulty, retrievability);
}

/** The histograms with the card count and summed R: what both ways of computing memory stats return. */
function summarise(n: number, sum: number, stability: MemoryStats["stability"], difficulty: MemoryStats["difficulty"], retrievability: MemoryStats["retrievability"]): MemoryStats {
  return {
    cards: n,
    stability,
    difficulty,
    retrievability,
    sumRetrievability: Math.round(sum * 10) / 10,
    averageRetrievability: n ? sum / n : null,
  };
}
